#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace Lattice {

// A Lattice server the maintainer manages. The token for it lives in the
// keychain under the URL; nothing secret is ever a member here.
struct ServerEndpoint
{
    QUrl url;
    QString label;
    bool allowInsecureLoopback = false;
    QString caFile; // extra CA bundle for a private reverse proxy; empty = system CAs

    bool operator==(const ServerEndpoint&) const = default;
};

// The endpoints one set of lanes is read from. The default profile is the
// public upstream; other profiles point at forks, mirrors or local test stacks.
struct Profile
{
    QString name;
    QUrl registryUrl;        // distribution API base, e.g. https://ghcr.io
    QString imageRepository; // lower-case registry path, e.g. latticenet/lattice-server
    QUrl githubApiUrl;       // REST base, e.g. https://api.github.com
    QString serverRepo;      // owner/name of the server source repository
    QString agentRepo;
    QString sdkRepo;
    QString docsRepo;
    QUrl docsSiteUrl;
    QUrl pluginIndexUrl;
    QStringList movingChannels;
    bool allowInsecureLoopback = false; // applies to registry, GitHub and plugin index URLs
    QList<ServerEndpoint> servers;

    bool operator==(const Profile&) const = default;

    static Profile upstream();

    QVariantMap toVariantMap() const;
    static Profile fromVariantMap(const QVariantMap& map);

    // Human-readable problems, one per field; empty when the profile is usable.
    QStringList validate() const;
};

} // namespace Lattice
