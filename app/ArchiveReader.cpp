#include "ArchiveReader.h"

#include "ChecksumList.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <archive.h>
#include <archive_entry.h>
#include <limits>
#include <locale.h>
#include <memory>

namespace Lattice {

namespace {
constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 ExpansionRatio = 1000;
constexpr int DefaultMaxEntries = 1000000;
constexpr size_t ReadBlock = 1024 * 1024;

QString archiveText(struct archive* a)
{
    const char* text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : ArchiveReader::tr("unknown archive error");
}

// libarchive converts names between the archive and the process locale. In a
// C locale (LC_ALL=C in a script) it has no name at all for a zip member
// whose UTF-8 name is not ASCII, so names are read under a UTF-8 locale on
// this thread, whatever the process runs under.
class Utf8Names
{
public:
    Utf8Names()
    {
        // Never freed: one per process, reachable from here.
        static const locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(nullptr));
        if (utf8)
            m_previous = uselocale(utf8);
    }
    ~Utf8Names()
    {
        if (m_previous)
            uselocale(m_previous);
    }
    Utf8Names(const Utf8Names&) = delete;
    Utf8Names& operator=(const Utf8Names&) = delete;

private:
    locale_t m_previous = locale_t(nullptr);
};

} // namespace

ArchiveLimits ArchiveLimits::forArchiveSize(qint64 archiveBytes)
{
    ArchiveLimits limits;
    const qint64 scaled = archiveBytes > (std::numeric_limits<qint64>::max() / ExpansionRatio)
                              ? std::numeric_limits<qint64>::max()
                              : archiveBytes * ExpansionRatio;
    limits.maxTotalBytes = std::max(GiB, scaled);
    limits.maxEntryBytes = limits.maxTotalBytes;
    limits.maxEntries = DefaultMaxEntries;
    return limits;
}

ArchiveReader::ArchiveReader(const QString& path, const ArchiveLimits& limits)
    : m_path(path)
    , m_limits(limits)
{}

ArchiveReader::~ArchiveReader()
{
    if (m_archive)
        archive_read_free(m_archive);
}

bool ArchiveReader::open()
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        fail(qt_error_string(ENOENT));
        return false;
    }
    if (!info.isFile()) {
        fail(tr("not a regular file"));
        return false;
    }
    m_archiveSize = info.size();
    const ArchiveLimits automatic = ArchiveLimits::forArchiveSize(m_archiveSize);
    if (m_limits.maxTotalBytes <= 0)
        m_limits.maxTotalBytes = automatic.maxTotalBytes;
    if (m_limits.maxEntryBytes <= 0)
        m_limits.maxEntryBytes = std::min(automatic.maxEntryBytes, m_limits.maxTotalBytes);
    if (m_limits.maxEntries <= 0)
        m_limits.maxEntries = automatic.maxEntries;

    const Utf8Names utf8Names;
    m_archive = archive_read_new();
    // Only the formats and filters a release ships; support_filter_all would
    // also hand data to external programs such as lrzip.
    archive_read_support_format_tar(m_archive);
    archive_read_support_format_gnutar(m_archive);
    archive_read_support_format_zip(m_archive);
    archive_read_support_filter_gzip(m_archive);
    archive_read_support_filter_bzip2(m_archive);
    archive_read_support_filter_xz(m_archive);
    archive_read_support_filter_lzma(m_archive);
    archive_read_support_filter_zstd(m_archive);
    const QByteArray nativePath = QFile::encodeName(m_path);
    if (archive_read_open_filename(m_archive, nativePath.constData(), ReadBlock) != ARCHIVE_OK) {
        fail(archiveText(m_archive));
        return false;
    }
    return true;
}

void ArchiveReader::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
}

qint64 ArchiveReader::compressedBytesRead() const
{
    return m_archive ? qint64(archive_filter_bytes(m_archive, -1)) : 0;
}

QString ArchiveReader::errorString() const
{
    return m_error.isEmpty() ? m_entryError : m_error;
}

bool ArchiveReader::skipRest()
{
    if (!m_inEntry || m_entryDone)
        return true;
    if (!m_compressed) {
        // Uncompressed tar and zip skip by seeking: no data is expanded, even
        // for a sparse entry that claims terabytes.
        if (archive_read_data_skip(m_archive) != ARCHIVE_OK) {
            fail(archiveText(m_archive));
            return false;
        }
        return true;
    }
    // A compressed stream can only be skipped by decompressing it, which
    // libarchive would do without any bound. Reading the stored blocks here
    // counts them against the limits; the holes of a sparse entry are not
    // materialised at all.
    for (;;) {
        const void* block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int status = archive_read_data_block(m_archive, &block, &size, &offset);
        if (status == ARCHIVE_EOF) {
            m_entryDone = true;
            return true;
        }
        if (status < ARCHIVE_WARN) {
            if (status == ARCHIVE_FATAL) {
                fail(archiveText(m_archive));
                return false;
            }
            m_entryDone = true; // a damaged member; the next header may still be fine
            return true;
        }
        m_totalBytes += qint64(size);
        if (m_totalBytes > m_limits.maxTotalBytes) {
            failLimit(m_limits.maxTotalBytes);
            return false;
        }
    }
}

