#include "CliDispatcher.h"
#include "GitHubClient.h"
#include "HttpSession.h"
#include "Profile.h"
#include "SdkOrderLoader.h"
#include "SecretStore.h"
#include "Store.h"

#include <QEventLoop>
#include <QJsonArray>

namespace Lattice::Cli {

namespace {

int sdkOrder(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check the SDK publication order: every server and agent tag must pin a published "
        "lattice-sdk tag that came first (go.mod, go.sum and the server's sdk.ref are read at "
        "each tag). Gates: green when the rule holds, amber for a prerelease pinning a "
        "pseudo-version, red for a stable release pinning one, a missing or later tag, or a "
        "replace. Exit 1 when any gate is red."));
    parser.addOption({QStringLiteral("github-api"),
                      QStringLiteral("GitHub API base URL (default: the profile's)."),
                      QStringLiteral("URL")});
    parser.addOption(CliContext::insecureLoopbackOption());
    parser.addOption(CliContext::jsonOption());
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(QStringLiteral("sdk order takes no arguments"));
    const Profile profile = ctx.profile();
    const auto api =
        ctx.baseUrlOption(parser, QStringLiteral("github-api"), profile.githubApiUrl, &code);
    if (!api)
        return code;

    Net::HttpSession session;
    GitHubClient github(&session, *api, parser.isSet(QStringLiteral("insecure-loopback")));
    const QString token = ctx.token("GITHUB_TOKEN", SecretStore::githubKey(*api));
    if (!token.isEmpty())
        github.setToken(token);
    Store store;
    QString storeError;
    const bool cached = store.open(Store::defaultPath(), &storeError);
    if (cached)
        github.setStore(&store);
    else
        ctx.err() << "lattice-desk-cli: cache unavailable (" << storeError
                  << "); continuing without it\n";

    SdkOrderLoader loader(&github, {profile.sdkRepo, profile.serverRepo, profile.agentRepo});
    if (cached)
        loader.setStore(&store);
    QEventLoop loop;
    QString error;
    QObject::connect(&loader, &SdkOrderLoader::finished, &loop, [&](const QString& e) {
        error = e;
        loop.quit();
    });
    loader.start();
    loop.exec();
    if (!error.isEmpty()) {
        ctx.err() << "lattice-desk-cli: " << error << '\n';
        ctx.err().flush();
        return NetworkError;
    }

    bool red = false;
    QJsonArray releases;
    for (const Sdk::Verdict& v : loader.verdicts()) {
        red |= v.gate == Sdk::Gate::Red;
        releases.append(QJsonObject{{QStringLiteral("repo"), v.repo},
                                    {QStringLiteral("tag"), v.tag},
                                    {QStringLiteral("sdk_requirement"), v.requirement},
                                    {QStringLiteral("kind"), Sdk::kindName(v.kind)},
                                    {QStringLiteral("gate"), Sdk::gateName(v.gate)},
                                    {QStringLiteral("reason"), v.reason}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.printJson({{QStringLiteral("releases"), releases}});
    } else {
        QTextStream& out = ctx.out();
        for (const Sdk::Verdict& v : loader.verdicts())
            out << Sdk::gateName(v.gate).toUpper().leftJustified(6) << v.repo << ' ' << v.tag
                << "  " << (v.requirement.isEmpty() ? QStringLiteral("-") : v.requirement)
                << "\n       " << v.reason << '\n';
        out.flush();
    }
    return red ? CheckFailed : Success;
}

} // namespace

void registerSdkCommands(CliDispatcher& dispatcher)
{
    dispatcher.add({{QStringLiteral("sdk"), QStringLiteral("order")},
                    QStringLiteral("Check that server and agent tags pin published SDK tags"),
                    sdkOrder});
}

} // namespace Lattice::Cli
