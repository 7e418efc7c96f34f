#include "FixtureServerProcess.h"
#include "HttpSession.h"
#include "LatticeClient.h"
#include "PolicyDraftStore.h"
#include "Store.h"
#include "UpdateFollower.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lattice::Server;

namespace {

constexpr char kAdmin[] = "token_releasedeskadmin.9cLfRME-znn5EmjakmIXr8e_KhUjwDvfxdB8E8YYSOw";
constexpr char kReadOnly[] = "token_nodereadonlyview.j3jyTuvQb_WnCuAcI4Izb3iBntL9HkMbpRr1FP_E_S0";

// Waits for one callback of the asynchronous client.
template <typename T> struct Outcome
{
    T value{};
    ServerError error;
    bool done = false;

    auto callback()
    {
        return [this](const T& v, const ServerError& e) {
            value = v;
            error = e;
            done = true;
        };
    }
    bool wait(int ms = 60000)
    {
        return QTest::qWaitFor([this] { return done; }, ms);
    }
};

} // namespace

// The client and the policy workflow against the fixture Lattice server,
// which implements the server's contract (tests/fixtures/README.md): every
// flow here is one a maintainer runs from the Policies page or the CLI.
class TestLatticeClient : public QObject
{
    Q_OBJECT

    Lattice::Test::FixtureServerProcess m_server;
    std::unique_ptr<Lattice::Net::HttpSession> m_session;
    std::unique_ptr<LatticeClient> m_client;

    LatticeClient& client(const char* token = kAdmin)
    {
        m_session = std::make_unique<Lattice::Net::HttpSession>();
        m_session->setRetryDelays(50, 400);
        m_client = std::make_unique<LatticeClient>(m_session.get(), m_server.baseUrl(), true);
        m_client->setToken(QString::fromLatin1(token));
        return *m_client;
    }

    static UpdatePolicy customPolicy(const QString& node)
    {
        UpdatePolicy p;
        p.nodeId = node;
        p.targetVersion = QStringLiteral("0.3.0");
        p.binaryUrl = QStringLiteral("https://github.com/LatticeNet/lattice-node-agent/releases/"
                                     "download/v0.3.0/lattice-agent-linux-amd64");
        p.sha256 = QString(64, QLatin1Char('a'));
        return p;
    }

    UpdatePolicy push(const UpdatePolicy& policy)
    {
        Outcome<UpdatePolicy> pushed;
        m_client->pushPolicy(policy, pushed.callback());
        if (!pushed.wait() || pushed.error)
            qWarning() << "push failed:" << pushed.error.describe();
        return pushed.value;
    }

    Outcome<UpdateApproval> plan(const QString& node, bool force = false)
    {
        Outcome<UpdateApproval> planned;
        m_client->plan(node, force, planned.callback());
        planned.wait();
        return planned;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }

    void init() { QVERIFY(m_server.reset()); }

    void versionAndIdentity()
    {
        LatticeClient& c = client();
        Outcome<ServerVersion> version;
        c.version(version.callback());
        QVERIFY(version.wait());
        QVERIFY(!version.error);
        QVERIFY(version.value.present);
        QCOMPARE(version.value.serverCommit,
                 QStringLiteral("993e56759a7435aed06a5d3d7710848bb449eed8"));

        Outcome<TokenIdentity> me;
        c.me(me.callback());
        QVERIFY(me.wait());
        QCOMPARE(me.value.username, QStringLiteral("mira"));
        QVERIFY(me.value.scopes.contains(QStringLiteral("network:apply")));

        // The token went out as "Bearer <token>", exactly.
        bool sawBearer = false;
        for (const QJsonValue& r : m_server.requests()) {
            if (r[QStringLiteral("path")].toString() == QLatin1String("/api/me"))
                sawBearer =
                    r[QStringLiteral("headers")][QStringLiteral("authorization")].toString() ==
                    QLatin1String("Bearer ") + QLatin1String(kAdmin);
        }
        QVERIFY(sawBearer);
    }

    void badTokenIsAnEnvelopeError()
    {
        LatticeClient& c = client("token_aaaaaaaaaaaaaaaa.nope");
        Outcome<TokenIdentity> me;
        c.me(me.callback());
        QVERIFY(me.wait());
        QCOMPARE(me.error.status, 401);
        QCOMPARE(me.error.code, QStringLiteral("unauthorized"));
        QCOMPARE(me.error.message, QStringLiteral("invalid bearer token"));
        QVERIFY(me.error.requestId.startsWith(QLatin1String("req_")));
    }

