#pragma once

#include "ChecksumVerification.h"

#include <QObject>
#include <memory>

namespace Lattice {

// Runs a ChecksumVerification on a worker thread and streams what it finds
// back to the thread that owns this object. Updates from the workers are
// gathered and delivered in batches, so a million entries cost a handful of
// signals, not a million, and the window never waits.
class ChecksumVerifier : public QObject
{
    Q_OBJECT
public:
    explicit ChecksumVerifier(QObject* parent = nullptr);
    ~ChecksumVerifier() override; // cancels and waits for the workers

    bool isRunning() const;
    // Reads and parses sumsFile on the worker too: a large checksum file
    // never blocks the caller. False when a run is already going.
    bool start(const QString& sumsFile, const VerifySource& source, int jobs = 0,
               const ArchiveLimits& limits = {});
    void cancel();

signals:
    void listLoaded(const QList<Lattice::EntryResult>& entries, const QStringList& conflicts,
                    const QList<int>& malformedLines);
    // The checksum file could not be read or has no properly formatted line;
    // nothing else follows.
    void listRejected(const QString& reason);
    void unlistedFound(const QStringList& names);
    void entryStarted(int entry, qint64 size);
    void entryProgress(int entry, qint64 bytesDone);
    void entriesFinished(const QList<QPair<int, Lattice::EntryResult>>& results);
    void progress(qint64 done, qint64 total);
    void finished(const Lattice::VerificationReport& report);

private:
    class Run;
    void deliver();

    std::shared_ptr<Run> m_run;
};

} // namespace Lattice
