#include "PoliciesPage.h"

#include "ApprovalsView.h"
#include "FollowUpView.h"
#include "HttpSession.h"
#include "Lane.h"
#include "LatticeClient.h"
#include "NodePickerView.h"
#include "PlanView.h"
#include "PolicyDraftStore.h"
#include "PolicyForm.h"
#include "PolicyReviewView.h"
#include "SecretStore.h"
#include "ServerError.h"
#include "ServerNodeModel.h"
#include "ServerPanel.h"
#include "StateBanner.h"
#include "Store.h"
#include "UpdateFollower.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Lattice {

using Server::ServerError;
using Server::ServerScopes;
using Server::UpdateApproval;

namespace {
// A Secret Service prompt with nobody to answer it never returns.
constexpr int KeychainTimeoutMs = 30000;
const char kStaleCode[] = "approval_stale";
const char kKillSwitchCode[] = "task_execution_disabled";
} // namespace

PoliciesPage::PoliciesPage(QWidget* parent)
    : QWidget(parent)
    , m_secrets(new SecretStore(this))
    , m_followIntervalMs(Server::UpdateFollower::kDefaultIntervalMs)
    , m_nodeModel(new ServerNodeModel(this))
{
    setObjectName(laneId(Lane::Policies) + QStringLiteral("-page"));

    auto* title = new QLabel(laneTitle(Lane::Policies), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("policies-progress"));
    m_progress->setAccessibleName(tr("Waiting for the server"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("policies-cancel"));
    m_cancel->setToolTip(tr("Stop waiting for the server and send nothing more (Esc)"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &PoliciesPage::cancel);
    m_refresh = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Rel&oad"), this);
    m_refresh->setObjectName(QStringLiteral("policies-refresh"));
    m_refresh->setToolTip(tr("Read the server's nodes, policies and approvals again (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, &PoliciesPage::refresh);

    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_progress);
    header->addWidget(m_cancel);
    header->addWidget(m_refresh);

    m_serverPanel = new ServerPanel(this);
    m_banner = new StateBanner(this);
    m_banner->setObjectName(QStringLiteral("policies-banner"));

    m_nodePicker = new NodePickerView(m_nodeModel, this);
    m_form = new PolicyForm(this);
    m_review = new PolicyReviewView(this);
    m_planView = new PlanView(this);
    m_approvals = new ApprovalsView(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("policies-steps"));
    m_tabs->setAccessibleName(tr("Update steps"));
    m_tabs->addTab(m_form, tr("&1 Policy"));
    m_tabs->addTab(m_review, tr("&2 Review && push"));
    m_tabs->addTab(m_planView, tr("&3 Plan"));
    m_tabs->addTab(m_approvals, tr("&4 Approvals && follow-up"));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_nodePicker);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_serverPanel);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_serverPanel, &ServerPanel::serverChanged, this, [this] {
        if (m_serverPanel->currentServer() == m_connected && !m_needsConnect)
            return;
        // Nothing is sent to a server until the maintainer looks at the page.
        if (isVisible())
            connectServer();
        else
            m_needsConnect = true;
    });
    connect(m_serverPanel, &ServerPanel::tokenEntered, this, &PoliciesPage::setToken);
    connect(m_serverPanel, &ServerPanel::forgetTokenRequested, this, [this] {
        const QString key = serverKey();
        if (key.isEmpty())
            return;
        QPointer<PoliciesPage> self(this);
        m_secrets->remove(key, [self](const SecretStore::Result& r) {
            if (!self)
                return;
            if (r.status != SecretStore::Status::Ok)
                self->showBanner(
                    int(StateBanner::Tone::Error),
                    tr("The keychain could not remove the token: %1").arg(r.errorText));
            self->connectServer();
        });
    });
    connect(m_nodeModel, &ServerNodeModel::checkedChanged, this, [this] {
        QStringList ids;
        for (const Server::ServerNode& n : m_nodeModel->nodes())
            ids << n.id;
        m_form->setNodes(m_nodeModel->checkedNodes(), ids);
    });
    connect(m_form, &PolicyForm::modeChanged, m_nodeModel, &ServerNodeModel::setOfficialMode);
    connect(m_form, &PolicyForm::reviewRequested, this, &PoliciesPage::startReview);
    connect(m_form, &PolicyForm::saveDraftRequested, this, &PoliciesPage::saveDraft);
    connect(m_form, &PolicyForm::draftOpenRequested, this, &PoliciesPage::openDraft);
    connect(m_form, &PolicyForm::draftDeleteRequested, this, &PoliciesPage::deleteDraft);
    connect(m_review, &PolicyReviewView::pushRequested, this, &PoliciesPage::push);
    connect(m_review, &PolicyReviewView::backRequested, this, [this] { showStep(Step::Policy); });
    connect(m_planView, &PlanView::planRequested, this, &PoliciesPage::plan);
    connect(m_planView, &PlanView::planAllRequested, this, [this] {
        m_planQueue.clear();
        for (const Server::ServerNode& n : m_nodeModel->nodes()) {
            if (m_nodeModel->policy(n.id))
                m_planQueue << n.id;
        }
        planNext();
    });
    connect(m_planView, &PlanView::openApprovalRequested, this, [this](const QString& id) {
        showStep(Step::Approvals);
        m_approvals->select(id);
    });
    connect(m_approvals, &ApprovalsView::approveRequested, this, &PoliciesPage::approve);
    connect(m_approvals, &ApprovalsView::rejectRequested, this, &PoliciesPage::reject);
    connect(m_approvals, &ApprovalsView::dismissRequested, this, &PoliciesPage::dismiss);
    connect(m_approvals, &ApprovalsView::refreshRequested, this, [this] { loadApprovals(); });
    connect(m_approvals, &ApprovalsView::freshPlanRequested, this, [this](const QString& node) {
        m_approvals->offerFreshPlan({});
        showStep(Step::Plan);
        m_planView->setCurrentNode(node);
        plan(node, false);
    });

    m_serverPanel->setServers({});
    updateScopes();
}

