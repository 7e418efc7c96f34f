#pragma once

#include "Lane.h"
#include "Profile.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace Lattice {

class CommandPalette;
class EndpointProbe;
class EndpointStatusModel;
class ReleaseOrderService;
class LaneListModel;
class LanePage;
class OverviewPage;
class ProfileStore;
class SecretStore;
class Store;

// The desk's window: a lane sidebar, one page per lane, a profile switcher,
// and a status bar that says how fresh the data is.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool offline = false; // never contact endpoints
    };

    MainWindow(ProfileStore* profiles, const Options& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The Policies page keeps its drafts there.
    void setStore(Store* store);
    void showStoreError(const QString& error);
    void showLane(Lane lane);
    Lane currentLane() const;

    EndpointStatusModel* endpointStatus() const { return m_endpointStatus; }
    QAction* refreshAction() const { return m_refreshAction; }

public slots:
    void refresh();
    void cancelRefresh();
    void showAbout();
    void showSettings();
    void showCommandPalette();

signals:
    void refreshFinished();

private:
    void buildMenus();
    void buildToolbar();
    void buildStatusBar();
    void applyProfile(const Profile& profile);
    void reloadProfileCombo();
    ReleaseOrderService* releaseOrder();
    void connectOverview();
    QWidget* createPage(Lane lane);
    void refreshLanesInBackground();
    void noticeChanges(const QMap<QString, QString>& now);
    void showRateLimit(int remaining);

    ProfileStore* m_profiles;
    Options m_options;
    Store* m_store = nullptr;
    LaneListModel* m_laneModel;
    EndpointStatusModel* m_endpointStatus;
    EndpointProbe* m_probe;
    QListView* m_sidebar;
    QStackedWidget* m_pages;
    OverviewPage* m_overview;
    QHash<Lane, QWidget*> m_pageForLane;
    ReleaseOrderService* m_releaseOrder = nullptr;
    QComboBox* m_profileCombo = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_paletteAction = nullptr;
    CommandPalette* m_palette = nullptr;
    SecretStore* m_secrets = nullptr;
    QLabel* m_freshness = nullptr;
    QLabel* m_rateLimit = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelButton = nullptr;
};

} // namespace Lattice
