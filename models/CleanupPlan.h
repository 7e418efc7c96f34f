#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Lattice::Oci {

// One container version from the GitHub Packages API.
struct PackageVersion
{
    qint64 id = 0;
    QString digest;    // the version's "name"
    QString createdAt; // ISO 8601 UTC; lexical order is chronological
    QStringList tags;  // metadata.container.tags; empty = untagged
};

// The upstream weekly cleanup (lattice-server's package cleanup workflow),
// reproduced step for step so that a preview shows exactly what the next
// scheduled run would delete. Nothing here deletes anything.
class CleanupPlan
{
public:
    struct Row
    {
        qint64 id = 0;
        QString digest;
        QString createdAt;
    };

    // What inspecting one tag's manifest produced: the children it protects,
    // or readable=false when inspection failed (then it protects nothing).
    struct TagInspection
    {
        bool readable = false;
        QStringList childDigests;
    };

    QStringList tags;             // union of every tag on every version, sorted
    QStringList protectedDigests; // sorted
    QStringList unreadableTags;   // a danger: their children are unprotected
    QList<Row> keep;              // stale rows kept by the keep-buffer, newest first
    QList<Row> remove;            // what the run would delete, newest first

    // Step 1 of the workflow: keep must be a non-negative integer.
    static bool parseKeep(const QString& text, int* keep);

    static QStringList allTags(const QList<PackageVersion>& versions);
    static CleanupPlan compute(const QList<PackageVersion>& versions,
                               const QHash<QString, TagInspection>& inspections, int keep);
};

} // namespace Lattice::Oci
