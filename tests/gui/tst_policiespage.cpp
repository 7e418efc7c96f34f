#include "AgentLanePage.h"
#include "ApprovalsView.h"
#include "FixtureServerProcess.h"
#include "FollowUpView.h"
#include "MainWindow.h"
#include "PlanView.h"
#include "PoliciesPage.h"
#include "PolicyDraftStore.h"
#include "PolicyForm.h"
#include "PolicyReviewView.h"
#include "ProfileStore.h"
#include "ServerNodeModel.h"
#include "ServerPanel.h"
#include "Store.h"

#include <QAction>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Lattice;

namespace {
// tests/fixtures/data/default/lattice/tokens.json
const QString kAdminToken =
    QStringLiteral("token_releasedeskadmin.9cLfRME-znn5EmjakmIXr8e_KhUjwDvfxdB8E8YYSOw");
const QString kReadOnlyToken =
    QStringLiteral("token_nodereadonlyview.j3jyTuvQb_WnCuAcI4Izb3iBntL9HkMbpRr1FP_E_S0");
constexpr int kWaitMs = 30000;
} // namespace

// The Policies page against the fixture Lattice server: from an agent
// release asset through push, plan, approve and a simulated node to
// "applied", and the ways that path refuses or fails. The tests run without a
// keychain, so tokens are held for the session.
class TestPoliciesPage : public QObject
{
    Q_OBJECT

    Test::FixtureServerProcess m_server;
    QTemporaryDir m_dir;

    Profile profile() const
    {
        Profile p = Profile::upstream();
        p.name = QStringLiteral("Fixture");
        p.githubApiUrl = m_server.baseUrl();
        p.allowInsecureLoopback = true;
        p.servers = {{m_server.baseUrl(), QStringLiteral("Fixture Lattice"), true, {}}};
        return p;
    }

