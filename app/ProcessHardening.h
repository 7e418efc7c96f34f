#pragma once

namespace Lattice {

// The environment variable that keeps the process dumpable, for developers
// who need a core file or want to attach gdb or strace: set it to 1.
inline constexpr char KeepDumpableVariable[] = "LATTICE_KEEP_DUMPABLE";

// Marks the process not dumpable, so the tokens it holds in memory (from the
// keychain, or LATTICE_TOKEN and GITHUB_TOKEN in its environment) never reach
// a core file or a crash reporter, and other processes of the same user
// cannot read its memory or environment. Called first in both main()s.
// Returns whether the process is not dumpable afterwards.
bool keepSecretsOutOfCoreDumps();

} // namespace Lattice
