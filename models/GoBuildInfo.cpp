#include "GoBuildInfo.h"

#include "ExecutableHeader.h"

#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <cstring>

namespace Lattice::Agent {

namespace {

using Executable::failure;
using Executable::Input;
using Executable::readUnsigned;
using Executable::Section;

// runtime/debug's framing: "\xff Go buildinf:", pointer size, flags, then
// (inline format, flag bit 2) two varint-prefixed strings after 32 bytes.
constexpr char kMagic[] = "\xff Go buildinf:";
constexpr int kMagicSize = 14;
constexpr int kHeaderSize = 32;
constexpr int kAlign = 16;
constexpr quint8 kFlagVersionInline = 0x2;
// A build with a few hundred dependencies still has a few dozen KiB of modinfo.
constexpr qint64 kMaxBuildInfoBytes = 1024 * 1024;
constexpr qint64 kScanChunk = 1024 * 1024;
constexpr int kSentinelSize = 16;

bool isMagicAt(const QByteArray& b, qint64 offset)
{
    return offset >= 0 && offset + kMagicSize <= b.size() &&
           std::memcmp(b.constData() + offset, kMagic, kMagicSize) == 0;
}

// A 16-byte aligned header whose pointer size is plausible, at or after
// start; -1 when there is none.
qint64 scanForHeader(const Input& in, qint64 start, qint64 end)
{
    for (qint64 chunk = start; chunk < end; chunk += kScanChunk) {
        const QByteArray b = in.upTo(chunk, qMin(kScanChunk + kHeaderSize, end - chunk));
        for (qint64 at = 0; at < qMin<qint64>(kScanChunk, b.size()); at += kAlign) {
            if (b.at(at) != kMagic[0] || !isMagicAt(b, at))
                continue;
            const int ptrSize = at + kMagicSize < b.size() ? quint8(b.at(at + kMagicSize)) : 0;
            if (ptrSize == 4 || ptrSize == 8)
                return chunk + at;
        }
    }
    return -1;
}

// Go's uvarint; false when it runs past the end or over 64 bits.
bool readUvarint(const QByteArray& b, qint64* at, quint64* value)
{
    quint64 result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (*at >= b.size())
            return false;
        const quint8 byte = quint8(b.at((*at)++));
        result |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = result;
            return true;
        }
    }
    return false;
}

