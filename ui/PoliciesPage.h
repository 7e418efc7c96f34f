#pragma once

#include "HttpSession.h"
#include "LaneView.h"
#include "LatticeClient.h"
#include "Profile.h"
#include "ServerInfo.h"
#include "ServerScopes.h"
#include "UpdateApproval.h"
#include "UpdateFollower.h"
#include "UpdatePolicy.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Lattice {

namespace Server {
class PolicyDraftStore;
} // namespace Server

class ApprovalsView;
class NodePickerView;
class PlanView;
class PolicyForm;
class PolicyReviewView;
class SecretStore;
class ServerNodeModel;
class ServerPanel;
class StateBanner;
class Store;

// The write path of agent updates on one Lattice server of the profile:
// pick nodes, fill a policy (or take one from the Node agent lane), review
// the exact requests, push, plan, review the plan and its hash, approve, and
// follow the update until the node reports the new version. All network
// work is asynchronous on the GUI thread's event loop; Cancel drops it.
class PoliciesPage : public QWidget, public LaneView
{
    Q_OBJECT
public:
    enum class Step { Policy, Review, Plan, Approvals };

    explicit PoliciesPage(QWidget* parent = nullptr);
    ~PoliciesPage() override;

    void setProfile(const Profile& profile) override;
    // Drafts need the store; without one the page still works, unsaved.
    void setStore(Store* store);
    void setSecretStore(SecretStore* secrets);
    void setOffline(bool offline) override;
    // How often a followed update is polled; tests shorten it.
    void setFollowInterval(int ms);

    // Reads everything from the server again (F5).
    void refresh() override;
    // Drops every request in flight and stops following (Esc).
    void cancel() override;
    bool isBusy() const override { return m_busy > 0; }

    // A policy from the Node agent lane; the nodes are still to be chosen.
    void prefill(const Server::UpdatePolicy& policy);
    // Stores the token in the keychain (or for this session when there is
    // none) and connects with it.
    void setToken(const QString& token);

    void showStep(Step step);
    Step currentStep() const;

    ServerPanel* serverPanel() const { return m_serverPanel; }
    ServerNodeModel* nodeModel() const { return m_nodeModel; }
    NodePickerView* nodePicker() const { return m_nodePicker; }
    PolicyForm* form() const { return m_form; }
    PolicyReviewView* review() const { return m_review; }
    PlanView* planView() const { return m_planView; }
    ApprovalsView* approvalsView() const { return m_approvals; }
    Server::LatticeClient* client() const { return m_client; }
    Server::PolicyDraftStore* draftStore() const { return m_drafts.get(); }
    QString bannerText() const;

signals:
    void busyChanged(bool busy);
    // A full load from the server ended; error is the first failure or empty.
    void refreshed(const QString& error);
    void pushFinished(bool allSucceeded);
    void planFinished(const QString& nodeId);
    void approvalsLoaded();
    void decisionFinished(const QString& approvalId);
    void followUpdated(Lattice::Server::UpdateStage stage);
    // One line for the main window's status bar.
    void statusMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    using Ticket = std::function<bool()>;
    Ticket ticket();
    void beginWork();
    void endWork();

    void connectServer(const std::optional<QString>& token = std::nullopt);
    void loadPublic();
    void loadWithToken();
    void loadStep(const Server::ServerError& error);
    // counted: part of a full load, which reports once all parts answered.
    void loadNodes(bool counted = false);
    void loadPolicies(bool counted = false);
    void loadApprovals(const QString& select = {}, bool counted = false);
    void updateScopes();
    void reloadDrafts();
    QString serverKey() const;

    void startReview();
    void push();
    void saveDraft();
    void openDraft(qint64 id);
    void deleteDraft(qint64 id);
    void plan(const QString& nodeId, bool force);
    void planNext();
    void approve(const Server::UpdateApproval& approval);
    void reject(const QString& approvalId);
    void dismiss(const QString& approvalId);
    void follow(const Server::UpdateApproval& approval);
    void stopFollowing();
    void showBanner(int tone, const QString& text);

    Profile m_profile;
    bool m_hasProfile = false;
    bool m_offline = false;
    bool m_needsConnect = true;
    std::optional<ServerEndpoint> m_connected;
    SecretStore* m_secrets;
    std::unique_ptr<Server::PolicyDraftStore> m_drafts;
    QPointer<Net::HttpSession> m_session;
    QPointer<Server::LatticeClient> m_client;
    QPointer<Server::UpdateFollower> m_follower;
    int m_followIntervalMs;
    std::optional<Server::ServerScopes> m_scopes;
    quint64 m_generation = 0;
    quint64 m_tokenRequest = 0;
    int m_busy = 0;
    int m_loadsPending = 0;
    QString m_loadError;
    bool m_pushing = false;
    QStringList m_planQueue;

    ServerPanel* m_serverPanel;
    StateBanner* m_banner;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_refresh;
    ServerNodeModel* m_nodeModel;
    NodePickerView* m_nodePicker;
    QTabWidget* m_tabs;
    PolicyForm* m_form;
    PolicyReviewView* m_review;
    PlanView* m_planView;
    ApprovalsView* m_approvals;
};

} // namespace Lattice
