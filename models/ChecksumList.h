#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Lattice {

// A SHA256SUMS file read the way `sha256sum -c` reads it: GNU lines (text and
// binary flag), the one-space reversed form, BSD and OpenSSL tags, escaped
// names, comments, blank lines and CRLF. Every line that is not one of those
// is kept by number with the reason, never silently dropped.
class ChecksumList
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumList)
public:
    enum class Form { Gnu, Reversed, Tagged };
    // Why a listed name is never opened.
    enum class Refusal { None, AbsolutePath, ParentDirectory };

    struct Entry
    {
        QString name;      // as listed, unescaped
        QString key;       // the relative path it names: "./a//b" and "a/b" share one
        QByteArray digest; // 64 lowercase hex digits
        int line = 0;      // 1-based line number in the file
        Form form = Form::Gnu;
        bool binary = false; // the '*' flag; it records a mode, the digest is the same
        Refusal refusal = Refusal::None;
    };

    struct MalformedLine
    {
        int line = 0;
        QString reason;
    };

    // Longer lines cannot hold a real path (PATH_MAX is 4096 bytes, twice that
    // escaped); they are reported and skipped without being kept in memory.
    static constexpr qsizetype MaxLineLength = 32 * 1024;

    // Reads the device to its end in fixed-size chunks.
    static ChecksumList parse(QIODevice* device);
    static ChecksumList parse(const QByteArray& text);

    // Entries in file order. A name listed twice with the same digest is kept
    // once; listed with different digests, every variant is kept and the name
    // is a conflict.
    const QList<Entry>& entries() const { return m_entries; }
    const QList<MalformedLine>& malformed() const { return m_malformed; }
    QList<int> malformedLines() const;
    QStringList conflicts() const { return m_conflicts; } // names, sorted
    QList<int> duplicateLines() const { return m_duplicateLines; }
    int lineCount() const { return m_lineCount; }
    // At least one properly formatted line (refused names and duplicates count).
    bool hasValidLine() const { return !m_entries.isEmpty(); }
    // The device failed part-way; what was read before is kept.
    bool hasReadError() const { return !m_readError.isEmpty(); }
    QString readError() const { return m_readError; }

    static Refusal refusalFor(const QString& name);
    static QString refusalText(Refusal refusal);
    static QString keyFor(const QString& name);
    // A name read as bytes (from a directory or an archive). Listed names are
    // UTF-8, so one that is not can never match one: *isUtf8 is then false
    // and each byte outside printable ASCII, and the backslash, shows as \xHH
    // (U+FFFD instead could read exactly like a listed name).
    static QString decodeName(const QByteArray& bytes, bool* isUtf8);

    // The GNU escape: \\ for a backslash, \n for a newline, \r for a carriage
    // return. A line with an escaped name starts with a backslash.
    static QString escapeName(const QString& name);
    // One GNU text-mode line ("<hex>  <name>\n"), with the leading-backslash
    // escape for names holding a backslash, newline or carriage return.
    static QByteArray formatLine(const QString& name, const QByteArray& digest);
    // A whole SHA256SUMS in the order `LC_ALL=C sort -k2` puts sha256sum's
    // output: byte order of the written name.
    struct Line
    {
        QString name;
        QByteArray digest;
    };
    static QByteArray format(QList<Line> lines);

    // Names release pipelines and desktop tools give checksum files.
    static bool looksLikeChecksumFileName(const QString& fileName);

private:
    class Parser;
    void finish();

    QList<Entry> m_entries;
    QList<MalformedLine> m_malformed;
    QStringList m_conflicts;
    QList<int> m_duplicateLines;
    int m_lineCount = 0;
    QString m_readError;
};

} // namespace Lattice
