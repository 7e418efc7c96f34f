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
    QPointer<ChecksumVerifier> owner;
    std::atomic_bool cancel{false};
    ChecksumVerification* verification = nullptr; // set while the worker runs
    QThread* thread = nullptr;

    QMutex mutex;
    bool deliveryQueued = false;
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
        unlisted += names;
        queueDelivery();
    }
    void entryStarted(int entry, qint64 size) override
    {
        const QMutexLocker lock(&mutex);
        started.append({entry, size});
        queueDelivery();
    }
    void entryProgress(int entry, qint64 bytesDone) override
    {
        const QMutexLocker lock(&mutex);
        progressByEntry.insert(entry, bytesDone);
        queueDelivery();
    }
    void entryFinished(int entry, const EntryResult& result) override
    {
        const QMutexLocker lock(&mutex);
        results.append({entry, result});
        queueDelivery();
    }
    void bytesProgress(qint64 bytesDone, qint64 bytesTotal) override
    {
        const QMutexLocker lock(&mutex);
        done = bytesDone;
        total = bytesTotal;
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
            run->rejection = tr("Cannot read %1: %2").arg(sumsFile, file.errorString());
            run->finished = true;
            run->queueDelivery();
            return;
        }
        const ChecksumList list = ChecksumList::parse(&file);
        if (!list.hasValidLine()) {
            const QMutexLocker lock(&run->mutex);
            run->rejection = list.hasReadError()
                                 ? tr("Cannot read %1: %2").arg(sumsFile, list.readError())
                                 : tr("%1 has no properly formatted SHA-256 line.").arg(sumsFile);
            run->finished = true;
            run->queueDelivery();
            return;
        }
        {
            const QMutexLocker lock(&run->mutex);
            run->listReady = true;
            run->listEntries = ChecksumVerification::pendingEntries(list);
            run->conflicts = list.conflicts();
            run->malformed = list.malformedLines();
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
        run->report = report;
        run->finished = true;
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
    bool runFinished = false;
    VerificationReport report;
    {
        const QMutexLocker lock(&run->mutex);
        run->deliveryQueued = false;
        std::swap(listReady, run->listReady);
        listEntries.swap(run->listEntries);
        conflicts.swap(run->conflicts);
        malformed.swap(run->malformed);
        rejection.swap(run->rejection);
        unlisted.swap(run->unlisted);
        started.swap(run->started);
        progressByEntry.swap(run->progressByEntry);
        results.swap(run->results);
        std::swap(done, run->done);
        total = run->total;
        std::swap(runFinished, run->finished);
        if (runFinished)
            report = run->report;
    }
    if (!rejection.isEmpty()) {
        run->thread->wait(); // it has nothing left to do
        emit listRejected(rejection);
        return;
    }
    if (listReady)
        emit listLoaded(listEntries, conflicts, malformed);
    if (!unlisted.isEmpty())
        emit unlistedFound(unlisted);
    for (const auto& [entry, size] : std::as_const(started))
        emit entryStarted(entry, size);
    for (auto p = progressByEntry.cbegin(); p != progressByEntry.cend(); ++p)
        emit entryProgress(p.key(), p.value());
    if (!results.isEmpty())
        emit entriesFinished(results);
    if (done >= 0)
        emit progress(done, total);
    if (runFinished) {
        run->thread->wait();
        emit finished(report);
    }
}

} // namespace Lattice
