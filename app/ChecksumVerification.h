#pragma once

#include "ArchiveReader.h"
#include "ChecksumList.h"
#include "VerificationReport.h"

#include <QHash>
#include <QMutex>
#include <atomic>

namespace Lattice {

// Where the files named in a checksum file are looked for.
struct VerifySource
{
    SourceKind kind = SourceKind::Directory;
    // The directory names resolve against (empty: the checksum file's own
    // directory), or the archive.
    QString path;
    QStringList files; // SourceKind::Files: the chosen files
};

struct VerificationOptions
{
    int jobs = 0;         // worker threads; 0: one per core
    ArchiveLimits limits; // zero fields: derived from the archive's size
    QString sumsFile;     // recorded in the report; "-" for standard input
};

// Checks every entry of a parsed checksum file against a directory, a set of
// files or an archive, and says for each whether it is ok, failed, missing or
// unreadable, plus what is present but not listed. Blocking; run it off the
// GUI thread (ChecksumVerifier does).
class ChecksumVerification
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumVerification)
public:
    // Told about progress from worker threads, possibly several at once.
    class Observer
    {
    public:
        virtual ~Observer() = default;
        virtual void unlistedFound(const QStringList&) {}
        virtual void entryStarted(int /*entry*/, qint64 /*size*/) {}
        virtual void entryProgress(int /*entry*/, qint64 /*bytesDone*/) {}
        // An archive that holds a listed name twice reports it again.
        virtual void entryFinished(int /*entry*/, const EntryResult&) {}
        virtual void bytesProgress(qint64 /*done*/, qint64 /*total*/) {}
    };

    ChecksumVerification(const ChecksumList& list, const VerifySource& source,
                         const VerificationOptions& options = {});

    VerificationReport run(Observer* observer = nullptr);
    // The report as it stands before anything is checked: every entry pending.
    VerificationReport unchecked() const;
    void cancel() { m_cancel = true; } // from any thread

    // The report's entries before anything was checked.
    static QList<EntryResult> pendingEntries(const ChecksumList& list);
    // Where names resolve for a source with no path given.
    static QString defaultDirectory(const QString& sumsFile);

private:
    struct HashJob
    {
        QString path;
        qint64 size = 0;
        QList<int> entries; // listed entries that name this file
    };

    QHash<QString, QList<int>> entriesByKey() const;
    void runDirectory();
    void runFiles();
    void runArchive();
    void hashFiles(const QList<HashJob>& jobs);
    void archiveEntryDone(int entry, EntryResult result, int occurrence);
    void setResult(int entry, EntryStatus status, const QByteArray& actual, const QString& detail,
                   qint64 size = -1);
    void markPending(EntryStatus status, const QString& detail);
    void reportUnlisted(QStringList names);
    EntryResult resultOf(int entry);

    const ChecksumList& m_list;
    VerifySource m_source;
    VerificationOptions m_options;
    Observer* m_observer = nullptr;
    Observer m_silent;
    VerificationReport m_report;
    QMutex m_mutex; // guards m_report.entries while workers report
    std::atomic_bool m_cancel{false};
};

} // namespace Lattice
