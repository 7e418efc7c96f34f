#pragma once

#include "AgentRelease.h"
#include "Profile.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Lattice {

class AgentLaneService;

// The Node agent lane: every GitHub release of the agent repository with its
// assets, the four digests each binary has (SHA256SUMS line, .sha256 file,
// GitHub digest, downloaded bytes) and what the Lattice server resolves
// "latest" to. The work runs in an AgentLaneService on its worker thread.
class AgentLanePage : public QWidget
{
    Q_OBJECT
public:
    explicit AgentLanePage(QWidget* parent = nullptr);
    explicit AgentLanePage(const QString& storePath, QWidget* parent = nullptr);
    ~AgentLanePage() override;

    void setProfile(const Profile& profile);
    // Offline: the page never contacts GitHub.
    void setOffline(bool offline);
    void refresh();

    // Created when first needed, so an unseen page costs no thread.
    AgentLaneService* service();
    QTreeWidget* releaseTree() const { return m_tree; }
    QString latestText() const;

signals:
    void refreshed(const QString& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
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
};

} // namespace Lattice
