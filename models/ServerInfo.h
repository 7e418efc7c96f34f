#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Lattice::Server {

// GET /api/version (lattice-server-api §2.1). server_version is the git ref
// the image was built from ("v0.2.1", "alpha", "alpha-0.2.2a41", "dev"), not
// semver; a server is identified by its commit.
struct ServerVersion
{
    bool present = false; // false: a pre-0.2.0 server without /api/version
    QString serverVersion;
    QString serverCommit;
    QString serverDate;
    QString dashboardRef;
    QString dashboardBuilt; // absent on non-image builds
    bool taskExecutionDisabled = false;

    static ServerVersion fromJson(const QJsonObject& object);
    // The alpha build number of "alpha-0.2.2aNN", or 0 for any other ref.
    int alphaBuild() const;
};

// GET /api/me (§3.2): who the token is and what it may do.
struct TokenIdentity
{
    QString actorId;
    QString username;
    QString tokenId;
    QStringList scopes;
    QStringList serverAllowlist;

    static TokenIdentity fromJson(const QJsonObject& object);
};

} // namespace Lattice::Server