PoliciesPage::~PoliciesPage()
{
    // The follower and the client call back into this page; end them first.
    stopFollowing();
    delete m_client;
    delete m_session;
}

void PoliciesPage::setProfile(const Profile& profile)
{
    m_profile = profile;
    m_hasProfile = true;
    m_serverPanel->setServers(profile.servers);
}

void PoliciesPage::setStore(Store* store)
{
    m_drafts.reset(store ? new Server::PolicyDraftStore(*store) : nullptr);
    reloadDrafts();
}

void PoliciesPage::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets;
}

void PoliciesPage::setOffline(bool offline)
{
    m_offline = offline;
}

void PoliciesPage::setFollowInterval(int ms)
{
    m_followIntervalMs = ms;
    if (m_follower)
        m_follower->setInterval(ms);
}

void PoliciesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_needsConnect && m_hasProfile)
        connectServer();
}

void PoliciesPage::refresh()
{
    if (!m_client || m_needsConnect) {
        connectServer();
        return;
    }
    m_scopes.reset();
    updateScopes();
    if (m_client->hasToken())
        loadWithToken();
    else
        loadPublic();
}

PoliciesPage::Ticket PoliciesPage::ticket()
{
    QPointer<PoliciesPage> self(this);
    const quint64 generation = m_generation;
    return [self, generation] {
        return self && self->m_generation == generation;
    };
}

void PoliciesPage::beginWork()
{
    if (m_busy++ == 0) {
        m_progress->show();
        m_cancel->show();
        m_approvals->setBusy(true);
        emit busyChanged(true);
    }
}

void PoliciesPage::endWork()
{
    if (m_busy == 0 || --m_busy > 0)
        return;
    m_progress->hide();
    m_cancel->hide();
    m_approvals->setBusy(false);
    updateScopes();
    emit busyChanged(false);
}

