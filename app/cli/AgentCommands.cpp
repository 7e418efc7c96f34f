#include "AgentIdentityProbe.h"
#include "AgentReleaseLoader.h"
#include "ArtifactDownloader.h"
#include "CliDispatcher.h"
#include "GitHubClient.h"
#include "HttpSession.h"
#include "Profile.h"
#include "SecretStore.h"
#include "Store.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace Lattice::Cli {

namespace {

// Shared setup of the agent subcommands: the repository, the API base and
// its token, the session, and the store for the HTTP cache and artifacts.
struct AgentContext
{
    QString repository;
    Net::HttpSession session;
    Store store;
    std::unique_ptr<GitHubClient> github;
};

void addGitHubOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("github-api"),
                      QStringLiteral("GitHub API base URL (default: the profile's)."),
                      QStringLiteral("URL")});
    parser.addOption(CliContext::insecureLoopbackOption());
}

std::unique_ptr<AgentContext> openAgent(CliContext& ctx, const QCommandLineParser& parser,
                                        const QString& repository, int* code)
{
    static const QRegularExpression slug(QStringLiteral("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"));
    if (!slug.match(repository).hasMatch()) {
        *code = ctx.usageError(QStringLiteral("\"%1\" is not OWNER/REPO").arg(repository));
        return nullptr;
    }
    const auto api =
        ctx.baseUrlOption(parser, QStringLiteral("github-api"), ctx.profile().githubApiUrl, code);
    if (!api)
        return nullptr;
    auto agent = std::make_unique<AgentContext>();
    agent->repository = repository;
    agent->github = std::make_unique<GitHubClient>(
        &agent->session, *api, parser.isSet(QStringLiteral("insecure-loopback")));
    const QString token = ctx.token("GITHUB_TOKEN", SecretStore::githubKey(*api));
    if (!token.isEmpty())
        agent->github->setToken(token);
    QString storeError;
    if (agent->store.open(Store::defaultPath(), &storeError))
        agent->github->setStore(&agent->store);
    else
        ctx.err() << "lattice-desk-cli: cache unavailable (" << storeError
                  << "); continuing without it\n";
    return agent;
}

QJsonValue digestOrNull(const std::optional<QByteArray>& digest)
{
    return digest ? QJsonValue(QString::fromLatin1(*digest)) : QJsonValue();
}

int agentReleases(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the GitHub releases of OWNER/REPO with every asset's checksums (SHA256SUMS line, "
        ".sha256 file, GitHub digest) and what the Lattice server resolves \"latest\" to. "
        "Exit 1 when a published release has a problem."));
    parser.addPositionalArgument(QStringLiteral("OWNER/REPO"),
                                 QStringLiteral("Agent release repository."));
    parser.addOption(CliContext::jsonOption());
    addGitHubOptions(parser);
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(QStringLiteral("agent releases takes exactly one OWNER/REPO"));
    auto agent = openAgent(ctx, parser, parser.positionalArguments().first(), &code);
    if (!agent)
        return code;

    AgentReleaseLoader loader(agent->github.get(), agent->repository);
    QEventLoop loop;
    QString error;
    QObject::connect(&loader, &AgentReleaseLoader::finished, &loop, [&](const QString& e) {
        error = e;
        loop.quit();
    });
    loader.start();
    loop.exec();
    if (!error.isEmpty()) {
        ctx.err() << "lattice-desk-cli: " << error << '\n';
        return NetworkError;
    }

    bool anyProblem = false;
    QJsonArray releases;
    for (const Agent::ReleaseReport& r : loader.reports()) {
        if (!r.release.draft && !r.problems.isEmpty())
            anyProblem = true;
        QJsonArray assets;
        for (const Agent::AssetCheck& a : r.assets)
            assets.append(
                QJsonObject{{QStringLiteral("name"), a.name},
                            {QStringLiteral("size"), a.size},
                            {QStringLiteral("sha256_sums"), digestOrNull(a.sha256Sums)},
                            {QStringLiteral("sha256_file"), digestOrNull(a.sha256File)},
                            {QStringLiteral("github_digest"), digestOrNull(a.githubDigest)},
                            {QStringLiteral("consistent"), a.consistent()}});
        releases.append(
            QJsonObject{{QStringLiteral("tag"), r.release.tag},
                        {QStringLiteral("channel"), Agent::channelName(r.channel)},
                        {QStringLiteral("draft"), r.release.draft},
                        {QStringLiteral("prerelease"), r.release.prerelease},
                        {QStringLiteral("tag_valid"), r.tagValid},
                        {QStringLiteral("assets"), assets},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}});
    }
    const Agent::LatestResolution& latest = loader.latest();
    if (!latest.explanation.isEmpty())
        ctx.err() << "lattice-desk-cli: latest: " << latest.explanation << '\n';
    if (loader.failedDownloads() > 0)
        ctx.err() << "lattice-desk-cli: " << loader.failedDownloads()
                  << " checksum file(s) could not be downloaded\n";
    ctx.err().flush();

    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonValue serverLatest =
            latest.serverTag
                ? QJsonValue(QJsonObject{{QStringLiteral("tag"), *latest.serverTag},
                                         {QStringLiteral("version"),
                                          Agent::LatestResolution::versionOf(*latest.serverTag)}})
                : QJsonValue();
        ctx.printJson({{QStringLiteral("repo"), agent->repository},
                       {QStringLiteral("server_latest"), serverLatest},
                       {QStringLiteral("releases"), releases}});
    } else {
        QTextStream& out = ctx.out();
        out << "The server will resolve latest to "
            << (latest.serverTag ? *latest.serverTag : QStringLiteral("nothing (it fails)"))
            << '\n';
        if (latest.highestStableTag && latest.highestStableTag != latest.serverTag)
            out << "Highest stable version: " << *latest.highestStableTag << '\n';
        for (const Agent::ReleaseReport& r : loader.reports()) {
            QStringList flags;
            if (r.release.draft)
                flags << QStringLiteral("draft");
            if (r.release.prerelease)
                flags << QStringLiteral("prerelease");
            out << '\n'
                << r.release.tag << "  " << Agent::channelName(r.channel)
                << (flags.isEmpty()
                        ? QString()
                        : QStringLiteral("  (%1)").arg(flags.join(QStringLiteral(", "))))
                << '\n';
            for (const Agent::AssetCheck& a : r.assets)
                out << "    " << (a.consistent() ? "ok       " : "MISMATCH ") << a.name << "  "
                    << (a.sha256Sums
                            ? QString::fromLatin1(*a.sha256Sums)
                            : (a.githubDigest ? QString::fromLatin1(*a.githubDigest) : QString()))
                    << '\n';
            for (const QString& p : r.problems)
                out << "    problem: " << p << '\n';
        }
        out.flush();
    }
    if (loader.failedDownloads() > 0)
        return NetworkError;
    return anyProblem ? CheckFailed : Success;
}

