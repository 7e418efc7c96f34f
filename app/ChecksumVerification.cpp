#include "ChecksumVerification.h"

#include "AsyncSha256.h"
#include "ParallelHasher.h"
#include "Sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <dirent.h>
#include <memory>
#include <sys/stat.h>

namespace Lattice {

namespace {
// A directory with more files than this is not a release folder; the scan
// for unlisted files stops there rather than walking a whole disk.
constexpr int MaxUnlistedScan = 100000;
constexpr qint64 ArchiveBuffer = 1024 * 1024;
constexpr qint64 ProgressStep = ParallelHasher::ProgressStep;

int rank(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Ok:
        return 0;
    case EntryStatus::Missing:
        return 1;
    case EntryStatus::Failed:
        return 2;
    case EntryStatus::Unreadable:
        return 3;
    case EntryStatus::Pending:
        break;
    }
    return -1;
}

QString notUtf8(const QString& shownName)
{
    return ChecksumVerification::tr("%1 (the name is not valid UTF-8)").arg(shownName);
}

// Qt's directory iterators skip names that are not UTF-8, so such a file
// would never show as unlisted. readdir finds them, links not followed, and
// what is under a directory so named is not looked at.
QStringList namesNotUtf8(const QByteArray& base)
{
    QStringList found;
    QList<QByteArray> pending{QByteArray()}; // relative to base
    int scanned = 0;
    while (!pending.isEmpty() && scanned < MaxUnlistedScan) {
        const QByteArray relative = pending.takeLast();
        const QByteArray dirPath = relative.isEmpty() ? base : base + '/' + relative;
        DIR* dir = ::opendir(dirPath.constData());
        if (!dir)
            continue;
        while (const dirent* e = ::readdir(dir)) {
            const QByteArray name(e->d_name);
            if (name == "." || name == "..")
                continue;
            if (++scanned > MaxUnlistedScan)
                break;
            const QByteArray path = relative.isEmpty() ? name : relative + '/' + name;
            bool utf8 = true;
            const QString shown = ChecksumList::decodeName(path, &utf8);
            if (!utf8) {
                found.append(shown);
                continue;
            }
            bool isDir = e->d_type == DT_DIR;
            struct stat info;
            if (e->d_type == DT_UNKNOWN)
                isDir = ::lstat((dirPath + '/' + name).constData(), &info) == 0 &&
                        S_ISDIR(info.st_mode);
            if (isDir)
                pending.append(path);
        }
        ::closedir(dir);
    }
    return found;
}

} // namespace

ChecksumVerification::ChecksumVerification(const ChecksumList& list, const VerifySource& source,
                                           const VerificationOptions& options)
    : m_list(list)
    , m_source(source)
    , m_options(options)
{}

QList<EntryResult> ChecksumVerification::pendingEntries(const ChecksumList& list)
{
    QList<EntryResult> entries;
    entries.reserve(list.entries().size());
    for (const ChecksumList::Entry& e : list.entries()) {
        EntryResult r;
        r.name = e.name;
        r.expected = e.digest;
        r.line = e.line;
        entries.append(r);
    }
    return entries;
}

QString ChecksumVerification::defaultDirectory(const QString& sumsFile)
{
    if (sumsFile.isEmpty() || sumsFile == QLatin1String("-"))
        return QDir::currentPath();
    return QFileInfo(sumsFile).absolutePath();
}

VerificationReport ChecksumVerification::unchecked() const
{
    VerificationReport report;
    report.sumsFile = m_options.sumsFile == QLatin1String("-") || m_options.sumsFile.isEmpty()
                          ? m_options.sumsFile
                          : QFileInfo(m_options.sumsFile).absoluteFilePath();
    report.sourceKind = m_source.kind;
    const QString path = m_source.kind != SourceKind::Archive && m_source.path.isEmpty()
                             ? defaultDirectory(m_options.sumsFile)
                             : m_source.path;
    report.sourcePath = QFileInfo(path).absoluteFilePath();
    report.entries = pendingEntries(m_list);
    report.malformedLines = m_list.malformedLines();
    report.conflicts = m_list.conflicts();
    return report;
}

