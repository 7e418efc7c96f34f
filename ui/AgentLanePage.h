#pragma once

#include "AgentIdentity.h"
#include "AgentRelease.h"
#include "GoBuildInfo.h"
#include "LaneView.h"
#include "Profile.h"
#include "UpdatePolicy.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Lattice {

class AgentIdentityProbe;
class AgentLaneService;
class ArtifactDownloader;
class GitHubClient;
class SecretStore;
namespace Net {
class HttpSession;
}

// The Node agent lane: every GitHub release of the agent repository with its
// assets, the four digests each binary has (SHA256SUMS line, .sha256 file,
// GitHub digest, downloaded bytes) and what the Lattice server resolves
// "latest" to. The work runs in an AgentLaneService on its worker thread.
class AgentLanePage : public QWidget, public LaneView
{
    Q_OBJECT
public:
    explicit AgentLanePage(QWidget* parent = nullptr);
    explicit AgentLanePage(const QString& storePath, QWidget* parent = nullptr);
    ~AgentLanePage() override;

    void setProfile(const Profile& profile) override;
    // Offline: the page never contacts GitHub.
    void setOffline(bool offline) override;
    void refresh() override;

    // Created when first needed, so an unseen page costs no thread.
    AgentLaneService* service();
    QTreeWidget* releaseTree() const { return m_tree; }
    const QList<Agent::ReleaseReport>& reports() const { return m_reports; }
    QString latestText() const;

    // The GitHub token comes from this keychain (the default one otherwise).
    void setSecretStore(SecretStore* secrets);
    // Published server and dashboard versions that agents' declared floors
    // are held against; without them those checks say "not checked".
    void setPublishedVersions(const std::optional<QStringList>& server,
                              const std::optional<QStringList>& dashboard);
    // Where verified downloads are kept, one directory per tag.
    QString artifactDirectory() const;
    QPushButton* downloadButton() const { return m_download; }
    QPushButton* cancelDownloadButton() const { return m_cancelDownload; }
    QPushButton* checkIdentityButton() const { return m_checkIdentity; }
    QProgressBar* downloadProgress() const { return m_progress; }

signals:
    void refreshed(const QString& error);
    // GitHub's remaining request budget after a refresh; -1 when it did not say.
    void rateLimitSeen(int remaining);
    void downloadFinished(bool verified, const QString& message);
    void identityChecked(const QString& asset);
    // "Create policy from this asset" (custom artifact) or "Pin this
    // version" (official release): a policy to finish on the Policies page.
    void policyRequested(const Lattice::Server::UpdatePolicy& prefill);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // A downloaded binary of one release, kept after SHA256SUMS matched.
    struct Artifact
    {
        QString path;
        QByteArray sha256;
        std::optional<Agent::GoBuildInfo> buildInfo; // until read on a worker thread
        QString identity;                            // the probe's summary
        QList<Agent::IdentityCheck> checks;
        QString identityProblem; // why the probe did not run, or what failed
    };
    static QString artifactKey(const QString& tag, const QString& asset);
    QTreeWidgetItem* selectedAgentBinary() const;
    QTreeWidgetItem* assetItem(const QString& key) const;
    void updateArtifactActions();
    void startDownload();
    void downloadDone();
    void checkIdentity();
    void identityDone();
    void showArtifact(QTreeWidgetItem* item, const QString& key);

    SecretStore* m_secrets;
    QHash<QString, Agent::AssetCheck> m_assetChecks; // by artifactKey, from the last refresh
    QHash<QString, Artifact> m_artifacts;
    std::optional<QStringList> m_publishedServer;
    std::optional<QStringList> m_publishedDashboard;
    QPushButton* m_download;
    QPushButton* m_cancelDownload;
    QPushButton* m_checkIdentity;
    QProgressBar* m_progress;
    QLabel* m_artifactState;
    Net::HttpSession* m_session = nullptr;
    std::unique_ptr<GitHubClient> m_downloadGithub;
    ArtifactDownloader* m_downloader = nullptr;
    QString m_downloadKey;
    AgentIdentityProbe* m_probe = nullptr;
    QString m_probeKey;

    void display(const QList<Agent::ReleaseReport>& reports, const Agent::LatestResolution& latest,
                 const QString& error, const QDateTime& at, int rateRemaining);

    QString m_storePath;
    AgentLaneService* m_service = nullptr;
    Profile m_profile;
    bool m_hasProfile = false;
    bool m_offline = false;
    bool m_needsRefresh = true;
    QLabel* m_source;
    QLabel* m_latest;
    QLabel* m_explanation;
    QLabel* m_state;
    QPushButton* m_refresh;
    QTreeWidget* m_tree;

    // Policy actions on the selected release or asset.
    void updatePolicyActions();
    const Agent::ReleaseReport* selectedRelease() const;
    const Agent::AssetCheck* selectedAsset() const;
    std::optional<Server::UpdatePolicy> assetPolicy(QString* whyNot = nullptr) const;
    QList<Agent::ReleaseReport> m_reports;
    QAction* m_createPolicy = nullptr;
    QAction* m_pinVersion = nullptr;
};

} // namespace Lattice
