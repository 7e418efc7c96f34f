#include "CliDispatcher.h"
#include "ProfileStore.h"

#include <QJsonArray>

namespace Lattice::Cli {

namespace {
QJsonObject profileJson(const Profile& p, bool current)
{
    QJsonArray servers;
    for (const ServerEndpoint& s : p.servers)
        servers.append(QJsonObject{{QStringLiteral("url"), s.url.toString()},
                                   {QStringLiteral("label"), s.label}});
    return {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("current"), current},
        {QStringLiteral("registry_url"), p.registryUrl.toString()},
        {QStringLiteral("image_repository"), p.imageRepository},
        {QStringLiteral("github_api_url"), p.githubApiUrl.toString()},
        {QStringLiteral("server_repo"), p.serverRepo},
        {QStringLiteral("agent_repo"), p.agentRepo},
        {QStringLiteral("sdk_repo"), p.sdkRepo},
        {QStringLiteral("docs_repo"), p.docsRepo},
        {QStringLiteral("docs_site_url"), p.docsSiteUrl.toString()},
        {QStringLiteral("plugin_index_url"), p.pluginIndexUrl.toString()},
        {QStringLiteral("moving_channels"), QJsonArray::fromStringList(p.movingChannels)},
        {QStringLiteral("servers"), servers},
    };
}

int profileList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the configured profiles."));
    parser.addOption(CliContext::jsonOption());
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(QStringLiteral("profile list takes no arguments"));
    const QString currentName = ctx.profiles().currentName();
    const QList<Profile> all = ctx.profiles().profiles();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Profile& p : all)
            list.append(profileJson(p, p.name == currentName));
        ctx.printJson({{QStringLiteral("profiles"), list}});
        return Success;
    }
    for (const Profile& p : all)
        ctx.out() << (p.name == currentName ? "* " : "  ") << p.name << '\n';
    return Success;
}
} // namespace

void registerProfileCommands(CliDispatcher& dispatcher)
{
    dispatcher.add({{QStringLiteral("profile"), QStringLiteral("list")},
                    QStringLiteral("List the configured profiles and their endpoints."),
                    profileList});
}

} // namespace Lattice::Cli