    void pushPlanApproveFollowToApplied()
    {
        LatticeClient& c = client();
        // One policy for two nodes, as the form sends it: one POST per node.
        for (const QString& node : {QStringLiteral("edge-fra-1"), QStringLiteral("core-ams-1")}) {
            const UpdatePolicy stored = push(customPolicy(node));
            QCOMPARE(stored.nodeId, node);
            QCOMPARE(stored.installPath, QStringLiteral("/opt/lattice/node-agent/lattice-agent"));
        }
        Outcome<QList<UpdatePolicy>> listed;
        c.policies(listed.callback());
        QVERIFY(listed.wait());
        QCOMPARE(listed.value.size(), 2);
        // The POST answered with stale timestamps; the GET has real ones.
        QVERIFY(listed.value.first().updatedAt.isValid());

        const Outcome<UpdateApproval> planned = plan(QStringLiteral("edge-fra-1"));
        QVERIFY2(!planned.error, qPrintable(planned.error.describe()));
        const UpdateApproval approval = planned.value;
        QCOMPARE(approval.status, UpdateApproval::Status::Pending);
        QCOMPARE(PlanText::field(approval.plan, QStringLiteral("target_version")),
                 QStringLiteral("0.3.0"));
        QCOMPARE(PlanText::field(approval.plan, QStringLiteral("current_version")),
                 QStringLiteral("0.2.9"));
        QVERIFY(approval.plan.endsWith(QLatin1Char('\n')));

        // Planning the same payload again returns the same approval (dedup).
        QCOMPARE(plan(QStringLiteral("edge-fra-1")).value.id, approval.id);

        Outcome<UpdateApproval> approved;
        c.approve(approval.id, PlanText::sha256(approval.plan), approved.callback());
        QVERIFY(approved.wait());
        QVERIFY2(!approved.error, qPrintable(approved.error.describe()));
        QCOMPARE(approved.value.status, UpdateApproval::Status::Approved);
        QVERIFY(m_server.requests().last()[QStringLiteral("body")].toString().contains(
            QLatin1String("\"queue_apply\":true")));

        UpdateFollower follower(&c, approval.id, QStringLiteral("edge-fra-1"));
        follower.setInterval(100);
        QSignalSpy finished(&follower, &UpdateFollower::finished);
        follower.start();
        QVERIFY(QTest::qWaitFor([&] { return follower.stage() == UpdateStage::Approved; }, 10000));

        QString error;
        QVERIFY2(m_server.postControl(QStringLiteral("lattice/finish-task"),
                                      {{QStringLiteral("node_id"), QStringLiteral("edge-fra-1")},
                                       {QStringLiteral("exit_code"), 0}},
                                      nullptr, &error),
                 qPrintable(error));
        QVERIFY(QTest::qWaitFor(
            [&] { return follower.stage() == UpdateStage::AwaitingConfirmation; }, 10000));
        QVERIFY(finished.isEmpty());

        QVERIFY2(m_server.postControl(QStringLiteral("lattice/heartbeat"),
                                      {{QStringLiteral("node_id"), QStringLiteral("edge-fra-1")},
                                       {QStringLiteral("agent_version"), QStringLiteral("0.3.0")}},
                                      nullptr, &error),
                 qPrintable(error));
        QVERIFY(finished.wait(10000));
        QCOMPARE(follower.stage(), UpdateStage::Applied);
        QVERIFY(follower.policy().has_value());
        QCOMPARE(follower.policy()->lastAppliedVersion, QStringLiteral("0.3.0"));
        QStringList actions;
        for (const QJsonValue& e : follower.events())
            actions.append(e[QStringLiteral("action")].toString());
        QVERIFY2(actions.contains(QStringLiteral("agent.update.applied")),
                 qPrintable(actions.join(QLatin1Char(','))));
        QVERIFY(actions.contains(QStringLiteral("agent.update.plan")));
    }

    void noopThenForce()
    {
        LatticeClient& c = client();
        UpdatePolicy p;
        p.nodeId = QStringLiteral("edge-fra-1"); // reports 0.2.9
        p.targetVersion = QStringLiteral("v0.2.9");
        QCOMPARE(push(p).targetVersion, QStringLiteral("0.2.9"));
        const Outcome<UpdateApproval> noop = plan(QStringLiteral("edge-fra-1"));
        QCOMPARE(noop.error.status, 409);
        QCOMPARE(noop.error.code, QStringLiteral("agent_update_noop"));

        // The server marked the policy satisfied as a side effect.
        Outcome<QList<UpdatePolicy>> listed;
        c.policies(listed.callback());
        QVERIFY(listed.wait());
        QCOMPARE(listed.value.first().lastAppliedVersion, QStringLiteral("0.2.9"));

        const Outcome<UpdateApproval> forced = plan(QStringLiteral("edge-fra-1"), true);
        QVERIFY2(!forced.error, qPrintable(forced.error.describe()));
        QCOMPARE(forced.value.status, UpdateApproval::Status::Pending);
    }

