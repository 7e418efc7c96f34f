#include "ExecutableHeader.h"

namespace Lattice::Agent::Executable {

namespace {

// Load commands of a real Go binary take a few KiB; a header claiming more
// than this is not one, and the cap keeps a hostile file from costing memory.
constexpr qint64 kMaxLoadCommandBytes = 1024 * 1024;

QString cString(const QByteArray& b, qint64 offset, qint64 maxLength)
{
    if (offset < 0 || offset >= b.size())
        return {};
    const QByteArray field = b.mid(offset, maxLength);
    const qsizetype end = field.indexOf('\0');
    return QString::fromLatin1(end < 0 ? field : field.left(end));
}

QString elfArch(quint32 machine, int bits, bool bigEndian)
{
    switch (machine) {
    case 3:
        return QStringLiteral("386");
    case 62:
        return QStringLiteral("amd64");
    case 40:
        return QStringLiteral("arm");
    case 183:
        return QStringLiteral("arm64");
    case 243:
        return bits == 64 ? QStringLiteral("riscv64") : QString();
    case 21:
        return bigEndian ? QStringLiteral("ppc64") : QStringLiteral("ppc64le");
    case 22:
        return QStringLiteral("s390x");
    case 8:
        return bits == 64 ? (bigEndian ? QStringLiteral("mips64") : QStringLiteral("mips64le"))
                          : (bigEndian ? QStringLiteral("mips") : QStringLiteral("mipsle"));
    case 258:
        return QStringLiteral("loong64");
    default:
        return {};
    }
}

QString elfOs(quint8 osAbi)
{
    // Go writes ELFOSABI_NONE for Linux, so 0 names no system in particular.
    switch (osAbi) {
    case 3:
        return QStringLiteral("linux");
    case 9:
        return QStringLiteral("freebsd");
    case 2:
        return QStringLiteral("netbsd");
    case 12:
        return QStringLiteral("openbsd");
    default:
        return {};
    }
}

QString machOArch(quint32 cpuType)
{
    switch (cpuType) {
    case 7:
        return QStringLiteral("386");
    case 0x01000007:
        return QStringLiteral("amd64");
    case 12:
        return QStringLiteral("arm");
    case 0x0100000c:
        return QStringLiteral("arm64");
    case 0x01000012:
        return QStringLiteral("ppc64");
    default:
        return {};
    }
}

} // namespace

quint64 readUnsigned(const QByteArray& b, qint64 offset, int width, bool bigEndian)
{
    if (offset < 0 || offset + width > b.size())
        return 0;
    quint64 value = 0;
    for (int i = 0; i < width; ++i) {
        const quint64 byte = quint8(b.at(offset + (bigEndian ? i : width - 1 - i)));
        value = (value << 8) | byte;
    }
    return value;
}

GoBuildInfo failure(GoBuildInfo info, GoBuildInfo::Error error, const QString& text)
{
    info.error = error;
    info.errorText = text;
    return info;
}

// Finds ".go.buildinfo"; sets info's header fields, or returns an error.
std::optional<GoBuildInfo> readElf(const Input& in, GoBuildInfo& info, Section* found)
{
    const QByteArray ident = in.upTo(0, 64);
    info.format = GoBuildInfo::Format::Elf;
    if (ident.size() < 20)
        return failure(info, GoBuildInfo::Error::Truncated,
                       QStringLiteral("ELF header cut short after %1 bytes").arg(ident.size()));
    const quint8 elfClass = quint8(ident.at(4));
    const quint8 data = quint8(ident.at(5));
    if ((elfClass != 1 && elfClass != 2) || (data != 1 && data != 2))
        return failure(info, GoBuildInfo::Error::Malformed,
                       QStringLiteral("ELF header with unknown class %1 or byte order %2")
                           .arg(elfClass)
                           .arg(data));
    info.bits = elfClass == 2 ? 64 : 32;
    info.bigEndian = data == 2;
    const bool be = info.bigEndian;
    const int headerSize = info.bits == 64 ? 64 : 52;
    if (ident.size() < headerSize)
        return failure(info, GoBuildInfo::Error::Truncated,
                       QStringLiteral("ELF header cut short after %1 bytes").arg(ident.size()));
    info.machine = quint32(readUnsigned(ident, 18, 2, be));
    info.headerArch = elfArch(info.machine, info.bits, be);
    info.headerOs = elfOs(quint8(ident.at(7)));

    const bool is64 = info.bits == 64;
    const quint64 shoff = readUnsigned(ident, is64 ? 0x28 : 0x20, is64 ? 8 : 4, be);
    const quint64 shentsize = readUnsigned(ident, is64 ? 0x3a : 0x2e, 2, be);
    const quint64 shnum = readUnsigned(ident, is64 ? 0x3c : 0x30, 2, be);
    const quint64 shstrndx = readUnsigned(ident, is64 ? 0x3e : 0x32, 2, be);
    if (shnum == 0 || shoff == 0)
        return std::nullopt; // no section table: the caller scans for the magic
    const quint64 minEntry = is64 ? 64 : 40;
    if (shentsize < minEntry || shstrndx >= shnum)
        return failure(info, GoBuildInfo::Error::Malformed,
                       QStringLiteral("ELF section table with entries of %1 bytes").arg(shentsize));
    const quint64 tableEnd = shoff + shnum * shentsize;
    if (shoff > quint64(in.size()) || tableEnd > quint64(in.size()))
        return failure(info, GoBuildInfo::Error::Truncated,
                       QStringLiteral("the ELF section table ends at byte %1, past the end of the "
                                      "file (%2 bytes)")
                           .arg(tableEnd)
                           .arg(in.size()));
    const QByteArray table = in.exact(qint64(shoff), qint64(shnum * shentsize));
    if (table.isEmpty())
        return failure(info, GoBuildInfo::Error::Unreadable,
                       QStringLiteral("could not read the ELF section table"));

    struct Entry
    {
        quint32 name;
        quint32 type;
        quint64 offset;
        quint64 size;
    };
    QList<Entry> entries;
    quint64 dataEnd = 0;
    for (quint64 i = 0; i < shnum; ++i) {
        const qint64 at = qint64(i * shentsize);
        Entry e{quint32(readUnsigned(table, at, 4, be)),
                quint32(readUnsigned(table, at + 4, 4, be)),
                readUnsigned(table, at + (is64 ? 0x18 : 0x10), is64 ? 8 : 4, be),
                readUnsigned(table, at + (is64 ? 0x20 : 0x14), is64 ? 8 : 4, be)};
        constexpr quint32 kNoBits = 8;
        if (e.type != kNoBits && e.type != 0)
            dataEnd = qMax(dataEnd, e.offset + e.size);
        entries << e;
    }
    if (dataEnd > quint64(in.size()))
        return failure(info, GoBuildInfo::Error::Truncated,
                       QStringLiteral("ELF sections extend to byte %1, past the end of the file "
                                      "(%2 bytes)")
                           .arg(dataEnd)
                           .arg(in.size()));
    const Entry& strings = entries.at(qsizetype(shstrndx));
    const QByteArray names =
        in.exact(qint64(strings.offset), qint64(qMin<quint64>(strings.size, 1 << 20)));
    for (const Entry& e : entries) {
        if (cString(names, e.name, 64) == QLatin1String(".go.buildinfo")) {
            found->offset = qint64(e.offset);
            found->size = qint64(e.size);
            break;
        }
    }
    return std::nullopt;
}

std::optional<GoBuildInfo> readMachO(const Input& in, GoBuildInfo& info, Section* found)
{
    info.format = GoBuildInfo::Format::MachO;
    info.headerOs = QStringLiteral("darwin");
    const QByteArray head = in.upTo(0, 32);
    if (head.size() < 28)
        return failure(info, GoBuildInfo::Error::Truncated,
                       QStringLiteral("Mach-O header cut short after %1 bytes").arg(head.size()));
    const quint32 magic = quint32(readUnsigned(head, 0, 4, false));
    info.bigEndian = magic == 0xcefaedfe || magic == 0xcffaedfe;
    info.bits = (magic == 0xfeedfacf || magic == 0xcffaedfe) ? 64 : 32;
    const bool be = info.bigEndian;
    const qint64 headerSize = info.bits == 64 ? 32 : 28;
    if (head.size() < headerSize)
        return failure(info, GoBuildInfo::Error::Truncated,
                       QStringLiteral("Mach-O header cut short after %1 bytes").arg(head.size()));
    info.machine = quint32(readUnsigned(head, 4, 4, be));
    info.headerArch = machOArch(info.machine);
    const quint64 ncmds = readUnsigned(head, 16, 4, be);
    const quint64 sizeofcmds = readUnsigned(head, 20, 4, be);
    if (quint64(headerSize) + sizeofcmds > quint64(in.size()))
        return failure(info, GoBuildInfo::Error::Truncated,
                       QStringLiteral("the Mach-O load commands end at byte %1, past the end of "
                                      "the file (%2 bytes)")
                           .arg(quint64(headerSize) + sizeofcmds)
                           .arg(in.size()));
    if (sizeofcmds > quint64(kMaxLoadCommandBytes))
        return failure(info, GoBuildInfo::Error::Malformed,
                       QStringLiteral("Mach-O load commands of %1 bytes").arg(sizeofcmds));
    const QByteArray cmds = in.exact(headerSize, qint64(sizeofcmds));

    constexpr quint32 kSegment = 0x1;
    constexpr quint32 kSegment64 = 0x19;
    quint64 dataEnd = 0;
    qint64 at = 0;
    for (quint64 i = 0; i < ncmds; ++i) {
        const quint64 cmd = readUnsigned(cmds, at, 4, be);
        const quint64 cmdsize = readUnsigned(cmds, at + 4, 4, be);
        if (cmdsize < 8 || quint64(at) + cmdsize > sizeofcmds)
            return failure(
                info, GoBuildInfo::Error::Malformed,
                QStringLiteral("Mach-O load command %1 has size %2").arg(i).arg(cmdsize));
        if (cmd == kSegment64 || cmd == kSegment) {
            const bool is64 = cmd == kSegment64;
            const quint64 fileoff = readUnsigned(cmds, at + (is64 ? 40 : 32), is64 ? 8 : 4, be);
            const quint64 filesize = readUnsigned(cmds, at + (is64 ? 48 : 36), is64 ? 8 : 4, be);
            dataEnd = qMax(dataEnd, fileoff + filesize);
            const quint64 nsects = readUnsigned(cmds, at + (is64 ? 64 : 48), 4, be);
            const qint64 sectionSize = is64 ? 80 : 68;
            const qint64 first = at + (is64 ? 72 : 56);
            if (quint64(first) + nsects * quint64(sectionSize) > quint64(at) + cmdsize)
                return failure(info, GoBuildInfo::Error::Malformed,
                               QStringLiteral("Mach-O segment with %1 sections does not fit its "
                                              "load command")
                                   .arg(nsects));
            for (quint64 s = 0; s < nsects; ++s) {
                const qint64 sect = first + qint64(s) * sectionSize;
                const QString name = cString(cmds, sect, 16);
                const QString segment = cString(cmds, sect + 16, 16);
                if (name != QLatin1String("__go_buildinfo"))
                    continue;
                // Go puts it in __DATA; another segment is accepted only when
                // __DATA has none.
                if (found->offset >= 0 && segment != QLatin1String("__DATA"))
                    continue;
                found->size =
                    qint64(readUnsigned(cmds, sect + 32 + (is64 ? 8 : 4), is64 ? 8 : 4, be));
                found->offset = qint64(readUnsigned(cmds, sect + (is64 ? 48 : 40), 4, be));
            }
        }
        at += qint64(cmdsize);
    }
    if (dataEnd > quint64(in.size()))
        return failure(info, GoBuildInfo::Error::Truncated,
                       QStringLiteral("Mach-O segments extend to byte %1, past the end of the "
                                      "file (%2 bytes)")
                           .arg(dataEnd)
                           .arg(in.size()));
    return std::nullopt;
}

} // namespace Lattice::Agent::Executable