int hexValue(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        return c.unicode() - 'a' + 10;
    if (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
        return c.unicode() - 'A' + 10;
    return -1;
}

// strconv.Unquote for the quoted prefix of text ("…" with Go escapes, or a
// `…` raw string); sets *consumed to the length of the quoted part.
std::optional<QString> unquotePrefix(const QString& text, qsizetype* consumed)
{
    if (text.isEmpty())
        return std::nullopt;
    const QChar quote = text.at(0);
    if (quote == QLatin1Char('`')) {
        const qsizetype end = text.indexOf(QLatin1Char('`'), 1);
        if (end < 0)
            return std::nullopt;
        *consumed = end + 1;
        return text.mid(1, end - 1);
    }
    if (quote != QLatin1Char('"'))
        return std::nullopt;
    QByteArray out; // escapes like \xff are bytes of UTF-8
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            *consumed = i + 1;
            return QString::fromUtf8(out);
        }
        if (c != QLatin1Char('\\')) {
            out += QString(c).toUtf8();
            continue;
        }
        if (++i >= text.size())
            return std::nullopt;
        const QChar e = text.at(i);
        const auto hexDigits = [&](int n) -> std::optional<uint> {
            if (i + n >= text.size())
                return std::nullopt;
            uint v = 0;
            for (int k = 1; k <= n; ++k) {
                const int h = hexValue(text.at(i + k));
                if (h < 0)
                    return std::nullopt;
                v = v * 16 + uint(h);
            }
            i += n;
            return v;
        };
        switch (e.unicode()) {
        case 'a':
            out += '\a';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'v':
            out += '\v';
            break;
        case '\\':
            out += '\\';
            break;
        case '"':
            out += '"';
            break;
        case 'x': {
            const auto v = hexDigits(2);
            if (!v)
                return std::nullopt;
            out += char(*v);
            break;
        }
        case 'u':
        case 'U': {
            const auto v = hexDigits(e == QLatin1Char('u') ? 4 : 8);
            if (!v || *v > 0x10ffff)
                return std::nullopt;
            const char32_t cp = char32_t(*v);
            out += QString::fromUcs4(&cp, 1).toUtf8();
            break;
        }
        default:
            if (e >= QLatin1Char('0') && e <= QLatin1Char('7') && i + 2 < text.size()) {
                uint v = 0;
                for (int k = 0; k < 3; ++k) {
                    const QChar d = text.at(i + k);
                    if (d < QLatin1Char('0') || d > QLatin1Char('7'))
                        return std::nullopt;
                    v = v * 8 + uint(d.unicode() - '0');
                }
                if (v > 255)
                    return std::nullopt;
                out += char(v);
                i += 2;
                break;
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace

QString GoBuildInfo::setting(const QString& key) const
{
    for (const auto& s : settings) {
        if (s.first == key)
            return s.second;
    }
    return {};
}

QString GoBuildInfo::module() const
{
    return mainModule.path.isEmpty() ? path : mainModule.path;
}

QString GoBuildInfo::formatName() const
{
    switch (format) {
    case Format::Elf:
        return QStringLiteral("ELF %1-bit %2").arg(bits).arg(bigEndian ? u"MSB" : u"LSB");
    case Format::MachO:
        return QStringLiteral("Mach-O %1-bit").arg(bits);
    case Format::Unknown:
        break;
    }
    return QStringLiteral("unknown format");
}

QStringList GoBuildInfo::problems(const QString& assetName) const
{
    QStringList out;
    if (!ok())
        return out;
    if (!headerArch.isEmpty() && !goarch.isEmpty() && headerArch != goarch)
        out << QStringLiteral("the %1 header is for %2, but the build info says GOARCH=%3")
                   .arg(formatName(), headerArch, goarch);
    const bool appleOs = goos == QLatin1String("darwin") || goos == QLatin1String("ios");
    if (!goos.isEmpty()) {
        if (format == Format::MachO && !appleOs)
            out << QStringLiteral("a Mach-O file, but the build info says GOOS=%1").arg(goos);
        else if (format == Format::Elf &&
                 (appleOs || goos == QLatin1String("windows") || goos == QLatin1String("plan9")))
            out << QStringLiteral("an ELF file, but the build info says GOOS=%1").arg(goos);
        else if (format == Format::Elf && !headerOs.isEmpty() && headerOs != goos)
            out << QStringLiteral("the ELF header is for %1, but the build info says GOOS=%2")
                       .arg(headerOs, goos);
    }
    if (const auto named = agentAssetPlatform(assetName)) {
        const QString os = goos.isEmpty() ? headerOs : goos;
        if (!os.isEmpty() && named->first != os)
            out << QStringLiteral("%1 is named for %2, but the binary is built for %3")
                       .arg(assetName, named->first, os);
        if (!goarch.isEmpty() && named->second != goarch)
            out << QStringLiteral("%1 is named for %2, but the build info says GOARCH=%3")
                       .arg(assetName, named->second, goarch);
        // When header and build info agree, the message above already says it.
        if (!headerArch.isEmpty() && named->second != headerArch && headerArch != goarch)
            out << QStringLiteral("%1 is named for %2, but the %3 header is for %4")
                       .arg(assetName, named->second, formatName(), headerArch);
    }
    return out;
}

GoBuildInfo GoBuildInfo::parse(const QByteArray& bytes)
{
    const Reader read = [&bytes](qint64 offset, qint64 length) {
        return bytes.mid(offset, length);
    };
    return parse(bytes.size(), read);
}

GoBuildInfo GoBuildInfo::parse(qint64 size, const Reader& read)
{
    GoBuildInfo info;
    info.fileSize = size;
    const Input in(size, read);
    if (size == 0)
        return failure(info, Error::UnknownFormat, QStringLiteral("the file is empty"));
    const QByteArray start = in.upTo(0, 4);
    if (start.size() < 4)
        return failure(
            info, Error::UnknownFormat,
            QStringLiteral("only %1 byte(s), too short for an executable").arg(start.size()));
    const quint32 magicLe = quint32(readUnsigned(start, 0, 4, false));
    Section section;
    std::optional<GoBuildInfo> headerError;
    if (start.startsWith("\x7f"
                         "ELF")) {
        headerError = Executable::readElf(in, info, &section);
    } else if (magicLe == 0xfeedface || magicLe == 0xfeedfacf || magicLe == 0xcefaedfe ||
               magicLe == 0xcffaedfe) {
        headerError = Executable::readMachO(in, info, &section);
    } else if (magicLe == 0xbebafeca || magicLe == 0xcafebabe) {
        return failure(info, Error::UnknownFormat,
                       QStringLiteral("a universal (fat) Mach-O file; agent releases publish one "
                                      "binary per architecture"));
    } else if (start.startsWith("MZ")) {
        return failure(info, Error::UnknownFormat,
                       QStringLiteral("a Windows (PE) executable; agent releases publish none"));
    } else {
        return failure(info, Error::UnknownFormat,
                       QStringLiteral("neither an ELF nor a Mach-O executable"));
    }
    if (headerError)
        return *headerError;

    qint64 headerAt = -1;
    if (section.offset >= 0) {
        if (section.offset > size || section.size > size - section.offset)
            return failure(
                info, Error::Truncated,
                QStringLiteral("the Go build info section ends past the end of the file"));
        const QByteArray head = in.exact(section.offset, qMin<qint64>(section.size, kHeaderSize));
        if (!isMagicAt(head, 0))
            return failure(info, Error::Malformed,
                           QStringLiteral("the Go build info section does not start with its "
                                          "magic"));
        headerAt = section.offset;
    } else {
        headerAt = scanForHeader(in, 0, size);
    }
    if (headerAt < 0)
        return failure(info, Error::NotGo,
                       QStringLiteral("%1 executable without Go build information: not a Go binary")
                           .arg(info.formatName()));

    const QByteArray block = in.upTo(headerAt, kHeaderSize + kMaxBuildInfoBytes);
    if (block.size() < kHeaderSize)
        return failure(info, Error::Truncated,
                       QStringLiteral("the Go build info header is cut short"));
    const quint8 flags = quint8(block.at(kMagicSize + 1));
    if (!(flags & kFlagVersionInline))
        return failure(info, Error::OldFormat,
                       QStringLiteral("the build info uses the pointer format of Go before 1.18, "
                                      "which is not read; rebuild with Go 1.18 or later"));
    qint64 at = kHeaderSize;
    QByteArray strings[2];
    for (QByteArray& s : strings) {
        quint64 length = 0;
        if (!readUvarint(block, &at, &length) || length > quint64(block.size() - at))
            return failure(info,
                           block.size() < kHeaderSize + kMaxBuildInfoBytes ? Error::Truncated
                                                                           : Error::Malformed,
                           QStringLiteral("the Go build info strings run past the end of the "
                                          "data"));
        s = block.mid(at, qint64(length));
        at += qint64(length);
    }
    info.goVersion = QString::fromUtf8(strings[0]);
    if (!info.goVersion.startsWith(QLatin1String("go")) &&
        !info.goVersion.startsWith(QLatin1String("devel")))
        return failure(
            info, Error::Malformed,
            QStringLiteral("the Go version \"%1\" is not one").arg(info.goVersion.left(40)));
    QByteArray mod = strings[1];
    // Framed by 16-byte sentinels; without them Go itself reports no modules.
    if (mod.size() >= 2 * kSentinelSize + 1 && mod.at(mod.size() - kSentinelSize - 1) == '\n')
        mod = mod.mid(kSentinelSize, mod.size() - 2 * kSentinelSize);
    else
        mod.clear();
    QString error;
    if (!info.parseModInfo(QString::fromUtf8(mod), &error))
        return failure(info, Error::Malformed, error);
    if (info.goos.isEmpty())
        info.goos = info.headerOs;
    if (info.goarch.isEmpty())
        info.goarch = info.headerArch;
    return info;
}

bool GoBuildInfo::parseModInfo(const QString& text, QString* error)
{
    const auto module = [](const QStringList& fields) {
        GoModule m;
        m.path = fields.value(1);
        m.version = fields.value(2);
        m.sum = fields.value(3);
        return m;
    };
    GoModule* last = nullptr;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        const QString kind = fields.first();
        if (kind == QLatin1String("go")) {
            if (goVersion.isEmpty())
                goVersion = fields.value(1);
        } else if (kind == QLatin1String("path")) {
            path = fields.value(1);
        } else if (kind == QLatin1String("mod")) {
            mainModule = module(fields);
            last = &mainModule;
        } else if (kind == QLatin1String("dep")) {
            deps << module(fields);
            last = &deps.last();
        } else if (kind == QLatin1String("=>")) {
            if (!last) {
                *error = QStringLiteral("build info: a replacement without a module before it");
                return false;
            }
            last->replacement =
                QStringLiteral("%1 %2").arg(fields.value(1), fields.value(2)).trimmed();
            last = nullptr;
        } else if (kind == QLatin1String("build")) {
            const QString kv = line.mid(6);
            QString key;
            QString raw;
            if (kv.startsWith(QLatin1Char('"')) || kv.startsWith(QLatin1Char('`'))) {
                qsizetype used = 0;
                const auto quoted = unquotePrefix(kv, &used);
                if (!quoted || used >= kv.size() || kv.at(used) != QLatin1Char('=')) {
                    *error = QStringLiteral("build info: bad quoted key in \"%1\"").arg(line);
                    return false;
                }
                key = *quoted;
                raw = kv.mid(used + 1);
            } else {
                const qsizetype eq = kv.indexOf(QLatin1Char('='));
                if (eq <= 0) {
                    *error = QStringLiteral("build info: no key=value in \"%1\"").arg(line);
                    return false;
                }
                key = kv.left(eq);
                raw = kv.mid(eq + 1);
            }
            QString value = raw;
            if (raw.startsWith(QLatin1Char('"')) || raw.startsWith(QLatin1Char('`'))) {
                qsizetype used = 0;
                const auto quoted = unquotePrefix(raw, &used);
                if (!quoted || used != raw.size()) {
                    *error = QStringLiteral("build info: bad quoted value in \"%1\"").arg(line);
                    return false;
                }
                value = *quoted;
            }
            settings.append({key, value});
        }
        // Other lines are from newer toolchains; Go's own reader skips them too.
    }
    goos = setting(QStringLiteral("GOOS"));
    goarch = setting(QStringLiteral("GOARCH"));
    return true;
}

GoBuildInfo GoBuildInfo::readFile(const QString& path, qint64 maxBytes)
{
    GoBuildInfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(info, Error::Unreadable,
                       QStringLiteral("%1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size > maxBytes) {
        info.fileSize = size;
        return failure(info, Error::TooLarge,
                       QStringLiteral("%1 is %2 MiB; files over %3 MiB are not agent binaries and "
                                      "are not read")
                           .arg(path)
                           .arg(size / (1024 * 1024))
                           .arg(maxBytes / (1024 * 1024)));
    }
    bool readFailed = false;
    const Reader read = [&file, &readFailed](qint64 offset, qint64 length) {
        if (!file.seek(offset)) {
            readFailed = true;
            return QByteArray();
        }
        QByteArray bytes = file.read(length);
        if (bytes.size() != length)
            readFailed = true;
        return bytes;
    };
    info = parse(size, read);
    if (readFailed && !info.ok() && info.error != Error::UnknownFormat)
        return failure(info, Error::Unreadable,
                       QStringLiteral("%1: %2 (the file may have changed while it was read)")
                           .arg(path, file.errorString()));
    return info;
}

std::optional<QPair<QString, QString>> agentAssetPlatform(const QString& assetName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^lattice-agent-([a-z0-9]+)-([a-z0-9]+)$"));
    const QRegularExpressionMatch m = pattern.match(assetName);
    if (!m.hasMatch())
        return std::nullopt;
    return QPair<QString, QString>{m.captured(1), m.captured(2)};
}

QPair<QString, QString> hostGoPlatform()
{
    QString os = QSysInfo::kernelType();
    if (os == QLatin1String("winnt"))
        os = QStringLiteral("windows");
    const QString cpu = QSysInfo::currentCpuArchitecture();
    QString arch = cpu;
    if (cpu == QLatin1String("x86_64"))
        arch = QStringLiteral("amd64");
    else if (cpu == QLatin1String("i386"))
        arch = QStringLiteral("386");
    else if (cpu == QLatin1String("power64"))
        arch = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? QStringLiteral("ppc64le")
                                                             : QStringLiteral("ppc64");
    return {os, arch};
}

} // namespace Lattice::Agent