    void policyEditMakesThePlanStale()
    {
        LatticeClient& c = client();
        push(customPolicy(QStringLiteral("edge-fra-1")));
        const UpdateApproval planned = plan(QStringLiteral("edge-fra-1")).value;
        QVERIFY(!planned.id.isEmpty());

        UpdatePolicy edited = customPolicy(QStringLiteral("edge-fra-1"));
        edited.sha256 = QString(64, QLatin1Char('b'));
        push(edited);

        Outcome<UpdateApproval> approved;
        c.approve(planned.id, PlanText::sha256(planned.plan), approved.callback());
        QVERIFY(approved.wait());
        // The edit auto-rejected the approval: approve answers 200 with the
        // row unchanged, and only the status tells.
        QVERIFY2(!approved.error, qPrintable(approved.error.describe()));
        QCOMPARE(approved.value.status, UpdateApproval::Status::Rejected);
        QVERIFY(approved.value.stale);
        QCOMPARE(approved.value.staleCode, QStringLiteral("agent_update_policy_changed"));

        Outcome<UpdateApproval> dismissed;
        c.dismiss(planned.id, dismissed.callback());
        QVERIFY(dismissed.wait());
        QCOMPARE(dismissed.value.status, UpdateApproval::Status::Dismissed);
    }

    void wrongHashIsStale()
    {
        LatticeClient& c = client();
        push(customPolicy(QStringLiteral("edge-fra-1")));
        const UpdateApproval planned = plan(QStringLiteral("edge-fra-1")).value;
        Outcome<UpdateApproval> approved;
        c.approve(planned.id, PlanText::sha256(planned.plan.trimmed()), approved.callback());
        QVERIFY(approved.wait());
        QCOMPARE(approved.error.status, 409);
        QCOMPARE(approved.error.code, QStringLiteral("approval_stale"));
        QCOMPARE(approved.error.message,
                 QStringLiteral("plan changed since review; re-review before approving"));
    }

    void killSwitchRefusesToQueue()
    {
        QVERIFY(m_server.postControl(QStringLiteral("lattice/config"),
                                     {{QStringLiteral("task_execution_disabled"), true}}));
        LatticeClient& c = client();
        Outcome<ServerVersion> version;
        c.version(version.callback());
        QVERIFY(version.wait());
        QVERIFY(version.value.taskExecutionDisabled);

        push(customPolicy(QStringLiteral("edge-fra-1")));
        const UpdateApproval planned = plan(QStringLiteral("edge-fra-1")).value;
        Outcome<UpdateApproval> approved;
        c.approve(planned.id, PlanText::sha256(planned.plan), approved.callback());
        QVERIFY(approved.wait());
        QCOMPARE(approved.error.status, 409);
        QCOMPARE(approved.error.code, QStringLiteral("task_execution_disabled"));
        // Nothing was approved: the row is still pending for when the switch is off.
        Outcome<UpdateApproval> row;
        c.approval(planned.id, row.callback());
        QVERIFY(row.wait());
        QCOMPARE(row.value.status, UpdateApproval::Status::Pending);
    }

    void missingScopeIsCapabilityDenied()
    {
        client(kReadOnly);
        UpdatePolicy p;
        p.nodeId = QStringLiteral("edge-fra-1");
        Outcome<UpdatePolicy> pushed;
        m_client->pushPolicy(p, pushed.callback());
        QVERIFY(pushed.wait());
        QCOMPARE(pushed.error.status, 403);
        QCOMPARE(pushed.error.code, QStringLiteral("capability_denied"));
    }

