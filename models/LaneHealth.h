#pragma once

#include "ImageTag.h"
#include "Lane.h"
#include "ReleaseOrderReport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Lattice {

// One lane's state as the overview shows it on its card: how it stands,
// one line of summary, the first thing that needs attention, and how old
// the data is.
struct LaneHealth
{
    enum class State { Unknown, Busy, Good, Attention, Broken };

    Lane lane = Lane::Overview;
    State state = State::Unknown;
    QString summary;
    QString attention; // empty when nothing needs it
    QDateTime asOf;
    bool stored = false; // from the snapshot of an earlier run
    // Lane facts the release checklist reads: the version `latest` points
    // to (image), the tag the server resolves as latest (agent).
    QString latestVersion;

    // For the overview's snapshot; a health read back is marked stored.
    QJsonObject toJson() const;
    static std::optional<LaneHealth> fromJson(const QJsonObject& object);
};

LaneHealth imageHealth(const QList<Oci::TagInfo>& tags, const QString& error, const QDateTime& at);
LaneHealth agentHealth(const QString& serverLatestTag, int releasesWithProblems,
                       const QString& error, const QDateTime& at);
LaneHealth pluginHealth(const QString& status, int violations, const QString& error,
                        const QDateTime& at);
LaneHealth sdkHealth(const ReleaseOrderReport& report, bool stored);
LaneHealth docsHealth(const ReleaseOrderReport& report, bool stored);

// The cross-lane release order (release-lanes, "Cross-lane release order")
// as a checklist for the newest stable server and agent releases.
struct ChecklistStep
{
    enum class State { Done, Open, Blocked, Unknown };

    Lane lane = Lane::Overview;
    QString title;
    State state = State::Unknown;
    QString detail;
};

QList<ChecklistStep> releaseChecklist(const ReleaseOrderReport& order, const LaneHealth& image,
                                      const LaneHealth& agent, const LaneHealth& plugins);

} // namespace Lattice