void ArchiveReader::failLimit(qint64 limit)
{
    m_limitReached = true;
    const QLocale locale;
    fail(tr("expands beyond %1 (the archive is %2); reading stopped")
             .arg(locale.formattedDataSize(limit), locale.formattedDataSize(m_archiveSize)));
}

bool ArchiveReader::next(Entry* entry)
{
    if (!m_archive || hasError())
        return false;
    if (!skipRest())
        return false;
    m_inEntry = false;
    if (m_entries >= m_limits.maxEntries) {
        m_limitReached = true;
        fail(tr("the archive has more than %1 entries").arg(m_limits.maxEntries));
        return false;
    }
    const Utf8Names utf8Names;
    struct archive_entry* header = nullptr;
    const int status = archive_read_next_header(m_archive, &header);
    if (status == ARCHIVE_EOF)
        return false;
    if (status < ARCHIVE_WARN) {
        fail(archiveText(m_archive));
        return false;
    }
    ++m_entries;
    // The first header tells whether a decompression filter is in the chain.
    m_compressed = archive_filter_code(m_archive, 0) != ARCHIVE_FILTER_NONE;

    if (const char* utf8 = archive_entry_pathname_utf8(header)) {
        entry->path = QString::fromUtf8(utf8);
        entry->validName = true;
    } else {
        // Under the UTF-8 locale this means the bytes are not UTF-8, or
        // were lost with a conversion that failed.
        const char* raw = archive_entry_pathname(header);
        entry->path = ChecksumList::decodeName(QByteArray(raw ? raw : ""), &entry->validName);
        entry->validName = entry->validName && raw;
    }
    entry->target.clear();
    entry->size = archive_entry_size_is_set(header) ? qint64(archive_entry_size(header)) : -1;
    const char* hardlink = archive_entry_hardlink(header);
    const mode_t type = archive_entry_filetype(header);
    if (hardlink) {
        entry->type = EntryType::Hardlink;
        entry->target = QString::fromUtf8(hardlink);
    } else if (type == AE_IFREG) {
        entry->type = EntryType::File;
    } else if (type == AE_IFDIR) {
        entry->type = EntryType::Directory;
    } else if (type == AE_IFLNK) {
        entry->type = EntryType::Symlink;
        const char* target = archive_entry_symlink(header);
        entry->target = target ? QString::fromUtf8(target) : QString();
    } else {
        entry->type = EntryType::Other;
    }
    m_inEntry = true;
    m_entryDone = false;
    m_entryError.clear();
    m_entryBytes = 0;
    m_entrySize = entry->size;
    return true;
}

qint64 ArchiveReader::read(char* data, qint64 maxSize)
{
    if (!m_inEntry || hasError())
        return -1;
    if (!m_entryError.isEmpty())
        return -1;
    if (m_entryDone)
        return 0;
    const la_ssize_t got = archive_read_data(m_archive, data, size_t(maxSize));
    if (got < 0) {
        // A damaged entry (a zip CRC mismatch, say) leaves the archive
        // readable from the next header; only a fatal error ends it.
        if (got == ARCHIVE_FATAL) {
            fail(archiveText(m_archive));
        } else {
            m_entryError = archiveText(m_archive);
            m_entryDone = true;
        }
        return -1;
    }
    if (got == 0) {
        m_entryDone = true;
        return 0;
    }
    m_entryBytes += got;
    m_totalBytes += got;
    if (m_entrySize >= 0 && m_entryBytes > m_entrySize) {
        fail(tr("the entry holds more data than its header declares (%1 bytes)").arg(m_entrySize));
        return -1;
    }
    if (m_entryBytes > m_limits.maxEntryBytes) {
        failLimit(m_limits.maxEntryBytes);
        return -1;
    }
    if (m_totalBytes > m_limits.maxTotalBytes) {
        failLimit(m_limits.maxTotalBytes);
        return -1;
    }
    return got;
}

bool ArchiveReader::isArchiveFileName(const QString& fileName)
{
    static const char* const suffixes[] = {".tar",     ".tar.gz", ".tgz",     ".tar.xz", ".txz",
                                           ".tar.zst", ".tzst",   ".tar.bz2", ".tbz2",   ".zip"};
    const QString name = fileName.toLower();
    for (const char* suffix : suffixes) {
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

} // namespace Lattice
