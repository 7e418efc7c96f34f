#pragma once

#include "LaneView.h"
#include "Profile.h"
#include "ReleaseOrderReport.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Lattice {

class ReleaseOrderService;
class SdkVerdictModel;
class StateBanner;

// The SDK lane: whether every server and agent tag pins a published
// lattice-sdk tag that came first, with the gate and the reason per tag and
// every finding of the selected one.
class SdkLanePage : public QWidget, public LaneView
{
    Q_OBJECT
public:
    SdkLanePage(ReleaseOrderService* service, QWidget* parent = nullptr);

    void setProfile(const Profile& profile) override;
    void setOffline(bool offline) override;
    void refresh() override;

    QTableView* table() const { return m_table; }
    SdkVerdictModel* model() const { return m_model; }
    StateBanner* banner() const { return m_banner; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void display(const ReleaseOrderReport& report, bool fromSnapshot);
    void showFindings();

    ReleaseOrderService* m_service;
    bool m_offline = false;
    bool m_needsRefresh = true;
    QLabel* m_source;
    StateBanner* m_banner;
    QPushButton* m_refresh;
    QProgressBar* m_progress;
    QCheckBox* m_problemsOnly;
    SdkVerdictModel* m_model;
    QSortFilterProxyModel* m_filter;
    QTableView* m_table;
    QPlainTextEdit* m_findings;
};

} // namespace Lattice
