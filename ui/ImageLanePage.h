#pragma once

#include "ImageLaneService.h"
#include "LaneView.h"
#include "Profile.h"
#include "SecretStore.h"
#include "TagTimeline.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Lattice {

class ChannelBoardModel;
class ChannelBoardPanel;
class ChildHealthModel;
class ChildHealthPanel;
class CleanupPreviewPanel;
class ImageTagModel;
class ImageTagsPanel;
class StateBanner;
class TagDiffModel;
class TagDiffPanel;
class TagHistoryModel;
class TagHistoryPanel;
class TagTimelineModel;

// The Server image lane: moving channels, every tag, a side-by-side diff,
// child health, the cleanup preview and the recorded history of one image
// repository. All registry and GitHub work runs in an ImageLaneService on its
// worker thread; this page only renders what it answers.
class ImageLanePage : public QWidget, public LaneView
{
    Q_OBJECT
public:
    explicit ImageLanePage(QWidget* parent = nullptr);
    // storePath: the SQLite store for tag history and the content cache.
    explicit ImageLanePage(const QString& storePath, QWidget* parent = nullptr);
    ~ImageLanePage() override;

    void setProfile(const Profile& profile) override;
    // Offline: the page never contacts the registry or GitHub.
    void setOffline(bool offline) override;
    // The keychain the GitHub token is read from; the page's own by default.
    void setSecretStore(SecretStore* secrets);

    QString imageReference() const;
    const QList<Oci::TagInfo>& tags() const { return m_tags; }
    bool isBusy() const override;

    // Created when the page first needs it, so an unseen page costs no
    // thread, no store connection and no network.
    ImageLaneService* service();
    ChannelBoardModel* channelBoardModel() const { return m_board; }
    ImageTagModel* tagModel() const { return m_tagModel; }
    TagDiffModel* diffModel() const { return m_diff; }
    ChildHealthModel* healthModel() const { return m_health; }
    TagTimelineModel* timelineModel() const { return m_timeline; }
    TagHistoryModel* historyModel() const { return m_history; }
    TagDiffPanel* diffPanel() const { return m_diffPanel; }
    ChildHealthPanel* healthPanel() const { return m_healthPanel; }
    CleanupPreviewPanel* cleanupPanel() const { return m_cleanupPanel; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void refresh() override;
    void cancel() override;
    void checkChildren(const QStringList& tags = {}); // empty = every tag
    void compareTags(const QString& a, const QString& b);
    void previewCleanup();

signals:
    // Each is emitted after the page has shown what the service answered.
    void tagsRefreshed(const QString& error);
    void childrenChecked(const QString& error);
    void historyShown();
    void cleanupPreviewShown(const QString& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void startRefresh(const QStringList& tags, bool checkChildren);
    void onRefreshed(const QList<Oci::TagInfo>& tags, const QString& error, const QDateTime& at,
                     bool checkedChildren);
    void onHistoryLoaded(const QList<Store::TagObservation>& history);
    void onCleanupPreviewed(const Oci::CleanupPlan& plan, const QString& error);
    void onBusyChanged(bool busy);
    void onProgress(int done, int total);
    void applyTags();
    void showRefreshError(const QString& error, bool cancelled);
    void readTokenAndPreview(int keep);
    void startCleanup(int keep, const SecretStore::Result& token);
    void startQueuedCleanup();
    QString tokenAdvice(const QString& reason) const;
    void updateAvailability();
    void clearResults();

    QString m_storePath;
    ImageLaneService* m_service = nullptr;
    SecretStore* m_secrets;
    bool m_offline = false;
    Profile m_profile;
    bool m_hasProfile = false;
    ImageLaneService::Endpoint m_endpoint; // never carries a token

    ChannelBoardModel* m_board;
    ImageTagModel* m_tagModel;
    TagDiffModel* m_diff;
    ChildHealthModel* m_health;
    TagTimelineModel* m_timeline;
    TagHistoryModel* m_history;

    QLabel* m_title = nullptr;
    QLabel* m_reference = nullptr;
    QLabel* m_asOf = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_refreshButton = nullptr;
    StateBanner* m_banner = nullptr;
    QTabWidget* m_tabs = nullptr;
    ChannelBoardPanel* m_boardPanel = nullptr;
    ImageTagsPanel* m_tagsPanel = nullptr;
    TagDiffPanel* m_diffPanel = nullptr;
    ChildHealthPanel* m_healthPanel = nullptr;
    CleanupPreviewPanel* m_cleanupPanel = nullptr;
    TagHistoryPanel* m_historyPanel = nullptr;

    QList<Oci::TagInfo> m_tags;
    QList<Oci::TagHistoryRow> m_historyRows;
    QDateTime m_asOfTime;
    bool m_needsRefresh = true;
    bool m_cancelRequested = false;
    bool m_checkInFlight = false;
    // The service answers requests of one kind in the order they were made;
    // answers to requests a newer one replaced are counted here and dropped.
    int m_pendingRefreshes = 0;
    int m_staleRefreshes = 0;
    int m_pendingPreviews = 0;
    int m_stalePreviews = 0;
    bool m_awaitingToken = false;
    quint64 m_tokenRequest = 0;
    int m_queuedCleanupKeep = -1;
};

} // namespace Lattice