void PoliciesPage::cancel()
{
    const bool wasBusy = m_busy > 0 || m_follower;
    ++m_generation;
    ++m_tokenRequest;
    if (m_client)
        m_client->cancelAll();
    stopFollowing();
    m_planQueue.clear();
    m_pushing = false;
    if (m_loadsPending > 0) {
        m_loadsPending = 0;
        emit refreshed(tr("cancelled"));
    }
    if (m_busy > 0) {
        m_busy = 1;
        endWork();
    }
    if (wasBusy)
        showBanner(int(StateBanner::Tone::Warning),
                   tr("Cancelled. Requests already answered by the server have taken effect; "
                      "Reload shows where things stand."));
}

void PoliciesPage::showBanner(int tone, const QString& text)
{
    if (text.isEmpty())
        m_banner->clear();
    else
        m_banner->showMessage(StateBanner::Tone(tone), text);
}

QString PoliciesPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString PoliciesPage::serverKey() const
{
    const std::optional<ServerEndpoint> server = m_serverPanel->currentServer();
    return server ? SecretStore::serverKey(server->url) : QString();
}

void PoliciesPage::showStep(Step step)
{
    switch (step) {
    case Step::Policy:
        m_tabs->setCurrentWidget(m_form);
        break;
    case Step::Review:
        m_tabs->setCurrentWidget(m_review);
        break;
    case Step::Plan:
        m_tabs->setCurrentWidget(m_planView);
        break;
    case Step::Approvals:
        m_tabs->setCurrentWidget(m_approvals);
        break;
    }
}

PoliciesPage::Step PoliciesPage::currentStep() const
{
    QWidget* current = m_tabs->currentWidget();
    if (current == m_review)
        return Step::Review;
    if (current == m_planView)
        return Step::Plan;
    if (current == m_approvals)
        return Step::Approvals;
    return Step::Policy;
}

// --- connecting -------------------------------------------------------------

void PoliciesPage::connectServer(const std::optional<QString>& token)
{
    ++m_generation;
    ++m_tokenRequest;
    stopFollowing();
    if (m_busy > 0) {
        m_busy = 1;
        endWork();
    }
    m_loadsPending = 0;
    delete m_client;
    delete m_session;
    m_scopes.reset();
    m_needsConnect = false;
    m_connected = m_serverPanel->currentServer();
    m_serverPanel->clearServerInfo();
    m_nodeModel->setNodes({});
    m_nodeModel->setPolicies({});
    m_planView->setNodes({});
    m_approvals->setApprovals({});
    showBanner(0, {});
    reloadDrafts();
    updateScopes();
    if (!m_connected)
        return;
    if (m_offline) {
        m_serverPanel->showTokenState(tr("Offline mode: the server is not contacted."));
        return;
    }

    m_session = new Net::HttpSession(this);
    if (!m_connected->caFile.isEmpty()) {
        QString error;
        if (!m_session->addCaFile(m_connected->caFile, &error))
            showBanner(int(StateBanner::Tone::Error),
                       tr("The CA bundle %1 of this server could not be used: %2")
                           .arg(m_connected->caFile, error));
    }
    m_client = new Server::LatticeClient(m_session, m_connected->url,
                                         m_connected->allowInsecureLoopback, this);
    connect(m_client, &Server::LatticeClient::requestFinished, this,
            [this](const QString& path, int status, const QString& requestId) {
                emit statusMessage(
                    tr("%1: HTTP %2, request %3").arg(path).arg(status).arg(requestId));
            });

    if (token) {
        m_client->setToken(*token);
        loadWithToken();
        return;
    }
    const quint64 request = ++m_tokenRequest;
    QPointer<PoliciesPage> self(this);
    m_serverPanel->showTokenState(tr("Reading the token from the keychain…"));
    m_secrets->read(serverKey(), [self, request](const SecretStore::Result& r) {
        if (!self || request != self->m_tokenRequest || !self->m_client)
            return;
        ++self->m_tokenRequest;
        if (r.status == SecretStore::Status::Ok && !r.secret.isEmpty()) {
            self->m_serverPanel->showTokenState(
                r.sessionOnly ? tr("Token held for this session only (no keychain).")
                              : tr("Token from the keychain."));
            self->m_client->setToken(r.secret);
            self->loadWithToken();
            return;
        }
        if (r.status == SecretStore::Status::NotFound || r.status == SecretStore::Status::Ok)
            self->m_serverPanel->showTokenState(
                tr("No token stored for this server: Set token… to manage policies."));
        else
            self->m_serverPanel->showTokenState(
                tr("The keychain could not be read (%1); Set token… keeps one for this session.")
                    .arg(r.errorText));
        self->loadPublic();
    });
    QTimer::singleShot(KeychainTimeoutMs, this, [this, request] {
        if (request != m_tokenRequest)
            return;
        ++m_tokenRequest;
        m_serverPanel->showTokenState(tr("The keychain did not answer within 30 seconds; unlock "
                                         "it and Reload, or Set token… for this session."));
        loadPublic();
    });
}

