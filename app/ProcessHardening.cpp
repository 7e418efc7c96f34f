#include "ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace Lattice {

bool keepSecretsOutOfCoreDumps()
{
#ifdef Q_OS_LINUX
    // Why PR_SET_DUMPABLE 0 (as ssh-agent, gpg-agent and KeePassXC do): a
    // crash would otherwise hand the whole heap, tokens included, to a core
    // file or to systemd-coredump/apport, which keep it on disk and may send
    // it on in a bug report. The same flag makes /proc/PID/{mem,environ}
    // root-only and refuses ptrace attach from other processes of the user.
    // The price is debuggability: no core files, and gdb -p / strace -p need
    // root, hence LATTICE_KEEP_DUMPABLE=1. The flag is reset by execve, so
    // programs the app starts (bwrap) are unaffected; sanitizer leak checks
    // lift it for themselves while they run.
    if (qEnvironmentVariableIntValue(KeepDumpableVariable) == 1)
        return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return false;
#endif
}

} // namespace Lattice
