#include "BuildInfo.h"
#include "DeskApplication.h"
#include "ProcessHardening.h"

#include <cstdio>
#include <cstring>

namespace {
const char kHelp[] =
    "Usage: lattice-desk [OPTIONS]\n"
    "\n"
    "Lattice Release Desk: every LatticeNet release lane in one window.\n"
    "\n"
    "Options:\n"
    "  --profile NAME   Open with this profile selected.\n"
    "  --lane ID        Open on this page (overview, server-image, node-agent, sdk,\n"
    "                   docs, plugin-index, policies, verify).\n"
    "  --offline        Do not contact any endpoint; show the stored snapshot only.\n"
    "  --benchmark-startup\n"
    "                   Print the milliseconds from start to the first painted\n"
    "                   window (\"startup_ms N\") and quit.\n"
    "  --help, -h       Show this help.\n"
    "  --version        Show the version.\n"
    "\n"
    "Qt's own options (-platform, -style, ...) are accepted too.\n";
}

int main(int argc, char* argv[])
{
    // Before any token is read from the keychain.
    Lattice::keepSecretsOutOfCoreDumps();
    // Answered before QApplication exists, so that --version and --help work
    // on a machine without a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            const QByteArray line =
                Lattice::BuildInfo::versionLine(QStringLiteral("lattice-desk")).toUtf8();
            std::printf("%s\n", line.constData());
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::fputs(kHelp, stdout);
            return 0;
        }
    }
    return Lattice::runDeskApplication(argc, argv);
}
