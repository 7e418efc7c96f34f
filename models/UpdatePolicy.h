#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Lattice::Server {

// The install path the server stores for a blank or installer-standard path.
inline constexpr char kDefaultInstallPath[] = "/opt/lattice/node-agent/lattice-agent";
// The installer's documented path, which the server silently rewrites.
inline constexpr char kLegacyInstallPath[] = "/opt/lattice/lattice-agent";
inline constexpr char kDefaultServiceName[] = "lattice-agent.service";

// One node's agent update policy (lattice-server-api §7.1). The server keys
// policies by node and replaces all client fields on every POST, so the
// client always sends the full set and nothing else.
struct UpdatePolicy
{
    enum class Mode { Official, Custom };

    // Client-owned: the only fields a request body carries.
    QString nodeId;
    bool enabled = true;
    bool autoPlan = false;
    QString targetVersion;
    QString binaryUrl;
    QString sha256;
    QString installPath;
    QString serviceName;

    // Server-owned, read back for display. Zero times are null here.
    QString lastPlannedVersion;
    QDateTime lastPlannedAt;
    QString lastAppliedVersion;
    QDateTime lastAppliedAt;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Official when URL and digest are both blank, as the server decides it.
    Mode mode() const;

    // The request body: node_id and the seven client fields, no others; the
    // server refuses unknown keys and ignores server-owned ones.
    QJsonObject toRequestJson() const;
    // Tolerant of extra fields, as a response parser must be.
    static UpdatePolicy fromJson(const QJsonObject& object);

    // "awaiting agent version confirmation: X" in last_error is progress,
    // not a failure; the version it waits for, or empty.
    QString awaitingVersion() const;

    bool operator==(const UpdatePolicy&) const = default;
};

// The install path as stored, after the server's blank default and silent
// legacy rewrite; equal paths here are not drift.
QString storedInstallPath(const QString& installPath);

// Reads the {"policies": [...]} wrapper the list endpoint returns.
QList<UpdatePolicy> policiesFromJson(const QJsonObject& object);

// Parses a Go time; the zero time "0001-01-01T00:00:00Z" means never and
// comes back null.
QDateTime parseServerTime(const QString& text);

} // namespace Lattice::Server

namespace Lattice::Server {

// One client field that a push would change, for the review before pushing.
struct PolicyChange
{
    QString field;
    QString current; // empty when there is no current policy
    QString proposed;
};

// What pushing `proposed` changes against the server's `current` policy,
// after the server's own normalisation of both, so the install-path rewrite
// is never shown as a change.
QList<PolicyChange> policyChanges(const std::optional<UpdatePolicy>& current,
                                  const UpdatePolicy& proposed);

// Where an applied update stands, from the approval and the policy
// (lattice-server-api §11.3): approved → awaiting confirmation → applied.
enum class UpdateStage {
    Planned,
    Approved,
    AwaitingConfirmation,
    Applied,
    Failed,
    Rejected,
    Dismissed
};

} // namespace Lattice::Server

namespace Lattice::Server {
struct UpdateApproval;
// The stage of an update from its approval and the node's policy.
UpdateStage updateStage(const UpdateApproval& approval, const std::optional<UpdatePolicy>& policy);
bool isFinalStage(UpdateStage stage);
} // namespace Lattice::Server
