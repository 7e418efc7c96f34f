#include "ImageLaneText.h"

#include "OciDocument.h"

#include <QCoreApplication>
#include <QVersionNumber>
#include <algorithm>

namespace Lattice::Oci {

namespace {
// The context lupdate files these tr() calls under, so lookups find them.
QString tr(const char* text)
{
    return QCoreApplication::translate("Lattice::Oci", text);
}

constexpr int ShortHexLength = 12;

// Compares runs of digits by value, so "a41" sorts after "a9".
int naturalCompare(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            const qulonglong na = a.mid(i, endA - i).toULongLong();
            const qulonglong nb = b.mid(j, endB - j).toULongLong();
            if (na != nb)
                return na < nb ? -1 : 1;
            i = endA;
            j = endB;
            continue;
        }
        const int c = QString::compare(a.mid(i, 1), b.mid(j, 1), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0 ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}
} // namespace

QString shortDigest(const QString& digest)
{
    const qsizetype colon = digest.indexOf(QLatin1Char(':'));
    if (colon < 0 || digest.size() <= colon + 1 + ShortHexLength)
        return digest;
    return digest.left(colon + 1 + ShortHexLength) + QChar(0x2026);
}

QString mediaTypeLabel(const QString& mediaType)
{
    if (mediaType == QLatin1String(MediaType::OciIndex))
        return tr("OCI index");
    if (mediaType == QLatin1String(MediaType::OciManifest))
        return tr("OCI manifest");
    if (mediaType == QLatin1String(MediaType::DockerList))
        return tr("Docker manifest list");
    if (mediaType == QLatin1String(MediaType::DockerManifest))
        return tr("Docker manifest");
    return mediaType;
}

QString timestampText(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString timestampText(const QString& rfc3339)
{
    if (rfc3339.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    // An unparsable value is still better shown as the registry wrote it.
    return at.isValid() ? timestampText(at) : rfc3339;
}

bool tagPrecedes(const QString& a, const QString& b)
{
    // A leading "v" is part of the spelling, not of the version.
    const auto plain = [](const QString& tag) {
        return tag.startsWith(QLatin1Char('v')) ? tag.mid(1) : tag;
    };
    qsizetype suffixA = 0;
    qsizetype suffixB = 0;
    const QVersionNumber va = QVersionNumber::fromString(plain(a), &suffixA);
    const QVersionNumber vb = QVersionNumber::fromString(plain(b), &suffixB);
    const bool versionA = !va.isNull() && suffixA == plain(a).size();
    const bool versionB = !vb.isNull() && suffixB == plain(b).size();
    if (versionA != versionB)
        return versionA;
    if (versionA && va != vb) {
        // Newest first. On a common prefix the longer, more specific tag
        // leads ("0.2.1", "0.2.0", then "0.2"), as in "latest = 0.2.1 = 0.2".
        if (QVersionNumber::commonPrefix(va, vb) == vb)
            return true;
        if (QVersionNumber::commonPrefix(va, vb) == va)
            return false;
        return va > vb;
    }
    // Pins and prereleases: newest (highest number) first as well.
    const int order = naturalCompare(a, b);
    return order != 0 ? order > 0 : a < b;
}

QStringList sortedTags(QStringList tags)
{
    std::sort(tags.begin(), tags.end(), tagPrecedes);
    return tags;
}

} // namespace Lattice::Oci
