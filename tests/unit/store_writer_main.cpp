// The child that tst_crashsafety kills: it writes lane snapshots and policy
// drafts to one store as fast as it can and reports each committed round on
// stdout, so the test knows the last state that must survive.
//   lattice-store-writer STORE FIRST_ROUND
#include "PolicyDraftStore.h"
#include "Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTextStream>
#include <cstdio>

using namespace Lattice;

namespace {
const QString ServerUrl = QStringLiteral("https://lattice.example.net");
const QString Lane = QStringLiteral("lattice-server");

// Big enough that most of the child's time is spent inside a write, so a kill
// at a random moment usually lands in the middle of one.
QByteArray snapshotPayload(qint64 round)
{
    QByteArray payload = "round " + QByteArray::number(round) + '\n';
    const QByteArray unit = QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();
    payload.reserve(512 * 1024 + 64);
    while (payload.size() < 512 * 1024)
        payload += unit;
    return payload + QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    Store store;
    QString error;
    if (!store.open(args.at(1), &error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 1;
    }
    Server::PolicyDraftStore drafts(store);
    Server::PolicyDraft draft;
    if (const QList<Server::PolicyDraft> existing = drafts.drafts(ServerUrl); !existing.isEmpty())
        draft = existing.first();
    draft.serverUrl = ServerUrl;

    for (qint64 round = args.at(2).toLongLong();; ++round) {
        if (!store.putSnapshot(Lane, snapshotPayload(round), QDateTime::currentDateTimeUtc(),
                               &error)) {
            std::fprintf(stderr, "snapshot: %s\n", qPrintable(error));
            return 1;
        }
        // Every field of the draft names the same round, so a draft stitched
        // from two saves would show.
        const QString tag = QString::number(round);
        draft.nodeIds.clear();
        for (int n = 0; n < 50; ++n)
            draft.nodeIds.append(QStringLiteral("node-%1-%2").arg(tag).arg(n));
        draft.policy.targetVersion = QStringLiteral("0.3.%1").arg(tag);
        draft.policy.installPath = QStringLiteral("/opt/lattice/round-%1/lattice-agent").arg(tag);
        draft.updatedAt = QDateTime::currentDateTimeUtc();
        const std::optional<qint64> id = drafts.save(draft, &error);
        if (!id) {
            std::fprintf(stderr, "draft: %s\n", qPrintable(error));
            return 1;
        }
        draft.id = *id;
        std::printf("committed %lld\n", static_cast<long long>(round));
        std::fflush(stdout);
    }
}
