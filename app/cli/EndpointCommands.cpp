#include "CliDispatcher.h"
#include "EndpointProbe.h"
#include "ProfileStore.h"

#include <QEventLoop>
#include <QJsonArray>

namespace Lattice::Cli {

namespace {
int endpointsCheck(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check that every endpoint of the current profile answers. Exit 3 when "
                       "any endpoint cannot be reached."));
    parser.addOption(CliContext::jsonOption());
    parser.addOption({QStringLiteral("registry-url"), QStringLiteral("Registry base URL."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("github-api"), QStringLiteral("GitHub API base URL."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds to wait per endpoint (default 10)."),
                      QStringLiteral("S"), QStringLiteral("10")});
    parser.addOption(CliContext::insecureLoopbackOption());
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(QStringLiteral("endpoints check takes no arguments"));
    bool timeoutOk = false;
    const int timeout = parser.value(QStringLiteral("timeout")).toInt(&timeoutOk);
    if (!timeoutOk || timeout < 1 || timeout > 600)
        return ctx.usageError(QStringLiteral("--timeout must be between 1 and 600 seconds"));

    Profile profile = ctx.profile();
    const auto registry = ctx.baseUrlOption(parser, QStringLiteral("registry-url"), profile.registryUrl, &code);
    if (!registry)
        return code;
    const auto github = ctx.baseUrlOption(parser, QStringLiteral("github-api"), profile.githubApiUrl, &code);
    if (!github)
        return code;
    profile.registryUrl = *registry;
    profile.githubApiUrl = *github;
    QList<EndpointProbe::Target> targets = EndpointProbe::targetsFor(profile);
    // Overridden URLs were vetted above with the command's own flag.
    const bool insecure = parser.isSet(QStringLiteral("insecure-loopback"));
    for (EndpointProbe::Target& t : targets) {
        if (t.id == QLatin1String("registry") || t.id == QLatin1String("github"))
            t.allowInsecureLoopback = t.allowInsecureLoopback || insecure;
    }

    EndpointProbe probe;
    probe.setTimeoutMs(timeout * 1000);
    QList<EndpointProbe::Result> results;
    QEventLoop loop;
    QObject::connect(&probe, &EndpointProbe::resultReady,
                     [&results](const EndpointProbe::Result& r) { results.append(r); });
    QObject::connect(&probe, &EndpointProbe::finished, &loop, &QEventLoop::quit);
    probe.start(targets);
    if (probe.isRunning())
        loop.exec();

    bool allReachable = true;
    QJsonArray list;
    for (const EndpointProbe::Result& r : results) {
        allReachable = allReachable && r.reachable;
        list.append(QJsonObject{
            {QStringLiteral("id"), r.target.id},
            {QStringLiteral("url"), r.target.url.toString()},
            {QStringLiteral("reachable"), r.reachable},
            {QStringLiteral("http_status"), r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue()},
            {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error)},
        });
    }
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.printJson({{QStringLiteral("profile"), profile.name}, {QStringLiteral("endpoints"), list}});
    } else {
        for (const EndpointProbe::Result& r : results) {
            if (r.reachable)
                ctx.out() << r.target.id << ": reachable (HTTP " << r.httpStatus << ")\n";
            else
                ctx.out() << r.target.id << ": UNREACHABLE " << r.target.url.toString() << ": " << r.error << '\n';
        }
        ctx.out().flush();
    }
    return allReachable ? Success : NetworkError;
}
} // namespace

void registerEndpointCommands(CliDispatcher& dispatcher)
{
    dispatcher.add({{QStringLiteral("endpoints"), QStringLiteral("check")},
                    QStringLiteral("Check that the profile's endpoints can be reached."),
                    endpointsCheck});
}

} // namespace Lattice::Cli