void PoliciesPage::setToken(const QString& token)
{
    const QString key = serverKey();
    if (key.isEmpty() || token.isEmpty())
        return;
    QPointer<PoliciesPage> self(this);
    m_serverPanel->showTokenState(tr("Storing the token in the keychain…"));
    m_secrets->write(key, token, [self, key, token](const SecretStore::Result& r) {
        if (!self)
            return;
        if (r.status != SecretStore::Status::Ok) {
            // No plain-text fallback: without a keychain the token lives in
            // this process only.
            self->m_secrets->holdForSession(key, token);
            self->connectServer(token);
            self->m_serverPanel->showTokenState(
                r.status == SecretStore::Status::NoBackend
                    ? tr("No keychain available: the token is held for this session only.")
                    : tr("The keychain refused the token (%1): it is held for this session "
                         "only.")
                          .arg(r.errorText));
            return;
        }
        self->connectServer(token);
        self->m_serverPanel->showTokenState(tr("Token stored in the keychain."));
    });
}

void PoliciesPage::loadStep(const ServerError& error)
{
    if (error && m_loadError.isEmpty())
        m_loadError = error.describe();
    if (m_loadsPending > 0 && --m_loadsPending == 0) {
        if (!m_loadError.isEmpty())
            showBanner(int(StateBanner::Tone::Error),
                       tr("The server answered with an error: %1").arg(m_loadError));
        emit refreshed(m_loadError);
    }
}

void PoliciesPage::loadPublic()
{
    if (!m_client)
        return;
    m_loadError.clear();
    m_loadsPending = 2;
    const Ticket live = ticket();
    beginWork();
    m_client->version([this, live](const Server::ServerVersion& v, const ServerError& e) {
        if (!live())
            return;
        endWork();
        m_serverPanel->showVersion(v, e);
        loadStep(e);
    });
    beginWork();
    m_client->health([this, live](const ServerError& e) {
        if (!live())
            return;
        endWork();
        m_serverPanel->showHealth(e);
        loadStep(e);
    });
}

void PoliciesPage::loadWithToken()
{
    loadPublic();
    if (!m_client)
        return;
    m_loadsPending += 4;
    const Ticket live = ticket();
    beginWork();
    m_client->me([this, live](const Server::TokenIdentity& identity, const ServerError& e) {
        if (!live())
            return;
        endWork();
        m_serverPanel->showIdentity(identity, e);
        if (e)
            m_scopes.reset();
        else
            m_scopes = ServerScopes(identity.scopes, identity.serverAllowlist);
        updateScopes();
        loadStep(e);
    });
    loadNodes(true);
    loadPolicies(true);
    loadApprovals({}, true);
}

void PoliciesPage::loadNodes(bool counted)
{
    const Ticket live = ticket();
    beginWork();
    m_nodePicker->showState(tr("Reading the nodes…"));
    m_client->nodes(
        [this, live, counted](const QList<Server::ServerNode>& nodes, const ServerError& e) {
            if (!live())
                return;
            endWork();
            if (e) {
                m_nodePicker->showState(tr("The nodes could not be read: %1").arg(e.describe()));
            } else {
                m_nodePicker->showState(nodes.isEmpty() ? tr("The server lists no nodes this token "
                                                             "may see.")
                                                        : QString());
                m_nodeModel->setNodes(nodes);
                QStringList ids;
                for (const Server::ServerNode& n : nodes)
                    ids << n.id;
                m_form->setNodes(m_nodeModel->checkedNodes(), ids);
            }
            if (counted)
                loadStep(e);
        });
}

