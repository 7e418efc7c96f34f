#include "CliDispatcher.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
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
