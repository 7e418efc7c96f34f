// A stand-in for lattice-node-agent's command line, reduced to the two flags
// the release desk runs to learn a binary's identity. The values are injected
// at link time with -X, exactly like the release workflow does, so tests see
// real Go binaries whose build info omits them (-trimpath drops -ldflags).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
)

var (
	version = "dev"
	// Empty unless injected: agents before v0.2.9 have no -compat-json flag.
	serverMin    = ""
	dashboardMin = ""
	channel      = ""
)

type compatibility struct {
	ServerMin    string `json:"server_min"`
	DashboardMin string `json:"dashboard_min"`
	Channel      string `json:"channel"`
}

func main() {
	showVersion := flag.Bool("version", false, "print the version and exit")
	var showCompat *bool
	if serverMin != "" {
		showCompat = flag.Bool("compat-json", false, "print the compatibility floors as JSON and exit")
	}
	flag.Parse()
	if *showVersion {
		fmt.Println(version)
		return
	}
	if showCompat != nil && *showCompat {
		out, err := json.Marshal(compatibility{serverMin, dashboardMin, channel})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(string(out))
		return
	}
	fmt.Fprintln(os.Stderr, "lattice-agent: this test program only answers -version and -compat-json")
	os.Exit(2)
}
