#pragma once

#include <QCoreApplication>
#include <QString>

struct archive;

namespace Lattice {

// How far an archive may expand while it is read.
struct ArchiveLimits
{
    qint64 maxEntryBytes = 0; // bytes one entry may expand to
    qint64 maxTotalBytes = 0; // bytes all entries together may expand to
    int maxEntries = 0;
    // 1000:1 is about the most deflate can reach, so only a bomb or a
    // near-empty image goes past it; small archives get at least 1 GiB.
    static ArchiveLimits forArchiveSize(qint64 archiveBytes);
};

// Reads an archive (tar, tar.gz, tar.bz2, tar.xz, tar.zst, zip) entry by
// entry as a stream. Nothing is ever written to disk, links are reported and
// never followed, and the bytes an archive may expand to are bounded so that a
// decompression bomb is a reported error rather than an hour of work.
// The only place in the project that talks to libarchive.
class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)
public:
    enum class EntryType { File, Directory, Symlink, Hardlink, Other };
    struct Entry
    {
        // As stored, decoded as UTF-8. One that is not has validName false
        // and shows as ChecksumList::decodeName does, or is empty when the
        // archive kept no bytes of it (a zip that flags it UTF-8 wrongly).
        QString path;
        QString target; // link target for Symlink and Hardlink
        EntryType type = EntryType::Other;
        qint64 size = -1; // declared size, -1 when the header does not say
        bool validName = true;
    };

    explicit ArchiveReader(const QString& path, const ArchiveLimits& limits = {});
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader&) = delete;
    ArchiveReader& operator=(const ArchiveReader&) = delete;

    bool open();
    // The next header; false at the end or on an error (see hasError()).
    // Whatever is left of the previous entry is skipped, within the limits.
    bool next(Entry* entry);
    // Up to maxSize bytes of the current entry; 0 at its end, -1 on an error
    // or when a limit is reached.
    qint64 read(char* data, qint64 maxSize);

    // The archive cannot be read any further (as opposed to one damaged entry).
    bool hasError() const { return !m_error.isEmpty(); }
    bool limitReached() const { return m_limitReached; }
    QString errorString() const; // the fatal error, else the current entry's

    qint64 archiveSize() const { return m_archiveSize; }
    qint64 compressedBytesRead() const; // for progress against archiveSize()
    const ArchiveLimits& limits() const { return m_limits; }

    static bool isArchiveFileName(const QString& fileName);

private:
    bool skipRest();
    void fail(const QString& message);
    void failLimit(qint64 limit);

    QString m_path;
    ArchiveLimits m_limits;
    struct archive* m_archive = nullptr;
    qint64 m_archiveSize = 0;
    qint64 m_entryBytes = 0;
    qint64 m_entrySize = -1;
    qint64 m_totalBytes = 0;
    int m_entries = 0;
    bool m_inEntry = false;
    bool m_entryDone = false;
    bool m_limitReached = false;
    bool m_compressed = false;
    QString m_error;
    QString m_entryError;
};

} // namespace Lattice
