#pragma once

#include <QList>
#include <QString>

namespace Lattice {

// The pages of the desk. The five release lanes plus the three working pages
// that sit beside them in the sidebar.
enum class Lane {
    Overview,
    ServerImage,
    NodeAgent,
    Sdk,
    Docs,
    PluginIndex,
    Policies,
    Verify,
};

QList<Lane> allLanes();
QString laneId(Lane lane);       // stable, untranslated key ("server-image")
QString laneTitle(Lane lane);    // translated display name
QString laneIconName(Lane lane); // resource name of the lane's SVG icon
bool laneFromId(const QString& id, Lane* lane);

} // namespace Lattice
