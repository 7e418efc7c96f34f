#include "CliDispatcher.h"

#include "BuildInfo.h"

#include <algorithm>

namespace Lattice::Cli {

void registerAllCommands(CliDispatcher& dispatcher)
{
    registerProfileCommands(dispatcher);
    registerEndpointCommands(dispatcher);
    registerImageCommands(dispatcher);
    registerVerifyCommands(dispatcher);
    registerPluginCommands(dispatcher);
    registerAgentCommands(dispatcher);
    registerServerCommands(dispatcher);
    registerSdkCommands(dispatcher);
}

void CliDispatcher::add(CliCommand command)
{
    m_commands.append(std::move(command));
}

QString CliDispatcher::helpText() const
{
    QString text =
        QStringLiteral("Usage: lattice-desk-cli COMMAND [OPTIONS]\n"
                       "\n"
                       "Checks LatticeNet release lanes from scripts and release gates.\n"
                       "\n"
                       "Commands:\n");
    QList<CliCommand> sorted = m_commands;
    std::sort(sorted.begin(), sorted.end(),
              [](const CliCommand& a, const CliCommand& b) { return a.path < b.path; });
    int width = 0;
    for (const CliCommand& c : sorted)
        width = std::max(width, int(c.path.join(QLatin1Char(' ')).size()));
    for (const CliCommand& c : sorted)
        text +=
            QStringLiteral("  %1  %2\n").arg(c.path.join(QLatin1Char(' ')), -width).arg(c.summary);
    text += QStringLiteral(
        "\n"
        "Global options:\n"
        "  --help, -h   Show this help; COMMAND --help shows a command's options.\n"
        "  --version    Show the version.\n"
        "\n"
        "Exit codes: 0 success or nothing wrong, 1 the check found a problem,\n"
        "2 usage error or unreadable input, 3 network failure or server error.\n"
        "Tokens are read from GITHUB_TOKEN / LATTICE_TOKEN or the keychain, never from\n"
        "the command line.\n");
    return text;
}

int CliDispatcher::run(CliContext& context, const QStringList& arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        context.err() << helpText();
        context.err().flush();
        return UsageError;
    }
    const QString first = args.front();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        context.out() << BuildInfo::versionLine(QStringLiteral("lattice-desk-cli")) << '\n';
        context.out().flush();
        return Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        context.out() << helpText();
        context.out().flush();
        return Success;
    }
    // The longest registered path that prefixes the arguments wins, so
    // "image tags" is found before a hypothetical "image".
    const CliCommand* best = nullptr;
    for (const CliCommand& c : m_commands) {
        if (c.path.size() <= args.size() && args.mid(0, c.path.size()) == c.path &&
            (!best || c.path.size() > best->path.size()))
            best = &c;
    }
    if (!best) {
        // "image" alone: list that noun's verbs instead of a bare error.
        QStringList verbs;
        for (const CliCommand& c : m_commands) {
            if (c.path.size() > 1 && c.path.front() == first)
                verbs << c.path.join(QLatin1Char(' '));
        }
        if (!verbs.isEmpty())
            return context.usageError(QStringLiteral("'%1' needs a subcommand: %2")
                                          .arg(first, verbs.join(QStringLiteral(", "))));
        return context.usageError(QStringLiteral("unknown command '%1'").arg(first));
    }
    QStringList commandArgs = args.mid(best->path.size());
    commandArgs.prepend(QStringLiteral("lattice-desk-cli ") + best->path.join(QLatin1Char(' ')));
    return best->run(context, commandArgs);
}

} // namespace Lattice::Cli
