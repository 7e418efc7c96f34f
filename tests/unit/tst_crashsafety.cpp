#include "PolicyDraftStore.h"
#include "Store.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lattice;

// The store must survive the process being killed at any moment: SIGKILL
// a child in the middle of writing snapshots and drafts, over and over, then
// reopen the store and find it whole and at (or one past) the last state the
// child reported as committed.
class TestCrashSafety : public QObject
{
    Q_OBJECT

    // The round a snapshot payload was written in, or -1 when the payload is
    // not one the writer could have produced in full.
    static qint64 snapshotRound(const QByteArray& payload)
    {
        if (payload.size() < 33 || !payload.startsWith("round "))
            return -1;
        const QByteArray body = payload.left(payload.size() - 32);
        if (QCryptographicHash::hash(body, QCryptographicHash::Sha256) != payload.right(32))
            return -1;
        bool ok = false;
        const qint64 round = body.mid(6, body.indexOf('\n') - 6).toLongLong(&ok);
        return ok ? round : -1;
    }

    // The round every field of a draft names, or -1 when they disagree.
    static qint64 draftRound(const Server::PolicyDraft& draft)
    {
        const QString version = draft.policy.targetVersion;
        if (!version.startsWith(QStringLiteral("0.3.")))
            return -1;
        const QString tag = version.mid(4);
        if (draft.policy.installPath !=
            QStringLiteral("/opt/lattice/round-%1/lattice-agent").arg(tag))
            return -1;
        if (draft.nodeIds.size() != 50)
            return -1;
        for (int n = 0; n < 50; ++n) {
            if (draft.nodeIds.at(n) != QStringLiteral("node-%1-%2").arg(tag).arg(n))
                return -1;
        }
        return tag.toLongLong();
    }

private slots:
    void killedWriterLeavesTheLastCommittedState()
    {
        const QString writer = qEnvironmentVariable("LATTICE_STORE_WRITER");
        QVERIFY2(QFileInfo(writer).isExecutable(), "LATTICE_STORE_WRITER is not set");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));

        qint64 next = 0;
        int kills = 0;
        for (int round = 0; round < 12; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(writer, {path, QString::number(next)});
            QVERIFY(child.waitForStarted());

            // Let it commit a few rounds, then kill it at a random moment.
            qint64 committed = -1;
            const int wanted = 1 + int(QRandomGenerator::global()->bounded(3));
            int seen = 0;
            while (seen < wanted && child.state() == QProcess::Running) {
                if (!child.canReadLine() && !child.waitForReadyRead(60000))
                    break;
                while (child.canReadLine()) {
                    const QByteArray line = child.readLine().trimmed();
                    if (line.startsWith("committed ")) {
                        committed = line.mid(10).toLongLong();
                        ++seen;
                    }
                }
            }
            QVERIFY2(committed >= 0, "the writer committed nothing");
            QTest::qWait(int(QRandomGenerator::global()->bounded(40)));
            child.kill(); // SIGKILL: no destructor, no rollback, no flush
            QVERIFY(child.waitForFinished(30000));
            // Lines printed between the last read and the kill are committed too.
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("committed "))
                    committed = line.mid(10).toLongLong();
            }
            if (child.exitStatus() == QProcess::CrashExit)
                ++kills;

            Store store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QSqlQuery check(store.database());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));

            const std::optional<Store::Snapshot> snapshot =
                store.snapshot(QStringLiteral("lattice-server"));
            QVERIFY(snapshot);
            const qint64 snapshotAt = snapshotRound(snapshot->payload);
            QVERIFY2(snapshotAt == committed || snapshotAt == committed + 1,
                     qPrintable(QStringLiteral("snapshot of round %1, last committed %2")
                                    .arg(snapshotAt)
                                    .arg(committed)));

            Server::PolicyDraftStore drafts(store);
            const QList<Server::PolicyDraft> all =
                drafts.drafts(QStringLiteral("https://lattice.example.net"));
            QCOMPARE(all.size(), 1);
            const qint64 draftAt = draftRound(all.first());
            QVERIFY2(draftAt == committed || draftAt == committed + 1,
                     qPrintable(QStringLiteral("draft of round %1, last committed %2")
                                    .arg(draftAt)
                                    .arg(committed)));
            // The snapshot of a round is written before its draft.
            QVERIFY(draftAt <= snapshotAt);
            store.close();
            next = snapshotAt + 1;
        }
        // Every round must really have been a kill, not a writer that gave up.
        QCOMPARE(kills, 12);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
