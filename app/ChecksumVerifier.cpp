#include "ChecksumVerifier.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QThread>

namespace Lattice {

// Lives as long as either the verifier or its worker thread holds it, so a
// worker finishing after the verifier is gone writes into valid memory.
class ChecksumVerifier::Run : public ChecksumVerification::Observer
{
public:
    // What the worker produced since the last delivery. The GUI thread swaps
    // it out whole under the mutex and emits it without holding the lock.
    struct Pending
    {
        bool listReady = false;
        QList<EntryResult> listEntries;
        QStringList conflicts;
        QList<int> malformed;
        QString rejection;
        QStringList unlisted;
        QList<QPair<int, qint64>> started;
        QHash<int, qint64> progressByEntry;
        QList<QPair<int, EntryResult>> results;
        qint64 done = -1;
        qint64 total = 0;
        bool finished = false;
        VerificationReport report;
    };

    QPointer<ChecksumVerifier> owner;
    std::atomic_bool cancel{false};
    ChecksumVerification* verification = nullptr; // set while the worker runs
    QThread* thread = nullptr;

    QMutex mutex;
    bool deliveryQueued = false;
    Pending pending;

    // Called with the mutex held.
    void queueDelivery()
    {
        if (deliveryQueued)
            return;
        deliveryQueued = true;
        QMetaObject::invokeMethod(
            owner.data(),
            [o = owner] {
                if (o)
                    o->deliver();
            },
            Qt::QueuedConnection);
    }

    void unlistedFound(const QStringList& names) override
    {
        const QMutexLocker lock(&mutex);
        pending.unlisted += names;
        queueDelivery();
    }
    void entryStarted(int entry, qint64 size) override
    {
        const QMutexLocker lock(&mutex);
        pending.started.append({entry, size});
        queueDelivery();
    }
    void entryProgress(int entry, qint64 bytesDone) override
    {
        const QMutexLocker lock(&mutex);
        pending.progressByEntry.insert(entry, bytesDone);
        queueDelivery();
    }
    void entryFinished(int entry, const EntryResult& result) override
    {
        const QMutexLocker lock(&mutex);
        pending.results.append({entry, result});
        queueDelivery();
    }
    void bytesProgress(qint64 bytesDone, qint64 bytesTotal) override
    {
        const QMutexLocker lock(&mutex);
        pending.done = bytesDone;
        pending.total = bytesTotal;
        queueDelivery();
    }
};

ChecksumVerifier::ChecksumVerifier(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Lattice::EntryResult>();
    qRegisterMetaType<Lattice::VerificationReport>();
}

ChecksumVerifier::~ChecksumVerifier()
{
    if (m_run && m_run->thread) {
        m_run->cancel = true;
        {
            const QMutexLocker lock(&m_run->mutex);
            if (m_run->verification)
                m_run->verification->cancel();
        }
        m_run->thread->wait();
        delete m_run->thread;
    }
}

bool ChecksumVerifier::isRunning() const
{
    return m_run && m_run->thread && !m_run->thread->isFinished();
}

void ChecksumVerifier::cancel()
{
    if (!m_run)
        return;
    m_run->cancel = true;
    const QMutexLocker lock(&m_run->mutex);
    if (m_run->verification)
        m_run->verification->cancel();
}

bool ChecksumVerifier::start(const QString& sumsFile, const VerifySource& source, int jobs,
                             const ArchiveLimits& limits)
{
    if (isRunning())
        return false;
    if (m_run && m_run->thread) {
        m_run->thread->wait();
        delete m_run->thread;
    }
    auto run = std::make_shared<Run>();
    run->owner = this;
    run->thread = QThread::create([run, sumsFile, source, jobs, limits] {
        QFile file(sumsFile);
        if (!file.open(QIODevice::ReadOnly)) {
            const QMutexLocker lock(&run->mutex);
            run->pending.rejection = tr("Cannot read %1: %2").arg(sumsFile, file.errorString());
            run->pending.finished = true;
            run->queueDelivery();
            return;
        }
        const ChecksumList list = ChecksumList::parse(&file);
        if (!list.hasValidLine()) {
            const QMutexLocker lock(&run->mutex);
            run->pending.rejection =
                list.hasReadError()
                    ? tr("Cannot read %1: %2").arg(sumsFile, list.readError())
                    : tr("%1 has no properly formatted SHA-256 line.").arg(sumsFile);
            run->pending.finished = true;
            run->queueDelivery();
            return;
        }
        {
            const QMutexLocker lock(&run->mutex);
            run->pending.listReady = true;
            run->pending.listEntries = ChecksumVerification::pendingEntries(list);
            run->pending.conflicts = list.conflicts();
            run->pending.malformed = list.malformedLines();
            run->queueDelivery();
        }
        VerificationOptions options;
        options.jobs = jobs;
        options.limits = limits;
        options.sumsFile = sumsFile;
        ChecksumVerification verification(list, source, options);
        {
            const QMutexLocker lock(&run->mutex);
            run->verification = &verification;
        }
        if (run->cancel)
            verification.cancel();
        VerificationReport report = verification.run(run.get());
        const QMutexLocker lock(&run->mutex);
        run->verification = nullptr;
        run->pending.report = report;
        run->pending.finished = true;
        run->queueDelivery();
    });
    m_run = run;
    run->thread->start();
    return true;
}

void ChecksumVerifier::deliver()
{
    if (!m_run)
        return;
    const std::shared_ptr<Run> run = m_run;
    Run::Pending batch;
    {
        const QMutexLocker lock(&run->mutex);
        run->deliveryQueued = false;
        std::swap(batch, run->pending);
    }
    if (!batch.rejection.isEmpty()) {
        run->thread->wait(); // it has nothing left to do
        emit listRejected(batch.rejection);
        return;
    }
    if (batch.listReady)
        emit listLoaded(batch.listEntries, batch.conflicts, batch.malformed);
    if (!batch.unlisted.isEmpty())
        emit unlistedFound(batch.unlisted);
    for (const auto& [entry, size] : std::as_const(batch.started))
        emit entryStarted(entry, size);
    for (auto it = batch.progressByEntry.cbegin(); it != batch.progressByEntry.cend(); ++it)
        emit entryProgress(it.key(), it.value());
    if (!batch.results.isEmpty())
        emit entriesFinished(batch.results);
    if (batch.done >= 0)
        emit progress(batch.done, batch.total);
    if (batch.finished) {
        run->thread->wait();
        emit finished(batch.report);
    }
}

} // namespace Lattice