void PoliciesPage::loadPolicies(bool counted)
{
    const Ticket live = ticket();
    beginWork();
    m_client->policies(
        [this, live, counted](const QList<Server::UpdatePolicy>& policies, const ServerError& e) {
            if (!live())
                return;
            endWork();
            if (!e) {
                m_nodeModel->setPolicies(policies);
                QStringList ids;
                for (const Server::UpdatePolicy& p : policies)
                    ids << p.nodeId;
                m_planView->setNodes(ids);
            }
            if (counted)
                loadStep(e);
        });
}

void PoliciesPage::loadApprovals(const QString& select, bool counted)
{
    if (!m_client)
        return;
    const Ticket live = ticket();
    beginWork();
    m_client->approvals(m_approvals->includeDismissed(), [this, live, select, counted](
                                                             const QList<UpdateApproval>& approvals,
                                                             const ServerError& e) {
        if (!live())
            return;
        endWork();
        if (e) {
            m_approvals->showMessage(int(StateBanner::Tone::Error),
                                     tr("The approvals could not be read: %1").arg(e.describe()));
        } else {
            m_approvals->setApprovals(approvals);
            if (!select.isEmpty())
                m_approvals->select(select);
        }
        if (counted)
            loadStep(e);
        emit approvalsLoaded();
    });
}

void PoliciesPage::updateScopes()
{
    const bool connected = m_client && m_client->hasToken() && m_scopes.has_value();
    const ServerScopes scopes = m_scopes.value_or(ServerScopes());
    const auto missing = [&](ServerScopes::Action action) {
        return connected ? scopes.missing(action) : QStringList();
    };
    m_form->setPushScopes(missing(ServerScopes::Action::PushPolicy), connected);
    m_review->setPushAllowed(missing(ServerScopes::Action::PushPolicy), connected && !m_pushing,
                             m_pushing ? tr("Pushing…")
                                       : tr("Connect to a server with a token first"));
    m_planView->setPlanAllowed(missing(ServerScopes::Action::Plan), connected);
    m_approvals->setScopes(missing(ServerScopes::Action::Approve),
                           missing(ServerScopes::Action::Plan), connected);
    m_refresh->setEnabled(m_connected.has_value() && !m_offline);
}

// --- drafts -----------------------------------------------------------------

void PoliciesPage::reloadDrafts()
{
    const std::optional<ServerEndpoint> server = m_serverPanel->currentServer();
    m_form->setDrafts(m_drafts && server ? m_drafts->drafts(server->url.toString())
                                         : QList<Server::PolicyDraft>());
}

void PoliciesPage::saveDraft()
{
    const std::optional<ServerEndpoint> server = m_serverPanel->currentServer();
    if (!m_drafts || !server) {
        showBanner(int(StateBanner::Tone::Warning),
                   tr("Drafts cannot be saved: the local store is not open."));
        return;
    }
    Server::PolicyDraft draft;
    draft.id = m_form->currentDraftId();
    draft.serverUrl = server->url.toString();
    draft.nodeIds = m_nodeModel->checkedIds();
    draft.policy = m_form->policy();
    draft.updatedAt = QDateTime::currentDateTimeUtc();
    QString error;
    const std::optional<qint64> id = m_drafts->save(draft, &error);
    if (!id) {
        showBanner(int(StateBanner::Tone::Error), tr("The draft was not saved: %1").arg(error));
        return;
    }
    m_form->setCurrentDraftId(*id);
    reloadDrafts();
    showBanner(int(StateBanner::Tone::Good), tr("Draft #%1 saved.").arg(*id));
}

void PoliciesPage::openDraft(qint64 id)
{
    if (!m_drafts)
        return;
    const std::optional<Server::PolicyDraft> draft = m_drafts->draft(id);
    if (!draft)
        return;
    m_form->setPolicy(draft->policy);
    m_nodeModel->setCheckedIds(draft->nodeIds);
    m_form->setCurrentDraftId(id);
    showStep(Step::Policy);
    const QStringList missing = [&] {
        QStringList out;
        for (const QString& node : draft->nodeIds) {
            if (!m_nodeModel->node(node))
                out << node;
        }
        return out;
    }();
    showBanner(int(missing.isEmpty() ? StateBanner::Tone::Info : StateBanner::Tone::Warning),
               missing.isEmpty() ? tr("Draft #%1 opened.").arg(id)
                                 : tr("Draft #%1 opened; the server no longer lists %2.")
                                       .arg(id)
                                       .arg(missing.join(QStringLiteral(", "))));
}

