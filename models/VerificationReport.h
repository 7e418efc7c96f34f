#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Lattice {

enum class EntryStatus { Pending, Ok, Failed, Missing, Unreadable };
enum class SourceKind { Directory, Files, Archive };

QString entryStatusId(EntryStatus status); // "ok", "failed", "missing", "unreadable"
QString sourceKindId(SourceKind kind);     // "dir", "files", "archive"

// What checking one listed entry found.
struct EntryResult
{
    QString name;        // as listed
    QByteArray expected; // lowercase hex
    QByteArray actual;   // lowercase hex; empty when nothing could be hashed
    EntryStatus status = EntryStatus::Pending;
    QString detail;   // why it is missing or unreadable, or a note such as "empty file"
    qint64 size = -1; // bytes hashed, -1 when unknown
    int line = 0;     // line in the checksum file
};

// The outcome of one verification run, in the shape `lattice-desk-cli verify
// --json` prints and the Verify page exports.
struct VerificationReport
{
    Q_DECLARE_TR_FUNCTIONS(VerificationReport)
public:
    struct Summary
    {
        int ok = 0;
        int failed = 0;
        int missing = 0;
        int unreadable = 0;
    };

    QString sumsFile;
    SourceKind sourceKind = SourceKind::Directory;
    QString sourcePath;
    QList<EntryResult> entries; // in checksum-file order
    QStringList unlisted;       // present in the source, not listed; sorted
    QList<int> malformedLines;
    QStringList conflicts;
    bool cancelled = false;
    QString sourceError; // the source could not be read to its end

    Summary summary() const;
    QJsonObject toJson() const;
    QString toMarkdown() const;
};

} // namespace Lattice

Q_DECLARE_METATYPE(Lattice::EntryResult)
Q_DECLARE_METATYPE(Lattice::VerificationReport)
