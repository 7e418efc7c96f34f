#pragma once

#include "LaneView.h"
#include "Profile.h"
#include "ReleaseOrderReport.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Lattice {

class ReleaseOrderService;
class StateBanner;

// The docs lane: which stable server and agent releases have release notes
// on the docs site, the SDK baseline the docs state against what the code
// pins, the version matrix of every release page, and the newest commit of
// the site (every push to its default branch is deployed).
class DocsLanePage : public QWidget, public LaneView
{
    Q_OBJECT
public:
    DocsLanePage(ReleaseOrderService* service, QWidget* parent = nullptr);

    void setProfile(const Profile& profile) override;
    void setOffline(bool offline) override;
    void refresh() override;

    QTreeWidget* coverageTree() const { return m_coverage; }
    QTreeWidget* pageTree() const { return m_pages; }
    QLabel* commitLabel() const { return m_commit; }
    StateBanner* banner() const { return m_banner; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void display(const ReleaseOrderReport& report, bool fromSnapshot);

    ReleaseOrderService* m_service;
    QString m_siteUrl;
    bool m_offline = false;
    bool m_needsRefresh = true;
    QLabel* m_source;
    QLabel* m_commit;
    StateBanner* m_banner;
    StateBanner* m_drift;
    QPushButton* m_refresh;
    QTreeWidget* m_coverage;
    QTreeWidget* m_pages;
};

} // namespace Lattice