void PoliciesPage::deleteDraft(qint64 id)
{
    if (!m_drafts)
        return;
    QString error;
    if (!m_drafts->remove(id, &error)) {
        showBanner(int(StateBanner::Tone::Error), tr("The draft was not removed: %1").arg(error));
        return;
    }
    if (m_form->currentDraftId() == id)
        m_form->setCurrentDraftId(0);
    reloadDrafts();
}

void PoliciesPage::prefill(const Server::UpdatePolicy& policy)
{
    m_form->setPolicy(policy);
    m_form->setCurrentDraftId(0);
    showStep(Step::Policy);
    const QString what =
        policy.mode() == Server::UpdatePolicy::Mode::Custom
            ? tr("custom artifact %1, version %2").arg(policy.binaryUrl, policy.targetVersion)
            : tr("official release %1").arg(policy.targetVersion);
    showBanner(int(StateBanner::Tone::Info),
               tr("Filled from the Node agent lane: %1. Check the nodes it applies to, then "
                  "Review.")
                   .arg(what));
}

// --- push -------------------------------------------------------------------

void PoliciesPage::startReview()
{
    QList<PolicyReviewView::Entry> entries;
    Server::UpdatePolicy proposed = m_form->policy();
    for (const QString& id : m_nodeModel->checkedIds()) {
        proposed.nodeId = id;
        entries.append({proposed, m_nodeModel->policy(id)});
    }
    m_review->setEntries(entries);
    updateScopes();
    showStep(Step::Review);
}

void PoliciesPage::push()
{
    const QList<PolicyReviewView::Entry> entries = m_review->entries();
    const std::optional<ServerEndpoint> server = m_serverPanel->currentServer();
    if (m_pushing || entries.isEmpty() || !m_client || !server)
        return;

    // The draft is on disk before the first request leaves, so a crash or a
    // failed push never loses what was typed.
    qint64 draftId = 0;
    QString draftNote;
    if (m_drafts) {
        Server::PolicyDraft draft;
        draft.id = m_form->currentDraftId();
        draft.serverUrl = server->url.toString();
        for (const PolicyReviewView::Entry& e : entries)
            draft.nodeIds << e.proposed.nodeId;
        draft.policy = entries.first().proposed;
        draft.policy.nodeId.clear();
        draft.updatedAt = QDateTime::currentDateTimeUtc();
        QString error;
        const std::optional<qint64> id = m_drafts->save(draft, &error);
        if (!id) {
            m_review->showResult(
                tr("Not pushed: the draft could not be saved first (%1).").arg(error), true);
            return;
        }
        draftId = *id;
        m_form->setCurrentDraftId(draftId);
        reloadDrafts();
    } else {
        draftNote = tr("The local store is not open, so no draft was kept.");
    }

    m_pushing = true;
    updateScopes();
    m_review->showResult(tr("Pushing…"), false);
    struct Outcome
    {
        int remaining = 0;
        QStringList failures;
        QStringList pushed;
    };
    auto outcome = std::make_shared<Outcome>();
    outcome->remaining = int(entries.size());
    const Ticket live = ticket();
    for (const PolicyReviewView::Entry& entry : entries) {
        const QString nodeId = entry.proposed.nodeId;
        beginWork();
        m_client->pushPolicy(entry.proposed, [this, live, outcome, nodeId, draftId,
                                              draftNote](const Server::UpdatePolicy&,
                                                         const ServerError& e) {
            if (!live())
                return;
            endWork();
            if (e)
                outcome->failures << tr("%1: %2").arg(nodeId, e.describe());
            else
                outcome->pushed << nodeId;
            if (--outcome->remaining > 0)
                return;
            m_pushing = false;
            const bool ok = outcome->failures.isEmpty();
            if (ok) {
                QString removeError;
                if (draftId && m_drafts && !m_drafts->remove(draftId, &removeError))
                    showBanner(
                        int(StateBanner::Tone::Warning),
                        tr("Pushed, but the draft could not be removed: %1").arg(removeError));
                m_form->setCurrentDraftId(0);
                reloadDrafts();
                m_review->showResult(
                    tr("Pushed to %n node(s).", nullptr, int(outcome->pushed.size())) +
                        (draftNote.isEmpty() ? QString() : QLatin1Char(' ') + draftNote),
                    false);
                showBanner(int(StateBanner::Tone::Good),
                           tr("Policy pushed to %1. Next: plan the update.")
                               .arg(outcome->pushed.join(QStringLiteral(", "))));
            } else {
                const QString kept = draftId ? tr("Draft #%1 is kept; fix the cause and push "
                                                  "again.")
                                                   .arg(draftId)
                                             : draftNote;
                m_review->showResult(
                    tr("Pushed to %n node(s); failed:", nullptr, int(outcome->pushed.size())) +
                        QLatin1Char('\n') + outcome->failures.join(QLatin1Char('\n')) +
                        QLatin1Char('\n') + kept,
                    true);
                showBanner(int(StateBanner::Tone::Error), tr("The push failed for %n node(s). %1",
                                                             nullptr, int(outcome->failures.size()))
                                                              .arg(kept));
            }
            updateScopes();
            loadPolicies();
            if (!outcome->pushed.isEmpty()) {
                m_planView->setCurrentNode(outcome->pushed.first());
                if (ok)
                    showStep(Step::Plan);
            }
            emit pushFinished(ok);
        });
    }
}