    void rateLimitIsBackedOffAndPaced()
    {
        // A tight bucket on the server: the client's own pacing keeps it
        // under, and a 429 that still happens is retried after a pause.
        QVERIFY(m_server.postControl(
            QStringLiteral("lattice/config"),
            {{QStringLiteral("rate_per_second"), 4}, {QStringLiteral("burst"), 2}}));
        LatticeClient& c = client();
        // The real client waits 1 s, 2 s, 4 s; a quarter of that is enough
        // for a bucket refilling at 4/s.
        m_session->setRetryDelays(250, 2000);
        c.setRate(1000, 1000); // no pacing: let the server refuse
        int answered = 0;
        int refused = 0;
        for (int i = 0; i < 6; ++i) {
            c.nodes([&](const QList<ServerNode>&, const ServerError& e) {
                ++answered;
                if (e.code == QLatin1String("rate_limited"))
                    ++refused;
            });
        }
        QVERIFY(QTest::qWaitFor([&] { return answered == 6; }, 60000));
        QCOMPARE(refused, 0); // every 429 was retried to success
        int limited = 0;
        for (const QJsonValue& r : m_server.requests()) {
            if (r[QStringLiteral("status")].toInt() == 429)
                ++limited;
        }
        QVERIFY2(limited > 0, "the server never said 429: the test proves nothing");

        // Paced below the bucket, the same burst meets no 429 at all.
        QVERIFY(m_server.clearRequests());
        QTest::qWait(1000); // let the server's bucket refill
        c.setRate(3, 1);
        answered = 0;
        for (int i = 0; i < 4; ++i)
            c.nodes([&](const QList<ServerNode>&, const ServerError&) { ++answered; });
        QVERIFY(QTest::qWaitFor([&] { return answered == 4; }, 60000));
        for (const QJsonValue& r : m_server.requests())
            QVERIFY(r[QStringLiteral("status")].toInt() != 429);
    }

    void serverErrorKeepsTheDraft()
    {
        QTemporaryDir dir;
        Lattice::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("desk.sqlite"))));
        PolicyDraftStore drafts(store);
        PolicyDraft draft;
        draft.serverUrl = m_server.baseUrl().toString();
        draft.nodeIds = {QStringLiteral("edge-fra-1"), QStringLiteral("edge-fra-2")};
        draft.policy = customPolicy(QString());
        const auto id = drafts.save(draft);
        QVERIFY(id);

        QVERIFY(m_server.injectFault(
            {{QStringLiteral("match"), QStringLiteral("^/api/nodes/agent-updates$")},
             {QStringLiteral("method"), QStringLiteral("POST")},
             {QStringLiteral("status"), 500}}));
        client();
        UpdatePolicy p = draft.policy;
        p.nodeId = draft.nodeIds.first();
        Outcome<UpdatePolicy> pushed;
        m_client->pushPolicy(p, pushed.callback());
        QVERIFY(pushed.wait());
        QCOMPARE(pushed.error.status, 500);
        QCOMPARE(pushed.error.code, QStringLiteral("internal_error"));
        // A POST is not replayed on 5xx: exactly one attempt reached the server.
        int posts = 0;
        for (const QJsonValue& r : m_server.requests())
            posts += r[QStringLiteral("method")].toString() == QLatin1String("POST");
        QCOMPARE(posts, 1);

        const auto kept = drafts.draft(*id);
        QVERIFY(kept);
        QCOMPARE(kept->nodeIds, draft.nodeIds);
        QCOMPARE(kept->policy.binaryUrl, draft.policy.binaryUrl);
        QCOMPARE(kept->policy.sha256, draft.policy.sha256);
    }

    void redirectsAreNotFollowed()
    {
        // An API that redirects would take the token and the body elsewhere.
        QVERIFY(m_server.injectFault(
            {{QStringLiteral("match"), QStringLiteral("^/api/me$")},
             {QStringLiteral("redirect_to"),
              m_server.downloadUrl().toString() + QStringLiteral("/api/me")}}));
        LatticeClient& c = client();
        Outcome<TokenIdentity> me;
        c.me(me.callback());
        QVERIFY(me.wait());
        QVERIFY(me.error);
        for (const QJsonValue& r : m_server.requests(m_server.downloadUrl()))
            QFAIL("the client followed the redirect to another host");
    }

    void missingEndpointIsDetected()
    {
        LatticeClient& c = client();
        Outcome<QJsonDocument> doc;
        c.getJson(QStringLiteral("/api/nodes/agent-updates/artifacts"), {},
                  [&doc](const QJsonDocument& d, const ServerError& e) {
                      doc.value = d;
                      doc.error = e;
                      doc.done = true;
                  });
        QVERIFY(doc.wait());
        QCOMPARE(doc.error.status, 404);
        QVERIFY(doc.error.endpointMissing); // v0.2.1 has no artifact store
    }
};

QTEST_GUILESS_MAIN(TestLatticeClient)
#include "tst_latticeclient.moc"
