#include "Lane.h"

#include <QCoreApplication>

namespace Lattice {

namespace {
struct LaneInfo
{
    Lane lane;
    const char* id;
    const char* title;
    const char* icon;
};

// QT_TRANSLATE_NOOP keeps the titles in the translation catalogue while the
// table itself stays a compile-time constant.
constexpr LaneInfo kLanes[] = {
    {Lane::Overview, "overview", QT_TRANSLATE_NOOP("Lattice::Lane", "Overview"), "overview"},
    {Lane::ServerImage, "server-image", QT_TRANSLATE_NOOP("Lattice::Lane", "Server image"),
     "image"},
    {Lane::NodeAgent, "node-agent", QT_TRANSLATE_NOOP("Lattice::Lane", "Node agent"), "agent"},
    {Lane::Sdk, "sdk", QT_TRANSLATE_NOOP("Lattice::Lane", "SDK"), "sdk"},
    {Lane::Docs, "docs", QT_TRANSLATE_NOOP("Lattice::Lane", "Docs"), "docs"},
    {Lane::PluginIndex, "plugin-index", QT_TRANSLATE_NOOP("Lattice::Lane", "Plugin index"),
     "plugins"},
    {Lane::Policies, "policies", QT_TRANSLATE_NOOP("Lattice::Lane", "Policies"), "policies"},
    {Lane::Verify, "verify", QT_TRANSLATE_NOOP("Lattice::Lane", "Verify"), "verify"},
};

const LaneInfo& info(Lane lane)
{
    for (const LaneInfo& entry : kLanes) {
        if (entry.lane == lane)
            return entry;
    }
    return kLanes[0];
}
} // namespace

QList<Lane> allLanes()
{
    QList<Lane> lanes;
    for (const LaneInfo& entry : kLanes)
        lanes.append(entry.lane);
    return lanes;
}

QString laneId(Lane lane)
{
    return QString::fromLatin1(info(lane).id);
}

QString laneTitle(Lane lane)
{
    return QCoreApplication::translate("Lattice::Lane", info(lane).title);
}

QString laneIconName(Lane lane)
{
    return QString::fromLatin1(info(lane).icon);
}

bool laneFromId(const QString& id, Lane* lane)
{
    for (const LaneInfo& entry : kLanes) {
        if (id == QLatin1String(entry.id)) {
            *lane = entry.lane;
            return true;
        }
    }
    return false;
}

} // namespace Lattice
