#include "ChecksumList.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <cstring>

namespace Lattice {

namespace {
constexpr qsizetype DigestHexLength = 64;
constexpr qsizetype ReadChunk = 64 * 1024;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isHexDigits(const char* p, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

// sha256sum's unescaping: only \\, \n and \r exist; anything else, and a
// lone trailing backslash, makes the line malformed.
bool unescape(QByteArray* name)
{
    QByteArray out;
    out.reserve(name->size());
    for (qsizetype i = 0; i < name->size(); ++i) {
        const char c = name->at(i);
        if (c != '\\') {
            out.append(c);
            continue;
        }
        if (++i == name->size())
            return false;
        switch (name->at(i)) {
        case '\\':
            out.append('\\');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        default:
            return false;
        }
    }
    *name = out;
    return true;
}

bool needsEscape(const QString& name)
{
    return name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char('\n')) ||
           name.contains(QLatin1Char('\r'));
}
} // namespace

// Splits the input into lines and parses each one. The mode that the first
// untagged line sets (GNU or reversed) is what `sha256sum` calls bsd_reversed.
class ChecksumList::Parser
{
public:
    explicit Parser(ChecksumList* list)
        : m_list(list)
    {}

    void feed(const char* data, qsizetype size)
    {
        qsizetype start = 0;
        while (start < size) {
            const char* newline =
                static_cast<const char*>(std::memchr(data + start, '\n', size_t(size - start)));
            const qsizetype end = newline ? newline - data : size;
            append(data + start, end - start);
            if (!newline)
                return;
            endLine();
            start = end + 1;
        }
    }

    void close()
    {
        if (!m_line.isEmpty() || m_tooLong)
            endLine();
    }

private:
    void append(const char* data, qsizetype size)
    {
        if (m_tooLong)
            return;
        if (m_line.size() + size > MaxLineLength) {
            // Drop what was buffered: a 100 MB line costs nothing but time.
            m_tooLong = true;
            m_line = QByteArray();
            return;
        }
        m_line.append(data, size);
    }

    void endLine()
    {
        ++m_number;
        if (m_tooLong) {
            malformed(ChecksumList::tr("line is longer than %1 bytes").arg(MaxLineLength));
        } else {
            parseLine(m_line);
        }
        m_line.clear();
        m_tooLong = false;
    }

    void malformed(const QString& reason) { m_list->m_malformed.append({m_number, reason}); }