// --- plan -------------------------------------------------------------------

void PoliciesPage::plan(const QString& nodeId, bool force)
{
    if (!m_client || nodeId.isEmpty())
        return;
    m_planView->showPlanning(nodeId);
    const Ticket live = ticket();
    beginWork();
    m_client->plan(nodeId, force,
                   [this, live, nodeId](const UpdateApproval& approval, const ServerError& e) {
                       if (!live())
                           return;
                       endWork();
                       if (e) {
                           m_planView->showError(nodeId, e);
                       } else {
                           m_planView->showApproval(nodeId, approval);
                           loadApprovals(approval.id);
                       }
                       emit planFinished(nodeId);
                       planNext();
                   });
}

void PoliciesPage::planNext()
{
    if (m_planQueue.isEmpty())
        return;
    const QString next = m_planQueue.takeFirst();
    m_planView->setCurrentNode(next);
    plan(next, false);
}

// --- decisions --------------------------------------------------------------

void PoliciesPage::approve(const UpdateApproval& approval)
{
    if (!m_client)
        return;
    // The hash of the plan text as shown to the maintainer; the server
    // refuses with approval_stale if the plan changed since.
    const QString hash = Server::PlanText::sha256(approval.plan);
    const Ticket live = ticket();
    beginWork();
    m_approvals->showMessage(int(StateBanner::Tone::Busy), tr("Approving %1…").arg(approval.id));
    m_client->approve(
        approval.id, hash,
        [this, live, approval](const UpdateApproval& result, const ServerError& e) {
            if (!live())
                return;
            endWork();
            if (e) {
                if (e.code == QLatin1String(kStaleCode)) {
                    m_approvals->showMessage(
                        int(StateBanner::Tone::Error),
                        tr("The plan is stale, so the server rejected this approval: %1. Create a "
                           "fresh plan and review it again.")
                            .arg(e.describe()));
                    m_approvals->offerFreshPlan(approval.nodeId);
                } else if (e.code == QLatin1String(kKillSwitchCode)) {
                    m_approvals->showMessage(
                        int(StateBanner::Tone::Error),
                        tr("Task execution is disabled on the server (fleet kill switch); nothing "
                           "was approved: %1")
                            .arg(e.describe()));
                } else {
                    m_approvals->showMessage(int(StateBanner::Tone::Error),
                                             tr("Not approved: %1").arg(e.describe()));
                }
            } else if (result.status != UpdateApproval::Status::Approved) {
                // The server answers 200 for an approval that was not pending and
                // leaves it as it was.
                m_approvals->showMessage(
                    int(StateBanner::Tone::Warning),
                    tr("The server answered, but the approval is %1, not approved%2.")
                        .arg(result.statusText, result.reason.isEmpty()
                                                    ? QString()
                                                    : QStringLiteral(": ") + result.reason));
            } else {
                m_approvals->showMessage(
                    int(StateBanner::Tone::Good),
                    tr("Approved; the install task is queued for %1.").arg(result.nodeId));
                follow(result);
            }
            loadApprovals(approval.id);
            emit decisionFinished(approval.id);
        });
}

