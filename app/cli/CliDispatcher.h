#pragma once

#include "CliContext.h"

#include <QList>

namespace Lattice::Cli {

// Routes "lattice-desk-cli NOUN VERB …" to the subcommand registered for that
// path and answers the global --version and --help.
class CliDispatcher
{
public:
    void add(CliCommand command);
    const QList<CliCommand>& commands() const { return m_commands; }

    int run(CliContext& context, const QStringList& arguments); // arguments[0] = program

private:
    QString helpText() const;
    QList<CliCommand> m_commands;
};

// Every subcommand the CLI ships; one register function per feature area.
void registerAllCommands(CliDispatcher& dispatcher);
void registerProfileCommands(CliDispatcher& dispatcher);
void registerEndpointCommands(CliDispatcher& dispatcher);
void registerImageCommands(CliDispatcher& dispatcher);
void registerVerifyCommands(CliDispatcher& dispatcher);
void registerPluginCommands(CliDispatcher& dispatcher);
void registerAgentCommands(CliDispatcher& dispatcher);
void registerServerCommands(CliDispatcher& dispatcher);
void registerSdkCommands(CliDispatcher& dispatcher);

} // namespace Lattice::Cli
