#pragma once

#include "Lane.h"
#include "LaneView.h"
#include "PluginIndexReport.h"
#include "Profile.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Lattice {

namespace Net {
class HttpSession;
}
class PluginIndexFetcher;
class PluginPublisherModel;
class PluginTreeModel;
class PluginViolationModel;

// The plugin index lane: fetch or open an index, see its status, its rule
// violations, its publishers and keys, its plugins with their releases and
// capability risk, and verify manifests and downloaded artifacts. There is
// deliberately no way to install anything from here.
class PluginIndexPage : public QWidget, public LaneView
{
    Q_OBJECT
public:
    explicit PluginIndexPage(QWidget* parent = nullptr);
    ~PluginIndexPage() override;

    void setProfile(const Profile& profile) override;
    // Offline: F5 and the background refresh leave the network alone; files
    // can still be opened.
    void setOffline(bool offline) override { m_offline = offline; }
    void refresh() override; // fetches the profile's index

    // Reading, validating and hashing all run on worker threads; each ends
    // in the matching signal.
    void loadFile(const QString& path);
    void verifyManifestFile(const QString& path);
    void verifyArtifactFile(const QString& path);

    // The loaded index, or nullptr before anything loaded.
    const PluginIndexReport* report() const { return m_report ? &*m_report : nullptr; }
    PluginViolationModel* violationModel() const { return m_violations; }
    PluginTreeModel* pluginModel() const { return m_plugins; }

public slots:
    void fetch(); // the profile's plugin index URL
    void openFile();
    void chooseManifest();
    void chooseArtifact();

signals:
    void indexLoaded();
    void loadFailed(const QString& error);
    void manifestVerified(bool signatureValid);
    void artifactVerified(bool matches);

private:
    struct Analysis;
    struct ManifestCheck;

    void buildLayout();
    void setBusy(const QString& text);
    void analyse(const QByteArray& bytes, const QString& origin);
    void runAnalysis(std::function<Analysis()> work);
    void showAnalysis(const Analysis& analysis);
    void showManifestCheck(const ManifestCheck& check);
    void showStatus(const PluginIndex& index, const QString& origin);
    void clearIndex();

    Profile m_profile;
    Net::HttpSession* m_session;
    PluginIndexFetcher* m_fetcher;
    PluginViolationModel* m_violations;
    PluginPublisherModel* m_publishers;
    PluginTreeModel* m_plugins;
    std::optional<PluginIndexReport> m_report;
    QString m_manifestDigest; // of the last manifest whose signature verified
    QString m_manifestLabel;
    int m_generation = 0; // results of a superseded load are dropped

    QLabel* m_source;
    QLabel* m_banner;
    QLabel* m_installNote;
    QLabel* m_summary;
    QLabel* m_activity;
    QPushButton* m_fetchButton;
    QPushButton* m_openButton;
    QPushButton* m_manifestButton;
    QPushButton* m_artifactButton;
    QTabWidget* m_tabs;
    QTableView* m_violationView;
    QTableView* m_publisherView;
    QTreeView* m_pluginView;
    QLabel* m_signatureResult;
    QLabel* m_manifestResult;
    QLabel* m_artifactResult;
    bool m_offline = false;
};

} // namespace Lattice