    // POST to the fixture's Lattice control API, the node's side of an update.
    QJsonObject control(const QString& endpoint, const QJsonObject& body) const
    {
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(
            QUrl(m_server.baseUrl().toString() + QStringLiteral("/_fixture/lattice/") + endpoint));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply* reply = endpoint == QLatin1String("state")
                                   ? nam.get(request)
                                   : nam.post(request, QJsonDocument(body).toJson());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status != 200)
            qWarning("control %s: HTTP %d %s", qPrintable(endpoint), status, answer.constData());
        return QJsonDocument::fromJson(answer).object();
    }

    static bool connectWithToken(PoliciesPage& page, const QString& token)
    {
        QSignalSpy refreshed(&page, &PoliciesPage::refreshed);
        page.setToken(token);
        if (!refreshed.wait(kWaitMs))
            return false;
        return refreshed.last().first().toString().isEmpty();
    }

    static QPushButton* button(QWidget* parent, const char* name)
    {
        return parent->findChild<QPushButton*>(QLatin1String(name));
    }

    static QTreeWidgetItem* assetItem(QTreeWidget* tree, const QString& tag, const QString& asset)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* release = tree->topLevelItem(i);
            if (release->text(0) != tag)
                continue;
            for (int j = 0; j < release->childCount(); ++j) {
                if (release->child(j)->text(0) == asset)
                    return release->child(j);
            }
        }
        return nullptr;
    }

    static Server::UpdatePolicy customPolicy()
    {
        Server::UpdatePolicy p;
        p.targetVersion = QStringLiteral("0.2.9");
        p.binaryUrl = QStringLiteral("https://github.com/LatticeNet/lattice-node-agent/releases/"
                                     "download/v0.2.9/lattice-agent-linux-arm64");
        p.sha256 = QString(64, QLatin1Char('b'));
        return p;
    }

    // Review and push whatever the form and the checks say.
    static bool reviewAndPush(PoliciesPage& page, bool expectSuccess)
    {
        QPushButton* review = button(page.form(), "policy-review");
        if (!review || !review->isEnabled())
            return false;
        review->click();
        QPushButton* push = button(page.review(), "review-push");
        if (!push || !push->isEnabled())
            return false;
        QSignalSpy pushed(&page, &PoliciesPage::pushFinished);
        push->click();
        if (!pushed.wait(kWaitMs))
            return false;
        return pushed.first().first().toBool() == expectSuccess;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }

    void init() { QVERIFY(m_server.reset()); }

    void fromAgentAssetToApplied()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        profiles.save(profile());
        QVERIFY(profiles.setCurrent(QStringLiteral("Fixture")));
        MainWindow window(&profiles, {});
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("flow.sqlite"))));
        window.setStore(&store);
        auto* agent = window.findChild<AgentLanePage*>();
        auto* page = window.findChild<PoliciesPage*>();
        QVERIFY(agent && page);
        page->setFollowInterval(200);

        // The Node agent lane: pick the linux binary of v0.2.9.
        QSignalSpy loaded(agent, &AgentLanePage::refreshed);
        agent->refresh();
        QVERIFY(loaded.wait(60000));
        QTreeWidgetItem* asset = assetItem(agent->releaseTree(), QStringLiteral("v0.2.9"),
                                           QStringLiteral("lattice-agent-linux-amd64"));
        QVERIFY(asset);
        const QString sumsDigest = asset->text(2);
        QCOMPARE(sumsDigest.size(), 64);
        agent->releaseTree()->setCurrentItem(asset);
        auto* create = agent->findChild<QAction*>(QStringLiteral("agent-create-policy"));
        QVERIFY(create && create->isEnabled());
        create->trigger();

        // The form is filled in custom mode.
        QCOMPARE(window.currentLane(), Lane::Policies);
        QVERIFY(!page->form()->isOfficial());
        const Server::UpdatePolicy prefilled = page->form()->policy();
        QCOMPARE(prefilled.targetVersion, QStringLiteral("0.2.9"));
        QCOMPARE(prefilled.sha256, sumsDigest);
        QCOMPARE(prefilled.binaryUrl,
                 QStringLiteral("https://github.com/LatticeNet/lattice-node-agent/releases/"
                                "download/v0.2.9/lattice-agent-linux-amd64"));

        // Connect and push to two nodes.
        QVERIFY(connectWithToken(*page, kAdminToken));
        QVERIFY(page->serverPanel()->versionText().contains(QLatin1String("v0.2.1")));
        QVERIFY(page->serverPanel()->scopesText().contains(QLatin1String("network:apply")));
        QVERIFY(page->nodeModel()->rowCount() >= 4);
        page->nodeModel()->setCheckedIds(
            {QStringLiteral("edge-fra-1"), QStringLiteral("edge-fra-2")});
        QVERIFY(page->form()->isValid());
        QVERIFY(reviewAndPush(*page, true));
        QVERIFY(page->review()->text().contains(QLatin1String("\"node_id\": \"edge-fra-2\"")));
        QVERIFY(page->draftStore()->drafts(m_server.baseUrl().toString()).isEmpty());
        QCOMPARE(page->currentStep(), PoliciesPage::Step::Plan);

        // Plan edge-fra-2 (0.2.8 → 0.2.9); the hash shown is of the exact plan.
        QSignalSpy planned(page, &PoliciesPage::planFinished);
        page->planView()->setCurrentNode(QStringLiteral("edge-fra-2"));
        page->planView()->planButton()->click();
        QVERIFY(planned.wait(kWaitMs));
        QVERIFY2(page->planView()->errorText().isEmpty(),
                 qPrintable(page->planView()->errorText()));
        const QJsonArray approvals =
            control(QStringLiteral("state"), {}).value(QStringLiteral("approvals")).toArray();
        QString plan;
        QString approvalId;
        for (const QJsonValue& v : approvals) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("node_id")).toString() == QLatin1String("edge-fra-2")) {
                plan = a.value(QStringLiteral("plan")).toString();
                approvalId = a.value(QStringLiteral("id")).toString();
            }
        }
        QVERIFY(!plan.isEmpty());
        QCOMPARE(page->planView()->planHash(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(plan.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(page->planView()->statusText().contains(QLatin1String("pending")));

        // Approve from the approvals list.
        ApprovalsView* view = page->approvalsView();
        QTRY_VERIFY_WITH_TIMEOUT(view->select(approvalId), kWaitMs);
        QVERIFY(view->approveButton()->isEnabled());
        QSignalSpy decided(page, &PoliciesPage::decisionFinished);
        view->approveButton()->click();
        QVERIFY(decided.wait(kWaitMs));
        QVERIFY2(view->messageText().contains(QLatin1String("Approved")),
                 qPrintable(view->messageText()));

        // The node installs and reports the new version.
        QTRY_VERIFY_WITH_TIMEOUT(
            view->followUp()->stageText().startsWith(QLatin1String("approved")), kWaitMs);
        control(QStringLiteral("finish-task"),
                {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                 {QStringLiteral("exit_code"), 0}});
        QTRY_VERIFY_WITH_TIMEOUT(
            view->followUp()->stageText().startsWith(QLatin1String("awaiting confirmation for")),
            kWaitMs);
        control(QStringLiteral("heartbeat"),
                {{QStringLiteral("node_id"), QStringLiteral("edge-fra-2")},
                 {QStringLiteral("agent_version"), QStringLiteral("0.2.9")}});
        QTRY_COMPARE_WITH_TIMEOUT(view->followUp()->stageText(), QStringLiteral("applied"),
                                  kWaitMs);
        QVERIFY(view->followUp()->eventCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(page->bannerText().contains(QLatin1String("applied")), kWaitMs);

        // edge-fra-1 already runs 0.2.9: "already at target", and Force plan.
        page->planView()->setCurrentNode(QStringLiteral("edge-fra-1"));
        planned.clear();
        page->planView()->planButton()->click();
        QVERIFY(planned.wait(kWaitMs));
        QVERIFY(page->planView()->errorText().startsWith(QLatin1String("agent_update_noop")));
        QVERIFY(page->planView()->statusText().contains(QLatin1String("Already at target")));
        QVERIFY(page->planView()->forceOffered());
        planned.clear();
        page->planView()->forceButton()->click();
        QVERIFY(planned.wait(kWaitMs));
        QVERIFY(page->planView()->errorText().isEmpty());
        QCOMPARE(page->planView()->planHash().size(), 64);
        QVERIFY(!page->planView()->forceOffered());
    }

    void validationIsLiveWithServerMessages()
    {
        PoliciesPage page;
        PolicyForm* form = page.form();
        Server::UpdatePolicy p = customPolicy();
        p.binaryUrl = QStringLiteral("http://example.org/lattice-agent-linux-amd64");
        form->setPolicy(p);
        QCOMPARE(form->errorText(QStringLiteral("binary_url")),
                 QStringLiteral("binary_url must be an HTTPS URL"));
        auto* path = form->findChild<QLineEdit*>(QStringLiteral("policy-install-path"));
        QVERIFY(path);
        QTest::keyClicks(path, QStringLiteral("opt/lattice-agent"));
        QCOMPARE(form->errorText(QStringLiteral("install_path")),
                 QStringLiteral("install_path must be absolute"));
        path->setText(QStringLiteral("/opt/lattice/lattice-agent"));
        QVERIFY(form->errorText(QStringLiteral("install_path")).isEmpty());
        QVERIFY(
            form->warningsText().contains(QLatin1String("/opt/lattice/node-agent/lattice-agent")));
        auto* version = form->findChild<QLineEdit*>(QStringLiteral("policy-version"));
        version->setText(QStringLiteral("v0.2.9"));
        QVERIFY(form->warningsText().contains(QLatin1String("\"v\"")));
        QVERIFY(!button(form, "policy-review")->isEnabled());
    }

    void missingScopeDisablesApprove()
    {
        PoliciesPage page;
        page.setProfile(profile());
        QVERIFY(connectWithToken(page, kReadOnlyToken));
        QPushButton* approve = page.approvalsView()->approveButton();
        QVERIFY(!approve->isEnabled());
        QVERIFY2(approve->toolTip().contains(QLatin1String("network:apply")),
                 qPrintable(approve->toolTip()));
        QVERIFY(
            button(page.form(), "policy-review")->toolTip().contains(QLatin1String("node:admin")));
        QVERIFY(page.planView()->planButton()->toolTip().contains(QLatin1String("network:plan")));
        // node:read is enough to list the nodes.
        QVERIFY(page.nodeModel()->rowCount() >= 4);
    }

    void serverErrorOnPushKeepsTheDraft()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("drafts.sqlite"))));
        PoliciesPage page;
        page.setStore(&store);
        page.setProfile(profile());
        QVERIFY(connectWithToken(page, kAdminToken));
        QString error;
        QVERIFY2(m_server.injectFault(
                     {{QStringLiteral("match"), QStringLiteral("^/api/nodes/agent-updates$")},
                      {QStringLiteral("method"), QStringLiteral("POST")},
                      {QStringLiteral("status"), 500}},
                     &error),
                 qPrintable(error));
        page.prefill(customPolicy());
        page.nodeModel()->setCheckedIds({QStringLiteral("edge-fra-2")});
        QVERIFY(reviewAndPush(page, false));
        const QString url = m_server.baseUrl().toString();
        QList<Server::PolicyDraft> drafts = page.draftStore()->drafts(url);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().nodeIds, QStringList{QStringLiteral("edge-fra-2")});
        QCOMPARE(drafts.first().policy.sha256, customPolicy().sha256);
        QVERIFY(page.bannerText().contains(QLatin1String("kept")));

        // The draft reopens, and a push that succeeds removes it.
        QVERIFY(m_server.clearFaults());
        page.prefill({});
        page.nodeModel()->clearChecks();
        auto* open = button(page.form(), "policy-open-draft");
        QVERIFY(open->isEnabled());
        open->click();
        QCOMPARE(page.form()->policy().binaryUrl, customPolicy().binaryUrl);
        QCOMPARE(page.nodeModel()->checkedIds(), QStringList{QStringLiteral("edge-fra-2")});
        QVERIFY(reviewAndPush(page, true));
        QVERIFY(page.draftStore()->drafts(url).isEmpty());
    }
};

QTEST_MAIN(TestPoliciesPage)
#include "tst_policiespage.moc"
