module github.com/LatticeNet/lattice-node-agent

go 1.19
