#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Lattice::Agent {

struct TagVersion;

// What an agent declares with -compat-json (v0.2.9 and later):
// {"server_min":"…","dashboard_min":"…","channel":"…"}.
struct Compat
{
    QString serverMin;
    QString dashboardMin;
    QString channel;

    static std::optional<Compat> parse(const QByteArray& json, QString* error);
};

// A published server or dashboard version in any of the spellings the lanes
// use: "v0.2.1", "0.2.1", "v0.2.2-alpha.2" or the server's pinned alpha tag
// "alpha-0.2.2a2" (read as v0.2.2-alpha.2, the convention the floors follow).
// Moving names ("latest", "0.2", "sha-…") are not versions.
std::optional<TagVersion> publishedVersion(const QString& name);

enum class CheckState { Passed, Failed, NotChecked };

struct IdentityCheck
{
    QString what; // "version", "channel", "server floor", "dashboard floor"
    CheckState state = CheckState::NotChecked;
    QString detail;
};

struct IdentityInput
{
    QString tag;                    // the release's tag; empty when unknown
    std::optional<QString> version; // what -version printed; nullopt when not run
    std::optional<Compat> compat;   // nullopt when not run or not declared
    // Versions actually published; nullopt when the lane has no such list.
    std::optional<QStringList> publishedServer;
    std::optional<QStringList> publishedDashboard;
};

// The node refuses an update whose -version differs from the target
// version, and the release order needs every declared floor published first;
// these are the checks, each passed, failed or not checked (and why).
QList<IdentityCheck> checkIdentity(const IdentityInput& input);

QString checkStateName(CheckState state);

} // namespace Lattice::Agent