int agentDownload(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Download ASSET of release TAG of OWNER/REPO into DIR and keep it only when its SHA-256 "
        "matches the release's SHA256SUMS. Exit 1 on a mismatch or when the release does not "
        "publish the asset or its checksum (nothing is left in DIR), 3 on a network failure."));
    parser.addPositionalArgument(QStringLiteral("OWNER/REPO"),
                                 QStringLiteral("Agent release repository."));
    parser.addPositionalArgument(QStringLiteral("TAG"),
                                 QStringLiteral("Release tag, e.g. v0.2.9."));
    parser.addPositionalArgument(QStringLiteral("ASSET"),
                                 QStringLiteral("Asset name, e.g. lattice-agent-linux-amd64."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("Directory to download into."),
                      QStringLiteral("DIR")});
    addGitHubOptions(parser);
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 3)
        return ctx.usageError(QStringLiteral("agent download takes OWNER/REPO TAG ASSET"));
    if (!parser.isSet(QStringLiteral("out")))
        return ctx.usageError(QStringLiteral("agent download needs --out DIR"));
    const QString asset = pos.at(2);
    if (asset.isEmpty() || asset.contains(QLatin1Char('/')) || asset == QLatin1String(".") ||
        asset == QLatin1String(".."))
        return ctx.usageError(QStringLiteral("\"%1\" is not an asset name").arg(asset));
    const QString dir = parser.value(QStringLiteral("out"));
    if (!QFileInfo(dir).isDir())
        return ctx.usageError(QStringLiteral("--out %1: not a directory").arg(dir));
    auto agent = openAgent(ctx, parser, pos.at(0), &code);
    if (!agent)
        return code;

    ArtifactDownloader downloader(agent->github.get());
    if (agent->store.isOpen())
        downloader.setStore(&agent->store);
    QEventLoop loop;
    QObject::connect(&downloader, &ArtifactDownloader::finished, &loop, &QEventLoop::quit);
    downloader.start(agent->repository, pos.at(1), asset, dir);
    loop.exec();
    switch (downloader.outcome()) {
    case ArtifactDownloader::Outcome::Verified:
        ctx.out() << downloader.path() << "  " << downloader.actualSha256() << '\n';
        ctx.out().flush();
        return Success;
    case ArtifactDownloader::Outcome::Mismatch:
    case ArtifactDownloader::Outcome::NotPublished:
        ctx.err() << "lattice-desk-cli: " << downloader.message() << '\n';
        return CheckFailed;
    case ArtifactDownloader::Outcome::LocalError:
        ctx.err() << "lattice-desk-cli: " << downloader.message() << '\n';
        return UsageError;
    case ArtifactDownloader::Outcome::NetworkError:
    case ArtifactDownloader::Outcome::Cancelled: // nothing cancels the CLI's download
        break;
    }
    ctx.err() << "lattice-desk-cli: " << downloader.message() << '\n';
    return NetworkError;
}

