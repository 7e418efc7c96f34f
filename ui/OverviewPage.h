#pragma once

#include "Profile.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Lattice {

class EndpointStatusModel;

// The landing page: the current profile, and whether each of its endpoints
// answers. With no network it says which endpoints could not be reached and
// why, instead of leaving empty lanes to guess at.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(EndpointStatusModel* endpoints, QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    void updateSummary(bool offline);

private:
    EndpointStatusModel* m_endpoints;
    QLabel* m_heading;
    QLabel* m_summary;
    QTableView* m_table;
};

} // namespace Lattice