    void parseLine(QByteArray line)
    {
        if (line.startsWith('#'))
            return;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return;
        if (line.contains('\0')) {
            malformed(ChecksumList::tr("line contains a NUL byte"));
            return;
        }
        const char* s = line.constData();
        const qsizetype n = line.size();
        qsizetype i = 0;
        while (i < n && isBlank(s[i]))
            ++i;
        bool escaped = false;
        if (i < n && s[i] == '\\') {
            ++i;
            escaped = true;
        }

        Entry entry;
        entry.line = m_number;
        QByteArray name;
        QByteArray digest;
        qsizetype tagLength = 0;
        const QByteArrayView rest = QByteArrayView(line).sliced(i);
        if (rest.startsWith("SHA256"))
            tagLength = 6;
        else if (rest.startsWith("SHA2-256")) // OpenSSL 3's `openssl dgst -sha256`
            tagLength = 8;
        if (tagLength > 0) {
            i += tagLength;
            if (i < n && s[i] == ' ')
                ++i;
            if (i >= n || s[i] != '(') {
                malformed(ChecksumList::tr("tag is not followed by '(name)'"));
                return;
            }
            ++i;
            // The name runs to the last ')' so that names holding ") = " still
            // parse the way sha256sum parses them.
            const qsizetype close = line.lastIndexOf(')');
            if (close < i) {
                malformed(ChecksumList::tr("missing ')' after the name"));
                return;
            }
            name = line.mid(i, close - i);
            qsizetype j = close + 1;
            while (j < n && isBlank(s[j]))
                ++j;
            if (j >= n || s[j] != '=') {
                malformed(ChecksumList::tr("missing '=' after the name"));
                return;
            }
            ++j;
            while (j < n && isBlank(s[j]))
                ++j;
            digest = line.mid(j);
            if (digest.size() != DigestHexLength ||
                !isHexDigits(digest.constData(), digest.size())) {
                malformed(ChecksumList::tr("the digest is not 64 hexadecimal digits"));
                return;
            }
            entry.form = Form::Tagged;
        } else {
            if (n - i < DigestHexLength + 2) {
                malformed(ChecksumList::tr("too short for a SHA-256 line"));
                return;
            }
            digest = line.mid(i, DigestHexLength);
            i += DigestHexLength;
            if (!isBlank(s[i])) {
                malformed(ChecksumList::tr(
                    "the digest is not 64 hexadecimal digits followed by a space"));
                return;
            }
            ++i;
            if (!isHexDigits(digest.constData(), digest.size())) {
                malformed(ChecksumList::tr("the digest is not 64 hexadecimal digits"));
                return;
            }
            if (n - i == 1 || (s[i] != ' ' && s[i] != '*')) {
                // The reversed form may not follow GNU lines: otherwise a
                // renamed " file" could stand in for "file".
                if (m_reversed == 0) {
                    malformed(ChecksumList::tr("one-space line in a file of two-space lines"));
                    return;
                }
                m_reversed = 1;
                entry.form = Form::Reversed;
            } else if (m_reversed != 1) {
                m_reversed = 0;
                entry.binary = s[i] == '*';
                ++i;
                entry.form = Form::Gnu;
            } else {
                // Two-space line in a reversed file: the blank belongs to the name.
                entry.form = Form::Reversed;
            }
            name = line.mid(i);
        }

        if (escaped && !unescape(&name)) {
            malformed(ChecksumList::tr("the name has an invalid backslash escape"));
            return;
        }
        if (name.isEmpty()) {
            malformed(ChecksumList::tr("the name is empty"));
            return;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        entry.name = decoder(name);
        if (decoder.hasError()) {
            malformed(ChecksumList::tr("the name is not valid UTF-8"));
            return;
        }
        entry.digest = digest.toLower();
        entry.refusal = refusalFor(entry.name);
        entry.key = keyFor(entry.name);
        m_list->m_entries.append(entry);
    }

    ChecksumList* m_list;
    QByteArray m_line;
    bool m_tooLong = false;
    int m_number = 0;
    int m_reversed = -1; // -1 undecided, 0 GNU lines seen, 1 reversed lines seen
    friend class ChecksumList;
};

ChecksumList ChecksumList::parse(QIODevice* device)
{
    ChecksumList list;
    Parser parser(&list);
    QByteArray chunk(ReadChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device->read(chunk.data(), chunk.size());
        if (got < 0) {
            list.m_readError = device->errorString();
            break;
        }
        if (got == 0 && (device->atEnd() || !device->waitForReadyRead(-1)))
            break;
        parser.feed(chunk.constData(), got);
    }
    parser.close();
    list.m_lineCount = parser.m_number;
    list.finish();
    return list;
}

ChecksumList ChecksumList::parse(const QByteArray& text)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return parse(&buffer);
}

void ChecksumList::finish()
{
    // Collapse exact repeats; keep every different digest for a name so that
    // each is checked and the disagreement is visible. Hashed, so a hostile
    // file repeating one name a million times stays linear.
    QHash<QString, qsizetype> first;           // key -> index in kept
    QHash<QString, QSet<QByteArray>> variants; // only for names seen with several digests
    QList<Entry> kept;
    kept.reserve(m_entries.size());
    first.reserve(m_entries.size());
    for (Entry& e : m_entries) {
        const QString& key = e.refusal == Refusal::None ? e.key : e.name;
        const auto seen = first.constFind(key);
        if (seen == first.cend()) {
            first.insert(key, kept.size());
            kept.append(std::move(e));
            continue;
        }
        const Entry& original = kept.at(seen.value());
        auto more = variants.find(key);
        if (more == variants.end()) {
            if (original.digest == e.digest) {
                m_duplicateLines.append(e.line);
                continue;
            }
            m_conflicts.append(original.name);
            more = variants.insert(key, {original.digest});
        } else if (more->contains(e.digest)) {
            m_duplicateLines.append(e.line);
            continue;
        }
        more->insert(e.digest);
        kept.append(std::move(e));
    }
    m_entries = std::move(kept);
    std::sort(m_conflicts.begin(), m_conflicts.end());
}

QList<int> ChecksumList::malformedLines() const
{
    QList<int> lines;
    lines.reserve(m_malformed.size());
    for (const MalformedLine& m : m_malformed)
        lines.append(m.line);
    return lines;
}

ChecksumList::Refusal ChecksumList::refusalFor(const QString& name)
{
    if (name.startsWith(QLatin1Char('/')))
        return Refusal::AbsolutePath;
    if (name == QLatin1String("..") || name.startsWith(QLatin1String("../")) ||
        name.endsWith(QLatin1String("/..")) || name.contains(QLatin1String("/../")))
        return Refusal::ParentDirectory;
    return Refusal::None;
}

QString ChecksumList::refusalText(Refusal refusal)
{
    switch (refusal) {
    case Refusal::AbsolutePath:
        return tr("refused: absolute path");
    case Refusal::ParentDirectory:
        return tr("refused: '..' climbs out of the base directory");
    case Refusal::None:
        break;
    }
    return {};
}

QString ChecksumList::keyFor(const QString& name)
{
    // Most names are already clean; cleanPath is the slow part of parsing a
    // million-line file.
    const bool clean = !name.isEmpty() && name != QLatin1String(".") &&
                       !name.startsWith(QLatin1String("./")) && !name.endsWith(QLatin1Char('/')) &&
                       !name.endsWith(QLatin1String("/.")) && !name.contains(QLatin1String("//")) &&
                       !name.contains(QLatin1String("/./"));
    return clean ? name : QDir::cleanPath(name);
}

QString ChecksumList::decodeName(const QByteArray& bytes, bool* isUtf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString name = decoder(bytes);
    *isUtf8 = !decoder.hasError();
    if (*isUtf8)
        return name;
    QString escaped;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7f || c == '\\')
            escaped += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            escaped += QLatin1Char(c);
    }
    return escaped;
}

