#pragma once

namespace Lattice::Cli {

// The exit codes every lattice-desk-cli subcommand uses; scripts and release
// gates depend on them.
enum ExitCode : int {
    Success = 0,      // success, or the check found nothing wrong
    CheckFailed = 1,  // the check found a problem
    UsageError = 2,   // bad arguments or unreadable input
    NetworkError = 3, // a network failure or an error response from a server
};

} // namespace Lattice::Cli
