#pragma once

#include "LaneHealth.h"
#include "Profile.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTableView;
class QTreeWidget;

namespace Lattice {

class EndpointStatusModel;
class LaneCard;
class StateBanner;

// The landing page: one card per release lane (state, gates, last refresh,
// what needs attention first), the cross-lane release order as a checklist
// for the newest releases, and whether each endpoint of the profile
// answers. With no network it says which endpoints could not be reached and
// why, and the cards show their stored snapshots with "as of" times.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(EndpointStatusModel* endpoints, QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    void updateSummary(bool offline);
    void setLaneHealth(const LaneHealth& health);
    // A stored health fills a card only while it has nothing newer.
    void setStoredLaneHealth(const LaneHealth& health);
    void setReleaseOrder(const ReleaseOrderReport& report);
    // Moves of watched values since the maintainer last looked, shown until
    // the next ones replace them.
    void showChanges(const QStringList& notices);
    QString changesText() const;

    LaneCard* card(Lane lane) const { return m_cards.value(lane); }
    QTreeWidget* checklist() const { return m_checklist; }

signals:
    void laneActivated(Lattice::Lane lane);
    void laneHealthChanged(const Lattice::LaneHealth& health);

private:
    void updateChecklist();

    EndpointStatusModel* m_endpoints;
    QLabel* m_heading;
    QLabel* m_summary;
    QTableView* m_table;
    QHash<Lane, LaneCard*> m_cards;
    QTreeWidget* m_checklist;
    StateBanner* m_changes;
    ReleaseOrderReport m_order;
};

} // namespace Lattice
