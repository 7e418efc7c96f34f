// GitHub's Releases API list for the agent repository, and the checksum
// assets each release carries.
#include "AgentRelease.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Lattice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    QList<Agent::ReleaseInfo> releases;
    const QJsonArray array = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    for (const QJsonValue& value : array)
        releases.append(Agent::ReleaseInfo::fromJson(value.toObject()));
    Agent::LatestResolution::resolve(releases);

    for (const Agent::ReleaseInfo& release : releases) {
        Agent::isValidTag(release.tag);
        Agent::channelFromTag(release.tag);
        Agent::expectedAssets(release.tag);
        Agent::LatestResolution::versionOf(release.tag);
        if (const auto version = Agent::TagVersion::parse(release.tag))
            version->compare(*version);
        // Checksum texts come from the same untrusted source; reuse the input.
        Agent::ReleaseChecksums checksums;
        checksums.sha256Sums = bytes;
        for (const Agent::ReleaseAsset& asset : release.assets) {
            checksums.sha256Files.insert(asset.name + QStringLiteral(".sha256"), bytes);
            checksums.localHashes.insert(asset.name, asset.githubDigest);
            release.asset(asset.name);
        }
        const Agent::ReleaseReport report = Agent::ReleaseReport::build(release, checksums);
        for (const Agent::AssetCheck& check : report.assets)
            check.consistent();
    }
    return 0;
}
