#include "VerificationReport.h"

#include <QJsonArray>

namespace Lattice {

QString entryStatusId(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Ok:
        return QStringLiteral("ok");
    case EntryStatus::Failed:
        return QStringLiteral("failed");
    case EntryStatus::Missing:
        return QStringLiteral("missing");
    case EntryStatus::Unreadable:
    case EntryStatus::Pending: // a finished report holds no pending entry
        break;
    }
    return QStringLiteral("unreadable");
}

QString sourceKindId(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Directory:
        return QStringLiteral("dir");
    case SourceKind::Files:
        return QStringLiteral("files");
    case SourceKind::Archive:
        break;
    }
    return QStringLiteral("archive");
}

VerificationReport::Summary VerificationReport::summary() const
{
    Summary s;
    for (const EntryResult& e : entries) {
        switch (e.status) {
        case EntryStatus::Ok:
            ++s.ok;
            break;
        case EntryStatus::Failed:
            ++s.failed;
            break;
        case EntryStatus::Missing:
            ++s.missing;
            break;
        case EntryStatus::Unreadable:
        case EntryStatus::Pending:
            ++s.unreadable;
            break;
        }
    }
    return s;
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray entryList;
    for (const EntryResult& e : entries) {
        entryList.append(QJsonObject{
            {QStringLiteral("name"), e.name},
            {QStringLiteral("status"), entryStatusId(e.status)},
            {QStringLiteral("expected"), QString::fromLatin1(e.expected)},
            {QStringLiteral("actual"),
             e.actual.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(e.actual))},
        });
    }
    QJsonArray lines;
    for (int line : malformedLines)
        lines.append(line);
    const Summary s = summary();
    return {
        {QStringLiteral("sums_file"), sumsFile},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), sourceKindId(sourceKind)},
                                               {QStringLiteral("path"), sourcePath}}},
        {QStringLiteral("entries"), entryList},
        {QStringLiteral("unlisted"), QJsonArray::fromStringList(unlisted)},
        {QStringLiteral("malformed_lines"), lines},
        {QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts)},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("ok"), s.ok},
                                                {QStringLiteral("failed"), s.failed},
                                                {QStringLiteral("missing"), s.missing},
                                                {QStringLiteral("unreadable"), s.unreadable}}},
    };
}

namespace {
// File names are data: nothing in them may become Markdown structure.
QString markdownText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\r')) {
            out += QStringLiteral("\\r");
        } else if (QStringView(u"\\`*_[]<>|~").contains(c) ||
                   (i == 0 && QStringView(u"#+-!").contains(c))) {
            out += QLatin1Char('\\');
            out += c;
        } else {
            out += c;
        }
    }
    // "1. name" would start a numbered list.
    qsizetype digits = 0;
    while (digits < out.size() && out.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < out.size() &&
        (out.at(digits) == QLatin1Char('.') || out.at(digits) == QLatin1Char(')')))
        out.insert(digits, QLatin1Char('\\'));
    return out;
}

QString statusWord(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Ok:
        return VerificationReport::tr("OK");
    case EntryStatus::Failed:
        return VerificationReport::tr("FAILED");
    case EntryStatus::Missing:
        return VerificationReport::tr("missing");
    case EntryStatus::Unreadable:
    case EntryStatus::Pending:
        break;
    }
    return VerificationReport::tr("unreadable");
}
} // namespace

QString VerificationReport::toMarkdown() const
{
    const Summary s = summary();
    QString md;
    md += tr("# Checksum verification\n\n");
    md += tr("- Checksum file: %1\n").arg(markdownText(sumsFile));
    md += tr("- Source (%1): %2\n").arg(sourceKindId(sourceKind), markdownText(sourcePath));
    md += tr("- Result: %1 OK, %2 failed, %3 missing, %4 unreadable\n")
              .arg(s.ok)
              .arg(s.failed)
              .arg(s.missing)
              .arg(s.unreadable);
    if (cancelled)
        md += tr("- The run was cancelled; entries not reached are listed as unreadable.\n");
    if (!sourceError.isEmpty())
        md += tr("- The source could not be read to its end: %1\n").arg(markdownText(sourceError));
    md += QLatin1Char('\n');
    md += tr("| Status | Name | Expected | Actual | Detail |\n");
    md += QStringLiteral("| --- | --- | --- | --- | --- |\n");
    for (const EntryResult& e : entries) {
        md +=
            QStringLiteral("| %1 | %2 | `%3` | %4 | %5 |\n")
                .arg(statusWord(e.status), markdownText(e.name), QString::fromLatin1(e.expected),
                     e.actual.isEmpty() ? QStringLiteral("—")
                                        : QStringLiteral("`%1`").arg(QString::fromLatin1(e.actual)),
                     markdownText(e.detail));
    }
    if (!unlisted.isEmpty()) {
        md += tr("\n## Present but not listed\n\n");
        for (const QString& name : unlisted)
            md += QStringLiteral("- %1\n").arg(markdownText(name));
    }
    if (!malformedLines.isEmpty()) {
        QStringList numbers;
        for (int line : malformedLines)
            numbers << QString::number(line);
        md += tr("\n## Improperly formatted lines\n\n%1\n").arg(numbers.join(QStringLiteral(", ")));
    }
    if (!conflicts.isEmpty()) {
        md += tr("\n## Listed with different checksums\n\n");
        for (const QString& name : conflicts)
            md += QStringLiteral("- %1\n").arg(markdownText(name));
    }
    return md;
}

} // namespace Lattice
