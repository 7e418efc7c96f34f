#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <archive.h>
#include <archive_entry.h>

// Writes archives for tests with libarchive's writer, including shapes no
// well-behaved tool produces: '../' and absolute members, links, devices,
// duplicates, names that are not UTF-8 and members far larger than the archive.
namespace TestArchives {

enum class Container { Tar, TarGz, TarXz, TarZst, Zip };

struct Member
{
    enum Kind { File, Directory, Symlink, Hardlink, Fifo, CharDevice, BlockDevice };
    QByteArray path;
    QByteArray data;
    Kind kind = File;
    QByteArray target;    // link target
    qint64 zeroBytes = 0; // File: this many zero bytes instead of data, streamed
};

inline bool write(const QString& fileName, const QList<Member>& members, Container container)
{
    struct archive* a = archive_write_new();
    if (container == Container::Zip) {
        archive_write_set_format_zip(a);
    } else {
        archive_write_set_format_pax_restricted(a);
        if (container == Container::TarGz)
            archive_write_add_filter_gzip(a);
        else if (container == Container::TarXz)
            archive_write_add_filter_xz(a);
        else if (container == Container::TarZst)
            archive_write_add_filter_zstd(a);
    }
    bool ok = archive_write_open_filename(a, QFile::encodeName(fileName).constData()) == ARCHIVE_OK;
    static const QByteArray zeros(1 << 20, '\0');
    for (const Member& m : members) {
        if (!ok)
            break;
        struct archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, m.path.constData());
        archive_entry_set_perm(e, 0644);
        switch (m.kind) {
        case Member::File:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_size(e, m.zeroBytes > 0 ? m.zeroBytes : m.data.size());
            break;
        case Member::Directory:
            archive_entry_set_filetype(e, AE_IFDIR);
            archive_entry_set_perm(e, 0755);
            break;
        case Member::Symlink:
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_symlink(e, m.target.constData());
            break;
        case Member::Hardlink:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_hardlink(e, m.target.constData());
            archive_entry_set_size(e, 0);
            break;
        case Member::Fifo:
            archive_entry_set_filetype(e, AE_IFIFO);
            break;
        case Member::CharDevice: // 1,5 is /dev/zero: endless if anything opened it
            archive_entry_set_filetype(e, AE_IFCHR);
            archive_entry_set_rdevmajor(e, 1);
            archive_entry_set_rdevminor(e, 5);
            break;
        case Member::BlockDevice: // 8,0 is the first disk
            archive_entry_set_filetype(e, AE_IFBLK);
            archive_entry_set_rdevmajor(e, 8);
            archive_entry_set_rdevminor(e, 0);
            break;
        }
        // A warning still writes the header: pax, say, stores a name that is
        // not UTF-8 as binary.
        ok = archive_write_header(a, e) >= ARCHIVE_WARN;
        if (ok && m.kind == Member::File) {
            if (m.zeroBytes > 0) {
                for (qint64 left = m.zeroBytes; ok && left > 0; left -= zeros.size())
                    ok = archive_write_data(a, zeros.constData(),
                                            size_t(std::min<qint64>(left, zeros.size()))) >= 0;
            } else if (!m.data.isEmpty()) {
                ok = archive_write_data(a, m.data.constData(), size_t(m.data.size())) ==
                     la_ssize_t(m.data.size());
            }
        }
        archive_entry_free(e);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

inline Member file(const QByteArray& path, const QByteArray& data)
{
    Member m;
    m.path = path;
    m.data = data;
    return m;
}

inline Member link(Member::Kind kind, const QByteArray& path, const QByteArray& target)
{
    Member m;
    m.kind = kind;
    m.path = path;
    m.target = target;
    return m;
}

// A FIFO or device node: nothing but a header.
inline Member special(Member::Kind kind, const QByteArray& path)
{
    Member m;
    m.kind = kind;
    m.path = path;
    return m;
}

inline Member zeros(const QByteArray& path, qint64 bytes)
{
    Member m;
    m.path = path;
    m.zeroBytes = bytes;
    return m;
}

} // namespace TestArchives
