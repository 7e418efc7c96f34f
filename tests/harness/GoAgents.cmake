# Real Go binaries shaped like lattice-node-agent release assets, for the
# binary-identity tests: built by Debian's Go toolchain from
# tests/data/agent-identity with the release workflow's flags (-trimpath,
# -s -w, the version and compatibility floors injected with -X), static, for
# the host and for platforms that cannot run here. Everything Go writes stays
# under the build tree, and GOPROXY=off keeps the build off the network.
find_program(LATTICE_GO go)
set(LATTICE_GO_AGENTS_DIR ${CMAKE_BINARY_DIR}/go-agents)
set(_go_src ${PROJECT_SOURCE_DIR}/tests/data/agent-identity)
set(_go_work ${CMAKE_BINARY_DIR}/go-work)
set(_go_agents)

# lattice_go_agent(SUBDIR GOOS GOARCH LDFLAGS)
function(_lattice_go_agent subdir goos goarch ldflags)
    set(out ${LATTICE_GO_AGENTS_DIR}/${subdir}/lattice-agent-${goos}-${goarch})
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E env
                GOOS=${goos} GOARCH=${goarch} CGO_ENABLED=0 GOFLAGS=-mod=mod GOPROXY=off
                GOTOOLCHAIN=local GOWORK=off GO111MODULE=on
                GOCACHE=${_go_work}/cache GOPATH=${_go_work}/gopath
                ${LATTICE_GO} build -trimpath -buildvcs=false -ldflags ${ldflags} -o ${out} .
        WORKING_DIRECTORY ${_go_src}
        DEPENDS ${_go_src}/main.go ${_go_src}/go.mod
        COMMENT "Building the test agent ${subdir}/lattice-agent-${goos}-${goarch} with Go"
        VERBATIM)
    set(_go_agents ${_go_agents} ${out} PARENT_SCOPE)
endfunction()

if(LATTICE_GO)
    # v0.2.9's values from the release-lanes spec.
    set(_v029 "-s -w -X main.version=0.2.9 -X main.serverMin=v0.2.1 -X main.dashboardMin=v0.2.1 -X main.channel=stable")
    _lattice_go_agent(v0.2.9 linux amd64 "${_v029}")
    _lattice_go_agent(v0.2.9 linux arm64 "${_v029}")
    _lattice_go_agent(v0.2.9 darwin arm64 "${_v029}")
    # Before v0.2.9 agents had no -compat-json.
    _lattice_go_agent(v0.2.8 linux amd64 "-s -w -X main.version=0.2.8")
    add_custom_target(lattice_go_agents DEPENDS ${_go_agents})
else()
    # The identity tests then fail and say why, rather than pass on nothing.
    message(WARNING "go not found: the agent identity tests need golang-go "
                    "(installer/install-deps.sh installs it)")
    add_custom_target(lattice_go_agents)
endif()