QString ChecksumList::escapeName(const QString& name)
{
    QString escaped;
    escaped.reserve(name.size() + 8);
    for (const QChar c : name) {
        if (c == QLatin1Char('\\'))
            escaped += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            escaped += QStringLiteral("\\r");
        else
            escaped += c;
    }
    return escaped;
}

QByteArray ChecksumList::formatLine(const QString& name, const QByteArray& digest)
{
    const bool escape = needsEscape(name);
    QByteArray line;
    if (escape)
        line.append('\\');
    line.append(digest.toLower());
    line.append("  ");
    line.append((escape ? escapeName(name) : name).toUtf8());
    line.append('\n');
    return line;
}

QByteArray ChecksumList::format(QList<Line> lines)
{
    struct Keyed
    {
        QByteArray sortKey;
        QByteArray text;
    };
    QList<Keyed> keyed;
    keyed.reserve(lines.size());
    for (const Line& l : lines)
        keyed.append({escapeName(l.name).toUtf8(), formatLine(l.name, l.digest)});
    // sort -k2 compares from the blanks before the name to the end of the
    // line, then falls back to the whole line.
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        if (a.sortKey != b.sortKey)
            return a.sortKey < b.sortKey;
        return a.text < b.text;
    });
    QByteArray out;
    for (const Keyed& k : keyed)
        out.append(k.text);
    return out;
}

bool ChecksumList::looksLikeChecksumFileName(const QString& fileName)
{
    const QString name = QFileInfo(fileName).fileName().toLower();
    // SHA256SUMS.asc and friends are signatures of the list, not the list.
    for (const char* signature : {".asc", ".sig", ".gpg", ".minisig", ".pem", ".sigstore"}) {
        if (name.endsWith(QLatin1String(signature)))
            return false;
    }
    return name.contains(QLatin1String("sha256sum")) || name.endsWith(QLatin1String(".sha256")) ||
           name.endsWith(QLatin1String(".sha2")) || name.endsWith(QLatin1String("sums")) ||
           name.endsWith(QLatin1String("sums.txt")) || name == QLatin1String("checksums.txt");
}

} // namespace Lattice