int agentInspect(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Read the Go build info of an agent binary (Go version, module, GOOS/GOARCH, build "
        "settings) and check it against the file's header and its lattice-agent-<os>-<arch> "
        "name. With --run, also run its -version and -compat-json inside bwrap (no network, "
        "read-only system, empty environment, 5 s). Exit 2 if FILE is not a Go binary; 1 if the "
        "name or header disagree, or --run was asked and the sandbox is unavailable, the binary "
        "cannot run on this machine, or it fails."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Agent binary."));
    parser.addOption(
        {QStringLiteral("run"), QStringLiteral("Run -version and -compat-json in the sandbox.")});
    parser.addOption(CliContext::jsonOption());
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(QStringLiteral("agent inspect takes exactly one FILE"));
    const QString file = parser.positionalArguments().first();
    const QString assetName = QFileInfo(file).fileName();

    AgentIdentityProbe::Result result;
    result.buildInfo = Agent::GoBuildInfo::readFile(file);
    if (!result.buildInfo.ok()) {
        ctx.err() << "lattice-desk-cli: " << file << ": " << result.buildInfo.errorText << '\n';
        return UsageError;
    }
    bool runFailed = false;
    if (parser.isSet(QStringLiteral("run"))) {
        AgentIdentityProbe probe;
        QEventLoop loop;
        QObject::connect(&probe, &AgentIdentityProbe::finished, &loop, &QEventLoop::quit);
        probe.start({file, assetName, std::nullopt});
        if (probe.isRunning())
            loop.exec();
        const Agent::GoBuildInfo readBefore = result.buildInfo;
        result = probe.result();
        if (!result.buildInfo.ok())
            result.buildInfo = readBefore; // the file changed under us; the run says so
        runFailed = result.status != AgentIdentityProbe::Status::Ran;
    }
    const Agent::GoBuildInfo& info = result.buildInfo;
    const QStringList problems = info.problems(assetName);
    for (const QString& p : problems)
        ctx.err() << "lattice-desk-cli: problem: " << p << '\n';
    if (runFailed)
        ctx.err() << "lattice-desk-cli: " << result.message << '\n';
    if (!result.compatNote.isEmpty())
        ctx.err() << "lattice-desk-cli: " << result.compatNote << '\n';
    // Without a release tag only the channel can be checked against -version.
    Agent::IdentityInput identity;
    identity.version = result.version;
    identity.compat = result.compat;
    bool identityFailed = false;
    for (const Agent::IdentityCheck& c : Agent::checkIdentity(identity)) {
        if (c.state == Agent::CheckState::Failed) {
            identityFailed = true;
            ctx.err() << "lattice-desk-cli: problem: " << c.detail << '\n';
        }
    }
    ctx.err().flush();

    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonValue compat =
            result.compat ? QJsonValue(QJsonObject{
                                {QStringLiteral("server_min"), result.compat->serverMin},
                                {QStringLiteral("dashboard_min"), result.compat->dashboardMin},
                                {QStringLiteral("channel"), result.compat->channel}})
                          : QJsonValue();
        ctx.printJson({{QStringLiteral("go_version"), info.goVersion},
                       {QStringLiteral("module"), info.module()},
                       {QStringLiteral("goos"), info.goos},
                       {QStringLiteral("goarch"), info.goarch},
                       {QStringLiteral("version"),
                        result.version ? QJsonValue(*result.version) : QJsonValue()},
                       {QStringLiteral("compat"), compat}});
    } else {
        QTextStream& out = ctx.out();
        out << file << '\n';
        out << "  format:     " << info.formatName() << ", "
            << (info.headerArch.isEmpty() ? QStringLiteral("machine %1").arg(info.machine)
                                          : info.headerArch)
            << '\n';
        out << "  go:         " << info.goVersion << '\n';
        out << "  module:     " << info.module() << '\n';
        out << "  platform:   " << info.goos << '/' << info.goarch << '\n';
        for (const auto& s : info.settings)
            out << "  build:      " << s.first << '=' << s.second << '\n';
        if (parser.isSet(QStringLiteral("run"))) {
            out << "  version:    "
                << (result.version ? *result.version
                                   : QStringLiteral("(not run: %1)")
                                         .arg(AgentIdentityProbe::statusName(result.status)))
                << '\n';
            if (result.compat)
                out << "  compat:     server >= " << result.compat->serverMin
                    << ", dashboard >= " << result.compat->dashboardMin << ", channel "
                    << result.compat->channel << '\n';
            else
                out << "  compat:     none\n";
        }
        out.flush();
    }
    return (runFailed || identityFailed || !problems.isEmpty()) ? CheckFailed : Success;
}

} // namespace

void registerAgentCommands(CliDispatcher& dispatcher)
{
    dispatcher.add({{QStringLiteral("agent"), QStringLiteral("releases")},
                    QStringLiteral("Node agent releases, their checksums and the server's latest "
                                   "(exit 1 on a problem)."),
                    agentReleases});
    dispatcher.add({{QStringLiteral("agent"), QStringLiteral("download")},
                    QStringLiteral("Download a release asset, kept only when SHA256SUMS matches."),
                    agentDownload});
    dispatcher.add({{QStringLiteral("agent"), QStringLiteral("inspect")},
                    QStringLiteral("Go build info of an agent binary; with --run its -version and "
                                   "-compat-json, sandboxed."),
                    agentInspect});
}

} // namespace Lattice::Cli
