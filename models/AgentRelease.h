#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Lattice::Agent {

// The channel a tag's text implies. Decisions use GitHub's draft and
// prerelease flags; the channel only names what the tag claims to be.
enum class Channel { Stable, Alpha, Beta, Rc };
QString channelName(Channel channel);
Channel channelFromTag(const QString& tag);

// The release workflow's intended grammar,
// ^v[0-9]+\.[0-9]+\.[0-9]+(-(alpha|beta|rc)\.[0-9]+)?$ . Its shell-glob guard
// lets more through (v1.2.3-beta1 is published as stable), so this is checked
// on every release rather than assumed.
bool isValidTag(const QString& tag);

// A tag of the grammar above, ordered the semver way: a prerelease sorts
// before its release, alpha < beta < rc, then by number.
struct TagVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    Channel channel = Channel::Stable;
    int preNumber = 0;

    static std::optional<TagVersion> parse(const QString& tag);
    int compare(const TagVersion& other) const;
};

// The assets the release workflow attaches at a tag, in name order; empty
// when no expectation is known (v0.1.0 predates the workflow, invalid tags).
QStringList expectedAssets(const QString& tag);

struct ReleaseAsset
{
    qint64 id = 0;
    QString name;
    qint64 size = 0;
    QByteArray githubDigest; // bare lowercase hex; empty when GitHub has none
    QString apiUrl;
    QString downloadUrl; // browser_download_url
};

// One release as GitHub's Releases API lists it.
struct ReleaseInfo
{
    qint64 id = 0;
    QString tag;
    bool draft = false;
    bool prerelease = false;
    QString createdAt;
    QList<ReleaseAsset> assets;

    static ReleaseInfo fromJson(const QJsonObject& object);
    const ReleaseAsset* asset(const QString& name) const;
};

// What was downloaded for one release: the SHA256SUMS text and each
// <binary>.sha256 text, by asset name. A value absent from the map was not
// fetched (or not published); fetchErrors says why a download failed.
struct ReleaseChecksums
{
    std::optional<QByteArray> sha256Sums;
    QHash<QString, QByteArray> sha256Files; // "lattice-agent-linux-amd64.sha256" -> text
    QHash<QString, QByteArray> localHashes; // asset name -> hex of downloaded bytes
    QHash<QString, QString> fetchErrors;    // asset name -> reason
};

// The per-asset consistency row: every source of a digest the release has.
struct AssetCheck
{
    QString name;
    qint64 size = 0;
    std::optional<QByteArray> sha256Sums; // the SHA256SUMS line
    std::optional<QByteArray> sha256File; // the <name>.sha256 asset
    std::optional<QByteArray> githubDigest;
    std::optional<QByteArray> localHash;
    bool checksumFile = false; // SHA256SUMS or a .sha256: nothing lists these
    // Every known digest agrees, and a binary is listed in SHA256SUMS.
    bool consistent() const;
};

struct ReleaseReport
{
    ReleaseInfo release;
    Channel channel = Channel::Stable;
    bool tagValid = false;
    QList<AssetCheck> assets;
    QStringList problems;

    static ReleaseReport build(const ReleaseInfo& release, const ReleaseChecksums& checksums);
};

// Which release "latest" means. The Lattice server reads only the first 20
// releases of GitHub's list, anonymously (so drafts are invisible to it), and
// takes the first one that is neither draft nor prerelease and whose tag
// starts with "v" — no version sort. That can differ from the highest stable
// version, and when it does the explanation says why.
struct LatestResolution
{
    static constexpr int kServerWindow = 20;

    std::optional<QString> serverTag;
    std::optional<QString> highestStableTag;
    QString explanation; // empty when both agree

    static LatestResolution resolve(const QList<ReleaseInfo>& releasesInListOrder);
    static QString versionOf(const QString& tag); // the tag without its leading "v"
};

} // namespace Lattice::Agent
