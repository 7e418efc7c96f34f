#include "ImageTagModel.h"

#include "ImageLaneText.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QIcon>
#include <algorithm>

namespace Lattice {

using Oci::PlatformImage;
using Oci::TagInfo;
using Oci::TagKind;

namespace {
bool anyBroken(const TagInfo& tag)
{
    for (const PlatformImage& p : tag.platforms) {
        if (p.broken())
            return true;
    }
    return false;
}
} // namespace

ImageTagModel::ImageTagModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ImageTagModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

int ImageTagModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImageTagModel::kindText(TagKind kind)
{
    switch (kind) {
    case TagKind::Moving:
        return tr("Moving channel");
    case TagKind::Version:
        return tr("Version");
    case TagKind::Pinned:
        return tr("Pinned prerelease");
    case TagKind::Build:
        return tr("Build");
    case TagKind::Other:
        return tr("Other");
    }
    return {};
}

QVariant ImageTagModel::display(const TagInfo& tag, TagKind kind, int column) const
{
    switch (column) {
    case TagColumn:
        return tag.tag;
    case KindColumn:
        return kindText(kind);
    case DigestColumn:
        if (!tag.readable())
            return tr("unreadable");
        return Oci::shortDigest(tag.digest);
    case MediaTypeColumn:
        return Oci::mediaTypeLabel(tag.mediaType);
    case PlatformsColumn: {
        QStringList names;
        for (const PlatformImage& p : tag.platforms)
            names << (p.broken() ? tr("%1 (broken)").arg(p.platform) : p.platform);
        return names.join(QStringLiteral(", "));
    }
    case CreatedColumn:
        return Oci::timestampText(tag.created);
    case VersionColumn:
        return tag.version;
    default:
        return {};
    }
}

QVariant ImageTagModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagInfo& tag = m_tags.at(index.row());
    const TagKind kind = m_kinds.at(index.row());
    const int column = index.column();
    const bool broken = anyBroken(tag);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(tag, kind, column);
    case TagRole:
        return tag.tag;
    case KindRole:
        return int(kind);
    case DigestRole:
        return tag.digest;
    case BrokenRole:
        return broken;
    case ReadableRole:
        return tag.readable();
    case SortRole:
        switch (column) {
        case KindColumn:
            return int(kind); // moving channels first, then versions, pins, builds
        case DigestColumn:
            return tag.digest;
        case CreatedColumn:
            return tag.created; // RFC 3339 in UTC: lexical order is chronological
        case PlatformsColumn:
            return int(tag.platforms.size());
        default:
            return display(tag, kind, column);
        }
    case Qt::ToolTipRole:
        if (!tag.readable())
            return tr("The index of %1 could not be read: %2").arg(tag.tag, tag.error);
        switch (column) {
        case DigestColumn:
            return tag.digest;
        case MediaTypeColumn:
            return tag.mediaType;
        case PlatformsColumn: {
            QStringList lines;
            for (const PlatformImage& p : tag.platforms)
                lines << QStringLiteral("%1  %2").arg(p.platform, p.digest);
            if (tag.attestationCount > 0)
                lines << tr("%n attestation manifest(s) not shown", nullptr, tag.attestationCount);
            return lines.join(QLatin1Char('\n'));
        }
        case CreatedColumn:
            return tag.created;
        case VersionColumn:
            return tag.revision.isEmpty() ? QVariant() : tr("revision %1").arg(tag.revision);
        default:
            return display(tag, kind, column);
        }
    case Qt::DecorationRole:
        if (column != TagColumn)
            return {};
        if (!tag.readable() || broken)
            return QIcon(QStringLiteral(":/icons/error.svg"));
        return {};
    case Qt::FontRole:
        if (column == DigestColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ForegroundRole:
        if (!tag.readable() || broken)
            return QBrush(QColor(0x8a, 0x10, 0x10));
        return {};
    default:
        return {};
    }
}

QVariant ImageTagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case KindColumn:
        return tr("Kind");
    case DigestColumn:
        return tr("Index digest");
    case MediaTypeColumn:
        return tr("Media type");
    case PlatformsColumn:
        return tr("Platforms");
    case CreatedColumn:
        return tr("Created");
    case VersionColumn:
        return tr("Version");
    default:
        return {};
    }
}

void ImageTagModel::setTags(const QList<TagInfo>& tags, const QStringList& movingChannels)
{
    // Rows in reading order: channels as the profile lists them, then
    // versions, pins and builds, newest first. A view sorted by kind keeps
    // that order within each kind.
    QList<std::pair<TagKind, TagInfo>> rows;
    rows.reserve(tags.size());
    for (const TagInfo& t : tags)
        rows.append({Oci::classifyTag(t.tag, movingChannels), t});
    std::stable_sort(rows.begin(), rows.end(), [&movingChannels](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first < b.first;
        if (a.first == TagKind::Moving)
            return movingChannels.indexOf(a.second.tag) < movingChannels.indexOf(b.second.tag);
        return Oci::tagPrecedes(a.second.tag, b.second.tag);
    });
    beginResetModel();
    m_tags.clear();
    m_kinds.clear();
    m_tags.reserve(rows.size());
    m_kinds.reserve(rows.size());
    for (const auto& [kind, tag] : rows) {
        m_kinds.append(kind);
        m_tags.append(tag);
    }
    m_channels = movingChannels;
    endResetModel();
}

void ImageTagModel::clear()
{
    setTags({}, {});
}

QStringList ImageTagModel::tagNames() const
{
    QStringList names;
    names.reserve(m_tags.size());
    for (const TagInfo& t : m_tags)
        names << t.tag;
    return names;
}

int ImageTagModel::rowOf(const QString& tag) const
{
    for (int i = 0; i < m_tags.size(); ++i) {
        if (m_tags.at(i).tag == tag)
            return i;
    }
    return -1;
}

} // namespace Lattice