VerificationReport ChecksumVerification::run(Observer* observer)
{
    m_observer = observer ? observer : &m_silent;
    m_report = unchecked();
    if (m_source.kind != SourceKind::Archive && m_source.path.isEmpty())
        m_source.path = defaultDirectory(m_options.sumsFile);

    const QList<ChecksumList::Entry>& entries = m_list.entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).refusal != ChecksumList::Refusal::None)
            setResult(i, EntryStatus::Unreadable, {},
                      ChecksumList::refusalText(entries.at(i).refusal));
    }

    switch (m_source.kind) {
    case SourceKind::Directory:
        runDirectory();
        break;
    case SourceKind::Files:
        runFiles();
        break;
    case SourceKind::Archive:
        runArchive();
        break;
    }
    if (m_cancel) {
        m_report.cancelled = true;
        markPending(EntryStatus::Unreadable, tr("not checked: the run was cancelled"));
    }
    markPending(EntryStatus::Unreadable, tr("not checked"));
    return m_report;
}

EntryResult ChecksumVerification::resultOf(int entry)
{
    const QMutexLocker lock(&m_mutex);
    return m_report.entries.at(entry);
}

void ChecksumVerification::setResult(int entry, EntryStatus status, const QByteArray& actual,
                                     const QString& detail, qint64 size)
{
    EntryResult result;
    {
        const QMutexLocker lock(&m_mutex);
        EntryResult& r = m_report.entries[entry];
        r.status = status;
        r.actual = actual;
        r.detail = detail;
        r.size = size;
        result = r;
    }
    m_observer->entryFinished(entry, result);
}

void ChecksumVerification::markPending(EntryStatus status, const QString& detail)
{
    for (int i = 0; i < m_report.entries.size(); ++i) {
        if (resultOf(i).status == EntryStatus::Pending)
            setResult(i, status, {}, detail);
    }
}

void ChecksumVerification::reportUnlisted(QStringList names)
{
    names.sort();
    names.removeDuplicates();
    m_report.unlisted = names;
    if (!names.isEmpty())
        m_observer->unlistedFound(names);
}

QHash<QString, QList<int>> ChecksumVerification::entriesByKey() const
{
    // Refused names are never looked up: they cannot match a file.
    QHash<QString, QList<int>> byKey;
    const QList<ChecksumList::Entry>& entries = m_list.entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).refusal == ChecksumList::Refusal::None)
            byKey[entries.at(i).key].append(i);
    }
    return byKey;
}

