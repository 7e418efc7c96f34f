#include "TagDiff.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace Lattice::Oci {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Lattice::Oci::TagDiff", text);
}

QString layers(const PlatformImage* p)
{
    if (!p || p->layerCount < 0)
        return {};
    return QString::number(p->layerCount);
}
} // namespace

TagDiff TagDiff::compute(const TagInfo& a, const TagInfo& b)
{
    TagDiff diff;
    diff.tagA = a.tag;
    diff.tagB = b.tag;
    diff.digestA = a.digest;
    diff.digestB = b.digest;

    QSet<QString> names;
    for (const PlatformImage& p : a.platforms)
        names.insert(p.platform);
    for (const PlatformImage& p : b.platforms)
        names.insert(p.platform);
    QStringList sorted = names.values();
    std::sort(sorted.begin(), sorted.end());

    diff.fields.append({tr("Index digest"), {}, a.digest, b.digest});
    diff.fields.append({tr("Media type"), {}, a.mediaType, b.mediaType});
    diff.fields.append({tr("Created"), {}, a.created, b.created});
    diff.fields.append({tr("Version"), {}, a.version, b.version});
    diff.fields.append({tr("Revision"), {}, a.revision, b.revision});
    for (const QString& name : sorted) {
        const PlatformImage* pa = a.platform(name);
        const PlatformImage* pb = b.platform(name);
        PlatformRow row;
        row.platform = name;
        if (pa)
            row.a = pa->digest;
        if (pb)
            row.b = pb->digest;
        diff.platforms.append(row);
        diff.fields.append(
            {tr("Child digest"), name, pa ? pa->digest : QString(), pb ? pb->digest : QString()});
        diff.fields.append({tr("Config digest"), name, pa ? pa->configDigest : QString(),
                            pb ? pb->configDigest : QString()});
        diff.fields.append(
            {tr("Created"), name, pa ? pa->created : QString(), pb ? pb->created : QString()});
        diff.fields.append(
            {tr("Version"), name, pa ? pa->version : QString(), pb ? pb->version : QString()});
        diff.fields.append(
            {tr("Revision"), name, pa ? pa->revision : QString(), pb ? pb->revision : QString()});
        diff.fields.append({tr("Layers"), name, layers(pa), layers(pb)});
    }
    return diff;
}

TagDiff TagDiff::swapped() const
{
    TagDiff s = *this;
    std::swap(s.tagA, s.tagB);
    std::swap(s.digestA, s.digestB);
    for (PlatformRow& row : s.platforms)
        std::swap(row.a, row.b);
    for (FieldRow& row : s.fields)
        std::swap(row.a, row.b);
    return s;
}

QString TagDiff::toMarkdown() const
{
    const auto cell = [](const QString& value) {
        if (value.isEmpty())
            return QStringLiteral("—");
        QString escaped = value;
        escaped.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        return QStringLiteral("`%1`").arg(escaped);
    };
    QString md = QStringLiteral("| %1 | %2 | `%3` | `%4` | %5 |\n|---|---|---|---|---|\n")
                     .arg(tr("Field"), tr("Platform"), tagA, tagB, tr("Same"));
    for (const FieldRow& row : fields) {
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(row.field, row.platform.isEmpty() ? QStringLiteral("index") : row.platform,
                       cell(row.a), cell(row.b), row.same() ? tr("yes") : tr("**no**"));
    }
    return md;
}

} // namespace Lattice::Oci
