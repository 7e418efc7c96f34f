#include "AgentRelease.h"

#include "ChecksumList.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Lattice::Agent {

namespace {

const QString kSums = QStringLiteral("SHA256SUMS");
const QString kSuffix = QStringLiteral(".sha256");

const QRegularExpression& tagPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^v([0-9]+)\\.([0-9]+)\\.([0-9]+)(?:-(alpha|beta|rc)\\.([0-9]+))?$"));
    return re;
}

bool isChecksumAsset(const QString& name)
{
    return name == kSums || name.endsWith(kSuffix);
}

QByteArray bareDigest(const QString& githubDigest)
{
    QString d = githubDigest.trimmed().toLower();
    if (d.startsWith(QLatin1String("sha256:")))
        d = d.mid(7);
    return d.toLatin1();
}

} // namespace

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Alpha:
        return QStringLiteral("alpha");
    case Channel::Beta:
        return QStringLiteral("beta");
    case Channel::Rc:
        return QStringLiteral("rc");
    case Channel::Stable:
        break;
    }
    return QStringLiteral("stable");
}

Channel channelFromTag(const QString& tag)
{
    // The release workflow's own rule: a substring test, checked in this order.
    if (tag.contains(QLatin1String("-alpha.")))
        return Channel::Alpha;
    if (tag.contains(QLatin1String("-beta.")))
        return Channel::Beta;
    if (tag.contains(QLatin1String("-rc.")))
        return Channel::Rc;
    return Channel::Stable;
}

bool isValidTag(const QString& tag)
{
    return tagPattern().match(tag).hasMatch();
}

std::optional<TagVersion> TagVersion::parse(const QString& tag)
{
    const QRegularExpressionMatch m = tagPattern().match(tag);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = true;
    TagVersion v;
    v.major = m.captured(1).toInt(&ok1);
    v.minor = m.captured(2).toInt(&ok2);
    v.patch = m.captured(3).toInt(&ok3);
    if (m.hasCaptured(4)) {
        v.channel = channelFromTag(tag);
        v.preNumber = m.captured(5).toInt(&ok4);
    }
    if (!ok1 || !ok2 || !ok3 || !ok4)
        return std::nullopt; // numbers too large for an int
    return v;
}

int TagVersion::compare(const TagVersion& other) const
{
    auto cmp = [](int a, int b) {
        return a < b ? -1 : (a > b ? 1 : 0);
    };
    if (int c = cmp(major, other.major))
        return c;
    if (int c = cmp(minor, other.minor))
        return c;
    if (int c = cmp(patch, other.patch))
        return c;
    // Stable sorts after every prerelease of the same version.
    auto rank = [](Channel ch) {
        return ch == Channel::Stable ? 3 : int(ch) - 1;
    };
    if (int c = cmp(rank(channel), rank(other.channel)))
        return c;
    return cmp(preNumber, other.preNumber);
}

QStringList expectedAssets(const QString& tag)
{
    const auto v = TagVersion::parse(tag);
    if (!v || (v->major == 0 && v->minor < 2))
        return {};
    QStringList binaries;
    const bool withDarwin = v->major > 0 || v->minor > 2 || v->patch >= 5;
    if (withDarwin)
        binaries << QStringLiteral("lattice-agent-darwin-amd64")
                 << QStringLiteral("lattice-agent-darwin-arm64");
    binaries << QStringLiteral("lattice-agent-linux-amd64")
             << QStringLiteral("lattice-agent-linux-arm64");
    QStringList names{kSums};
    for (const QString& b : binaries)
        names << b << b + kSuffix;
    names.sort();
    return names;
}

ReleaseInfo ReleaseInfo::fromJson(const QJsonObject& o)
{
    ReleaseInfo r;
    r.id = qint64(o.value(QStringLiteral("id")).toDouble());
    r.tag = o.value(QStringLiteral("tag_name")).toString();
    r.draft = o.value(QStringLiteral("draft")).toBool();
    r.prerelease = o.value(QStringLiteral("prerelease")).toBool();
    r.createdAt = o.value(QStringLiteral("created_at")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("assets")).toArray()) {
        const QJsonObject a = v.toObject();
        ReleaseAsset asset;
        asset.id = qint64(a.value(QStringLiteral("id")).toDouble());
        asset.name = a.value(QStringLiteral("name")).toString();
        asset.size = qint64(a.value(QStringLiteral("size")).toDouble());
        asset.githubDigest = bareDigest(a.value(QStringLiteral("digest")).toString());
        asset.apiUrl = a.value(QStringLiteral("url")).toString();
        asset.downloadUrl = a.value(QStringLiteral("browser_download_url")).toString();
        r.assets.append(asset);
    }
    return r;
}

