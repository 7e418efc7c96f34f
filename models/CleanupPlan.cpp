#include "CleanupPlan.h"

#include <QRegularExpression>
#include <algorithm>

namespace Lattice::Oci {

bool CleanupPlan::parseKeep(const QString& text, int* keep)
{
    // The workflow tests the input against ^[0-9]+$ before using it.
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(text).hasMatch())
        return false;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return false;
    *keep = value;
    return true;
}

QStringList CleanupPlan::allTags(const QList<PackageVersion>& versions)
{
    QSet<QString> tags;
    for (const PackageVersion& v : versions) {
        for (const QString& t : v.tags)
            tags.insert(t);
    }
    QStringList sorted = tags.values();
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

CleanupPlan CleanupPlan::compute(const QList<PackageVersion>& versions,
                                 const QHash<QString, TagInspection>& inspections, int keep)
{
    CleanupPlan plan;
    plan.tags = allTags(versions);

    // Step 3: every tag's index protects its children; a tag that could not
    // be inspected protects nothing.
    QSet<QString> protectedSet;
    for (const QString& tag : plan.tags) {
        const TagInspection inspection = inspections.value(tag);
        if (!inspection.readable) {
            plan.unreadableTags << tag;
            continue;
        }
        for (const QString& digest : inspection.childDigests)
            protectedSet.insert(digest);
    }
    plan.protectedDigests = protectedSet.values();
    std::sort(plan.protectedDigests.begin(), plan.protectedDigests.end());

    // Step 4: untagged versions, newest first by the created_at string. Ties
    // (same second) fall back to the larger id, i.e. the later upload.
    QList<Row> untagged;
    for (const PackageVersion& v : versions) {
        if (v.tags.isEmpty())
            untagged.append({v.id, v.digest, v.createdAt});
    }
    std::stable_sort(untagged.begin(), untagged.end(), [](const Row& a, const Row& b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.id > b.id;
    });

    // Step 5: protected children are not stale.
    QList<Row> stale;
    for (const Row& row : untagged) {
        if (!protectedSet.contains(row.digest))
            stale.append(row);
    }

    // Step 6: keep the newest `keep` stale rows, delete the rest.
    if (stale.size() <= keep) {
        plan.keep = stale;
        return plan;
    }
    plan.keep = stale.mid(0, keep);
    plan.remove = stale.mid(keep);
    return plan;
}

} // namespace Lattice::Oci
