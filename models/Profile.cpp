#include "Profile.h"

#include "BaseUrlPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Lattice {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Lattice::Profile", text);
}

// owner/name as GitHub spells it: letters, digits, '-', '_' and '.'.
bool isRepoSlug(const QString& slug)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$"));
    return re.match(slug).hasMatch();
}

// The distribution spec's repository grammar; lower case only.
bool isRegistryRepository(const QString& name)
{
    static const QRegularExpression re(QStringLiteral(
        "^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*$"));
    return re.match(name).hasMatch();
}
} // namespace

Profile Profile::upstream()
{
    Profile p;
    p.name = QStringLiteral("LatticeNet upstream");
    p.registryUrl = QUrl(QStringLiteral("https://ghcr.io"));
    p.imageRepository = QStringLiteral("latticenet/lattice-server");
    p.githubApiUrl = QUrl(QStringLiteral("https://api.github.com"));
    p.serverRepo = QStringLiteral("LatticeNet/lattice-server");
    p.agentRepo = QStringLiteral("LatticeNet/lattice-node-agent");
    p.sdkRepo = QStringLiteral("LatticeNet/lattice-sdk");
    p.docsRepo = QStringLiteral("LatticeNet/latticenet.github.io");
    p.docsSiteUrl = QUrl(QStringLiteral("https://latticenet.github.io/"));
    p.pluginIndexUrl = QUrl(QStringLiteral(
        "https://raw.githubusercontent.com/LatticeNet/lattice-plugin-index/main/plugins.json"));
    p.movingChannels = {QStringLiteral("latest"), QStringLiteral("alpha"), QStringLiteral("beta")};
    return p;
}

QVariantMap Profile::toVariantMap() const
{
    QVariantList serverList;
    for (const ServerEndpoint& s : servers) {
        serverList.append(QVariantMap{
            {QStringLiteral("url"), s.url.toString()},
            {QStringLiteral("label"), s.label},
            {QStringLiteral("allowInsecureLoopback"), s.allowInsecureLoopback},
            {QStringLiteral("caFile"), s.caFile},
        });
    }
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("registryUrl"), registryUrl.toString()},
        {QStringLiteral("imageRepository"), imageRepository},
        {QStringLiteral("githubApiUrl"), githubApiUrl.toString()},
        {QStringLiteral("serverRepo"), serverRepo},
        {QStringLiteral("agentRepo"), agentRepo},
        {QStringLiteral("sdkRepo"), sdkRepo},
        {QStringLiteral("docsRepo"), docsRepo},
        {QStringLiteral("docsSiteUrl"), docsSiteUrl.toString()},
        {QStringLiteral("pluginIndexUrl"), pluginIndexUrl.toString()},
        {QStringLiteral("movingChannels"), movingChannels},
        {QStringLiteral("allowInsecureLoopback"), allowInsecureLoopback},
        {QStringLiteral("servers"), serverList},
    };
}

Profile Profile::fromVariantMap(const QVariantMap& map)
{
    // Missing keys fall back to upstream values, so a profile written by an
    // older version keeps working when a field is added.
    Profile p = upstream();
    p.servers.clear();
    const auto str = [&map](const char* key, const QString& fallback) {
        const QVariant v = map.value(QLatin1String(key));
        return v.isValid() ? v.toString() : fallback;
    };
    const auto url = [&](const char* key, const QUrl& fallback) {
        const QVariant v = map.value(QLatin1String(key));
        return v.isValid() ? QUrl(v.toString()) : fallback;
    };
    p.name = str("name", p.name);
    p.registryUrl = url("registryUrl", p.registryUrl);
    p.imageRepository = str("imageRepository", p.imageRepository);
    p.githubApiUrl = url("githubApiUrl", p.githubApiUrl);
    p.serverRepo = str("serverRepo", p.serverRepo);
    p.agentRepo = str("agentRepo", p.agentRepo);
    p.sdkRepo = str("sdkRepo", p.sdkRepo);
    p.docsRepo = str("docsRepo", p.docsRepo);
    p.docsSiteUrl = url("docsSiteUrl", p.docsSiteUrl);
    p.pluginIndexUrl = url("pluginIndexUrl", p.pluginIndexUrl);
    if (map.contains(QStringLiteral("movingChannels")))
        p.movingChannels = map.value(QStringLiteral("movingChannels")).toStringList();
    p.allowInsecureLoopback = map.value(QStringLiteral("allowInsecureLoopback")).toBool();
    const QVariantList serverList = map.value(QStringLiteral("servers")).toList();
    for (const QVariant& entry : serverList) {
        const QVariantMap m = entry.toMap();
        ServerEndpoint s;
        s.url = QUrl(m.value(QStringLiteral("url")).toString());
        s.label = m.value(QStringLiteral("label")).toString();
        s.allowInsecureLoopback = m.value(QStringLiteral("allowInsecureLoopback")).toBool();
        s.caFile = m.value(QStringLiteral("caFile")).toString();
        p.servers.append(s);
    }
    return p;
}

QStringList Profile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("The profile needs a name.");
    const auto checkUrl = [&](const QUrl& url, const QString& what, bool insecureOk) {
        const BaseUrlPolicy::Verdict v = BaseUrlPolicy::check(url, insecureOk);
        if (!v.accepted)
            problems << tr("%1: %2").arg(what, v.reason);
    };
    checkUrl(registryUrl, tr("Registry URL"), allowInsecureLoopback);
    checkUrl(githubApiUrl, tr("GitHub API URL"), allowInsecureLoopback);
    checkUrl(docsSiteUrl, tr("Docs site URL"), allowInsecureLoopback);
    checkUrl(pluginIndexUrl, tr("Plugin index URL"), allowInsecureLoopback);
    if (!isRegistryRepository(imageRepository))
        problems << tr("Image repository \"%1\" is not a valid lower-case registry path.")
                        .arg(imageRepository);
    const std::pair<QString, QString> repos[] = {
        {tr("Server repository"), serverRepo},
        {tr("Agent repository"), agentRepo},
        {tr("SDK repository"), sdkRepo},
        {tr("Docs repository"), docsRepo},
    };
    for (const auto& [what, slug] : repos) {
        if (!isRepoSlug(slug))
            problems << tr("%1 \"%2\" is not in owner/name form.").arg(what, slug);
    }
    for (const ServerEndpoint& s : servers)
        checkUrl(s.url, tr("Lattice server %1").arg(s.url.toString()), s.allowInsecureLoopback);
    return problems;
}

} // namespace Lattice