void ChecksumVerification::runDirectory()
{
    const QDir base(m_source.path);
    if (!base.exists()) {
        m_report.sourceError = tr("%1: no such directory").arg(m_source.path);
        markPending(EntryStatus::Unreadable, m_report.sourceError);
        return;
    }
    const QString canonicalBase = QFileInfo(base.absolutePath()).canonicalFilePath();
    const QString sumsCanonical = m_options.sumsFile == QLatin1String("-")
                                      ? QString()
                                      : QFileInfo(m_options.sumsFile).canonicalFilePath();

    const QHash<QString, QList<int>> byKey = entriesByKey();

    // Unlisted files first: they are quick to find and worth seeing early.
    QStringList unlisted;
    int scanned = 0;
    QDirIterator it(base.absolutePath(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext() && scanned++ < MaxUnlistedScan && !m_cancel) {
        const QString path = it.next();
        const QString relative = base.relativeFilePath(path);
        if (byKey.contains(relative))
            continue;
        if (!sumsCanonical.isEmpty() && it.fileInfo().canonicalFilePath() == sumsCanonical)
            continue;
        unlisted.append(relative);
    }
    for (const QString& name : namesNotUtf8(QFile::encodeName(base.absolutePath())))
        unlisted.append(notUtf8(name));
    reportUnlisted(unlisted);

    QList<HashJob> jobs;
    for (auto k = byKey.cbegin(); k != byKey.cend(); ++k) {
        const QString path = base.absoluteFilePath(k.key());
        const QFileInfo info(path);
        QString problem;
        EntryStatus status = EntryStatus::Unreadable;
        if (!info.exists()) {
            if (info.isSymLink()) {
                problem = tr("broken symbolic link");
            } else {
                status = EntryStatus::Missing;
                problem = qt_error_string(ENOENT);
            }
        } else if (!info.canonicalFilePath().startsWith(canonicalBase + QLatin1Char('/'))) {
            problem = tr("refused: resolves outside the base directory through a symbolic link");
        } else if (info.isDir()) {
            problem = qt_error_string(EISDIR);
        }
        if (!problem.isEmpty()) {
            for (int entry : k.value())
                setResult(entry, status, {}, problem);
            continue;
        }
        jobs.append({path, info.size(), k.value()});
    }
    hashFiles(jobs);
}

void ChecksumVerification::runFiles()
{
    const QDir base(m_source.path);
    QHash<QString, QString> pathByKey;
    for (const QString& file : std::as_const(m_source.files)) {
        const QFileInfo info(file);
        QString key = base.relativeFilePath(info.absoluteFilePath());
        // A file outside the checksum file's directory is matched by its name.
        if (key == QLatin1String("..") || key.startsWith(QLatin1String("../")))
            key = info.fileName();
        pathByKey.insert(key, info.absoluteFilePath());
    }

    const QHash<QString, QList<int>> byKey = entriesByKey();
    QStringList unlisted;
    for (auto p = pathByKey.cbegin(); p != pathByKey.cend(); ++p) {
        if (!byKey.contains(p.key()))
            unlisted.append(p.key());
    }
    reportUnlisted(unlisted);

    QList<HashJob> jobs;
    for (auto k = byKey.cbegin(); k != byKey.cend(); ++k) {
        const auto p = pathByKey.constFind(k.key());
        if (p == pathByKey.cend()) {
            for (int entry : k.value())
                setResult(entry, EntryStatus::Missing, {}, tr("not among the chosen files"));
            continue;
        }
        jobs.append({p.value(), QFileInfo(p.value()).size(), k.value()});
    }
    hashFiles(jobs);
}

void ChecksumVerification::hashFiles(const QList<HashJob>& jobs)
{
    QList<ParallelHasher::Job> work;
    for (const HashJob& job : jobs)
        work.append({job.path, job.size});

    ParallelHasher::Callbacks callbacks;
    callbacks.started = [&](int job) {
        for (int entry : jobs.at(job).entries)
            m_observer->entryStarted(entry, jobs.at(job).size);
    };
    callbacks.progress = [&](int job, qint64 bytes) {
        for (int entry : jobs.at(job).entries)
            m_observer->entryProgress(entry, bytes);
    };
    callbacks.bytes = [&](qint64 done, qint64 total) {
        m_observer->bytesProgress(done, total);
    };
    callbacks.finished = [&](int job, const FileHasher::Result& r) {
        if (r.cancelled)
            return;
        for (int entry : jobs.at(job).entries) {
            if (r.ok) {
                const bool match = r.digest == m_list.entries().at(entry).digest;
                setResult(entry, match ? EntryStatus::Ok : EntryStatus::Failed, r.digest,
                          r.size == 0 ? tr("empty file") : QString(), r.size);
            } else {
                setResult(entry, r.notFound ? EntryStatus::Missing : EntryStatus::Unreadable, {},
                          r.error);
            }
        }
    };
    ParallelHasher(m_options.jobs).run(work, callbacks, m_cancel);
}

void ChecksumVerification::archiveEntryDone(int entry, EntryResult result, int occurrence)
{
    if (occurrence > 1) {
        // Extracting keeps the last copy, so every copy has to match.
        const EntryResult before = resultOf(entry);
        if (rank(before.status) > rank(result.status))
            result = before;
        result.detail =
            tr("the archive holds this name %n times", nullptr, occurrence) +
            (result.detail.isEmpty() ? QString() : QStringLiteral("; ") + result.detail);
    }
    setResult(entry, result.status, result.actual, result.detail, result.size);
}

void ChecksumVerification::runArchive()
{
    ArchiveReader reader(m_source.path, m_options.limits);
    if (!reader.open()) {
        m_report.sourceError = reader.errorString();
        markPending(EntryStatus::Unreadable,
                    tr("archive unreadable: %1").arg(reader.errorString()));
        return;
    }
    const QHash<QString, QList<int>> byKey = entriesByKey();
    QHash<QString, int> occurrences;
    QStringList unlisted;
    std::unique_ptr<char[]> buffer(new char[ArchiveBuffer]);
    Sha256 sha;
    // Decompression and hashing each take about as long as the other, so a
    // large member is hashed on a second thread while the next block is
    // decompressed. A member that fits one buffer is not worth the hand-off.
    AsyncSha256 pipeline(4, ArchiveBuffer);
    const qint64 total = reader.archiveSize();
    m_observer->bytesProgress(0, total);

    ArchiveReader::Entry member;
    int index = 0;
    while (!m_cancel && reader.next(&member)) {
        ++index;
        if (member.type == ArchiveReader::EntryType::Directory)
            continue;
        if (!member.validName) {
            // Listed names are valid UTF-8, so this member is none of them,
            // however its escaped or replaced name happens to read.
            unlisted.append(
                notUtf8(member.path.isEmpty() ? tr("entry %1").arg(index) : member.path));
            continue;
        }
        // "./bin/agent", "bin//agent" and "bin/agent" are one member.
        const QString key = ChecksumList::keyFor(member.path);
        const auto listed = byKey.constFind(key);
        if (listed == byKey.cend()) {
            unlisted.append(member.path);
            continue;
        }
        const int occurrence = ++occurrences[key];
        EntryResult result;
        switch (member.type) {
        case ArchiveReader::EntryType::Symlink:
            result.status = EntryStatus::Unreadable;
            result.detail =
                tr("symbolic link to %1; links in archives are not followed").arg(member.target);
            break;
        case ArchiveReader::EntryType::Hardlink:
            result.status = EntryStatus::Unreadable;
            result.detail =
                tr("hard link to %1; links in archives are not followed").arg(member.target);
            break;
        case ArchiveReader::EntryType::Other:
            result.status = EntryStatus::Unreadable;
            result.detail = tr("not a regular file");
            break;
        case ArchiveReader::EntryType::Directory:
        case ArchiveReader::EntryType::File:
            break;
        }
        if (member.type == ArchiveReader::EntryType::File &&
            member.size > reader.limits().maxEntryBytes) {
            // Known from the header alone: a sparse or bomb entry is refused
            // without expanding a byte of it.
            result.status = EntryStatus::Unreadable;
            result.detail = tr("declares %1, more than the %2 an entry may expand to")
                                .arg(QLocale().formattedDataSize(member.size),
                                     QLocale().formattedDataSize(reader.limits().maxEntryBytes));
        }
        if (result.status != EntryStatus::Pending) {
            for (int entry : listed.value())
                archiveEntryDone(entry, result, occurrence);
            continue;
        }

        for (int entry : listed.value())
            m_observer->entryStarted(entry, member.size);
        const bool pipelined = member.size < 0 || member.size > ArchiveBuffer;
        sha.reset();
        qint64 bytes = 0;
        qint64 lastReport = 0;
        bool readFailed = false;
        for (;;) {
            if (m_cancel)
                break;
            char* target = pipelined ? pipeline.buffer() : buffer.get();
            const qint64 got = reader.read(target, ArchiveBuffer);
            if (got < 0) {
                readFailed = true;
                break;
            }
            if (got == 0)
                break;
            if (pipelined)
                pipeline.submit(got);
            else
                sha.addData(target, got);
            bytes += got;
            if (bytes - lastReport >= ProgressStep) {
                lastReport = bytes;
                for (int entry : listed.value())
                    m_observer->entryProgress(entry, bytes);
                m_observer->bytesProgress(reader.compressedBytesRead(), total);
            }
        }
        const QByteArray digest = pipelined ? pipeline.hexDigest() : sha.hexDigest();
        if (m_cancel)
            break;
        if (readFailed) {
            result.status = EntryStatus::Unreadable;
            result.detail = reader.errorString();
            result.size = bytes;
        } else {
            result.actual = digest;
            result.size = bytes;
            result.detail = bytes == 0 ? tr("empty file") : QString();
        }
        for (int entry : listed.value()) {
            EntryResult r = result;
            if (!readFailed)
                r.status = r.actual == m_list.entries().at(entry).digest ? EntryStatus::Ok
                                                                         : EntryStatus::Failed;
            archiveEntryDone(entry, r, occurrence);
        }
        m_observer->bytesProgress(reader.compressedBytesRead(), total);
    }
    reportUnlisted(unlisted);
    if (m_cancel)
        return;
    if (reader.hasError()) {
        // Whatever was not reached may still be in the archive: unreadable,
        // not missing.
        m_report.sourceError = reader.errorString();
        markPending(EntryStatus::Unreadable,
                    tr("not reached: the archive could not be read further (%1)")
                        .arg(reader.errorString()));
        return;
    }
    m_observer->bytesProgress(total, total);
    markPending(EntryStatus::Missing, tr("not in the archive"));
}

} // namespace Lattice