void PoliciesPage::reject(const QString& approvalId)
{
    if (!m_client)
        return;
    const Ticket live = ticket();
    beginWork();
    m_client->reject(approvalId, [this, live, approvalId](const UpdateApproval& result,
                                                          const ServerError& e) {
        if (!live())
            return;
        endWork();
        if (e)
            m_approvals->showMessage(int(StateBanner::Tone::Error),
                                     tr("Not rejected: %1").arg(e.describe()));
        else if (result.status != UpdateApproval::Status::Rejected)
            m_approvals->showMessage(int(StateBanner::Tone::Warning),
                                     tr("The server answered, but the approval is %1: only pending "
                                        "approvals can be rejected.")
                                         .arg(result.statusText));
        else
            m_approvals->showMessage(int(StateBanner::Tone::Good), tr("Rejected."));
        loadApprovals(approvalId);
        emit decisionFinished(approvalId);
    });
}

void PoliciesPage::dismiss(const QString& approvalId)
{
    if (!m_client)
        return;
    const Ticket live = ticket();
    beginWork();
    m_client->dismiss(
        approvalId, [this, live, approvalId](const UpdateApproval&, const ServerError& e) {
            if (!live())
                return;
            endWork();
            if (e && e.code == QLatin1String(kStaleCode))
                // The same code with the opposite meaning: the row is not stale.
                m_approvals->showMessage(int(StateBanner::Tone::Error),
                                         tr("Not dismissed: the approval is not stale; reject or "
                                            "approve it. %1")
                                             .arg(e.describe()));
            else if (e)
                m_approvals->showMessage(int(StateBanner::Tone::Error),
                                         tr("Not dismissed: %1").arg(e.describe()));
            else
                m_approvals->showMessage(int(StateBanner::Tone::Good), tr("Dismissed."));
            loadApprovals();
            emit decisionFinished(approvalId);
        });
}

// --- follow-up --------------------------------------------------------------

void PoliciesPage::follow(const UpdateApproval& approval)
{
    stopFollowing();
    FollowUpView* view = m_approvals->followUp();
    view->start(approval.id, approval.nodeId);
    m_follower = new Server::UpdateFollower(m_client, approval.id, approval.nodeId, this);
    m_follower->setInterval(m_followIntervalMs);
    Server::UpdateFollower* follower = m_follower;
    connect(follower, &Server::UpdateFollower::updated, this,
            [this, follower, view](Server::UpdateStage stage) {
                view->showStage(stage, follower->approval(), follower->policy(),
                                follower->events());
                emit followUpdated(stage);
            });
    connect(follower, &Server::UpdateFollower::finished, this,
            [this, follower](Server::UpdateStage stage) {
                if (stage == Server::UpdateStage::Applied)
                    showBanner(int(StateBanner::Tone::Good),
                               tr("%1 reports the new version: the update is applied.")
                                   .arg(follower->approval().nodeId));
                loadApprovals(follower->approval().id);
                loadNodes();
                loadPolicies();
            });
    connect(follower, &Server::UpdateFollower::pollFailed, view, &FollowUpView::showProblem);
    follower->start();
}

void PoliciesPage::stopFollowing()
{
    if (!m_follower)
        return;
    m_follower->stop();
    m_approvals->followUp()->stop(tr("Following stopped; Reload shows the current state."));
    delete m_follower;
}

} // namespace Lattice