const ReleaseAsset* ReleaseInfo::asset(const QString& name) const
{
    for (const ReleaseAsset& a : assets) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

bool AssetCheck::consistent() const
{
    if (!checksumFile && !sha256Sums)
        return false;
    std::optional<QByteArray> seen;
    for (const auto* d : {&sha256Sums, &sha256File, &githubDigest, &localHash}) {
        if (!*d)
            continue;
        if (seen && **d != *seen)
            return false;
        seen = **d;
    }
    return true;
}

ReleaseReport ReleaseReport::build(const ReleaseInfo& release, const ReleaseChecksums& checksums)
{
    ReleaseReport report;
    report.release = release;
    report.channel = channelFromTag(release.tag);
    report.tagValid = isValidTag(release.tag);
    QStringList& problems = report.problems;

    if (!report.tagValid)
        problems << QStringLiteral("tag %1 does not match vMAJOR.MINOR.PATCH[-(alpha|beta|rc).N]")
                        .arg(release.tag);
    const bool looksStable = report.channel == Channel::Stable;
    if (looksStable && release.prerelease)
        problems << QStringLiteral("stable-looking tag %1 is published as a prerelease")
                        .arg(release.tag);
    else if (!looksStable && !release.prerelease)
        problems << QStringLiteral("%1 tag %2 is published as a stable release")
                        .arg(channelName(report.channel), release.tag);

    QSet<QString> present;
    for (const ReleaseAsset& a : release.assets)
        present.insert(a.name);
    const QStringList expected = expectedAssets(release.tag);
    if (!expected.isEmpty()) {
        for (const QString& name : expected) {
            if (!present.contains(name))
                problems << QStringLiteral("missing asset %1").arg(name);
        }
        const QSet<QString> expectedSet(expected.begin(), expected.end());
        for (const ReleaseAsset& a : release.assets) {
            if (!expectedSet.contains(a.name))
                problems << QStringLiteral("unexpected asset %1").arg(a.name);
        }
    }

    for (auto it = checksums.fetchErrors.cbegin(); it != checksums.fetchErrors.cend(); ++it)
        problems << QStringLiteral("%1 could not be downloaded: %2").arg(it.key(), it.value());

    // SHA256SUMS, read the way sha256sum -c reads it.
    QHash<QString, QByteArray> listed;
    if (checksums.sha256Sums) {
        const ChecksumList sums = ChecksumList::parse(*checksums.sha256Sums);
        for (const ChecksumList::MalformedLine& m : sums.malformed())
            problems << QStringLiteral("SHA256SUMS line %1: %2").arg(m.line).arg(m.reason);
        for (const QString& name : sums.conflicts())
            problems << QStringLiteral("SHA256SUMS lists %1 with different digests").arg(name);
        for (const ChecksumList::Entry& e : sums.entries()) {
            listed.insert(e.name, e.digest);
            if (e.binary || e.form != ChecksumList::Form::Gnu)
                // The server splits each line on whitespace and compares the
                // second field with the artifact name verbatim.
                problems << QStringLiteral("SHA256SUMS line %1 is not a plain \"<hex>  <name>\" "
                                           "line; the Lattice server will not find %2 in it")
                                .arg(e.line)
                                .arg(e.name);
            if (!present.contains(e.name))
                problems
                    << QStringLiteral("SHA256SUMS lists %1, which is not an asset").arg(e.name);
        }
    } else if (present.contains(kSums) && !checksums.fetchErrors.contains(kSums)) {
        problems << QStringLiteral("SHA256SUMS was not read");
    }

    for (const ReleaseAsset& a : release.assets) {
        AssetCheck row;
        row.name = a.name;
        row.size = a.size;
        row.checksumFile = isChecksumAsset(a.name);
        if (!a.githubDigest.isEmpty())
            row.githubDigest = a.githubDigest;
        if (checksums.localHashes.contains(a.name))
            row.localHash = checksums.localHashes.value(a.name).toLower();
        if (!row.checksumFile) {
            if (listed.contains(a.name))
                row.sha256Sums = listed.value(a.name);
            const QString fileName = a.name + kSuffix;
            if (checksums.sha256Files.contains(fileName)) {
                const ChecksumList one = ChecksumList::parse(checksums.sha256Files.value(fileName));
                bool found = false;
                for (const ChecksumList::Entry& e : one.entries()) {
                    if (e.name == a.name) {
                        row.sha256File = e.digest;
                        found = true;
                    }
                }
                if (!found)
                    problems << QStringLiteral("%1 has no line for %2").arg(fileName, a.name);
            }
            if (checksums.sha256Sums && !row.sha256Sums)
                problems << QStringLiteral("SHA256SUMS has no line for %1").arg(a.name);
            else if (!row.consistent()) {
                QStringList sources;
                if (row.sha256Sums)
                    sources << QStringLiteral("SHA256SUMS %1").arg(QLatin1String(*row.sha256Sums));
                if (row.sha256File)
                    sources << QStringLiteral("%1 %2").arg(fileName,
                                                           QLatin1String(*row.sha256File));
                if (row.githubDigest)
                    sources
                        << QStringLiteral("GitHub digest %1").arg(QLatin1String(*row.githubDigest));
                if (row.localHash)
                    sources << QStringLiteral("downloaded %1").arg(QLatin1String(*row.localHash));
                problems << QStringLiteral("%1: checksums disagree (%2)")
                                .arg(a.name, sources.join(QStringLiteral(", ")));
            }
        } else if (!row.consistent()) {
            problems
                << QStringLiteral("%1: GitHub digest and downloaded bytes disagree").arg(a.name);
        }
        report.assets.append(row);
    }
    return report;
}

QString LatestResolution::versionOf(const QString& tag)
{
    return tag.startsWith(QLatin1Char('v')) ? tag.mid(1) : tag;
}

LatestResolution LatestResolution::resolve(const QList<ReleaseInfo>& releases)
{
    LatestResolution result;
    // The server asks anonymously, and drafts are listed only to callers with
    // push access: its window is the first 20 published releases.
    int serverPosition = 0;
    int seen = 0;
    int position = 0;
    for (const ReleaseInfo& r : releases) {
        if (r.draft)
            continue;
        ++position;
        if (seen++ >= kServerWindow)
            break;
        if (!r.prerelease && r.tag.startsWith(QLatin1Char('v'))) {
            result.serverTag = r.tag;
            serverPosition = position;
            break;
        }
    }

    std::optional<TagVersion> best;
    int bestPosition = 0;
    position = 0;
    for (const ReleaseInfo& r : releases) {
        if (r.draft)
            continue;
        ++position;
        if (r.prerelease)
            continue;
        const auto v = TagVersion::parse(r.tag);
        if (!v || v->channel != Channel::Stable)
            continue;
        if (!best || v->compare(*best) > 0) {
            best = v;
            result.highestStableTag = r.tag;
            bestPosition = position;
        }
    }

    if (result.serverTag == result.highestStableTag)
        return result;
    if (!result.serverTag) {
        result.explanation =
            QStringLiteral("none of the first %1 published releases is a stable v* release, so "
                           "the server fails with \"no stable v* agent release found\"")
                .arg(kServerWindow);
        if (result.highestStableTag)
            result.explanation += QStringLiteral("; the highest stable release, %1, is number %2 "
                                                 "in GitHub's list")
                                      .arg(*result.highestStableTag)
                                      .arg(bestPosition);
    } else if (!result.highestStableTag) {
        result.explanation = QStringLiteral("the server takes %1 (number %2 in GitHub's list), "
                                            "whose tag is not a valid stable version")
                                 .arg(*result.serverTag)
                                 .arg(serverPosition);
    } else {
        result.explanation =
            QStringLiteral("the server takes the first stable v* release in GitHub's list order, "
                           "%1 (number %2), without sorting versions; the highest stable version "
                           "is %3 (number %4)")
                .arg(*result.serverTag)
                .arg(serverPosition)
                .arg(*result.highestStableTag)
                .arg(bestPosition);
    }
    return result;
}

} // namespace Lattice::Agent
