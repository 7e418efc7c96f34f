#include "CliDispatcher.h"
#include "ProcessHardening.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    // Before any token is read from the environment or the keychain.
    Lattice::keepSecretsOutOfCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("latticenet"));
    QCoreApplication::setApplicationName(QStringLiteral("lattice-desk"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Lattice::Cli::CliContext context(out, err);
    Lattice::Cli::CliDispatcher dispatcher;
    Lattice::Cli::registerAllCommands(dispatcher);
    return dispatcher.run(context, QCoreApplication::arguments());
}
