#include "TagTimelineModel.h"

#include "ImageLaneText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFontDatabase>

namespace Lattice {

using Oci::TagTimeline;

namespace {
const QColor QuietText(0x6b, 0x46, 0x00);
} // namespace

TagTimelineModel::TagTimelineModel(QObject* parent)
    : TwoLevelItemModel(parent)
{}

int TagTimelineModel::topLevelRowCount() const
{
    return int(m_timelines.size());
}

int TagTimelineModel::childRowCount(int topLevelRow) const
{
    return int(m_timelines.at(topLevelRow).entries.size());
}

int TagTimelineModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TagTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isTopLevel(index))
        return tagData(m_timelines.at(index.row()), index.column(), role);
    return entryData(m_timelines.at(parentRow(index)), index.row(), index.column(), role);
}

QVariant TagTimelineModel::tagData(const TagTimeline& timeline, int column, int role) const
{
    const TagTimeline::Entry* newest =
        timeline.entries.isEmpty() ? nullptr : &timeline.entries.constFirst();
    switch (role) {
    case TagRole:
        return timeline.tag;
    case DigestRole:
        return newest ? newest->digest : QString();
    case ChangeRole:
        return false;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case WhenColumn:
            return timeline.tag;
        case DigestColumn:
            return newest ? Oci::shortDigest(newest->digest) : QString();
        case VersionsColumn:
            if (!newest)
                return QString();
            return newest->versions.isEmpty() ? tr("no version tag")
                                              : newest->versions.join(QStringLiteral(" = "));
        case NoteColumn:
            if (!newest)
                return tr("never observed");
            return tr("%n change(s) recorded", nullptr, int(timeline.entries.size()));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == DigestColumn && newest)
            return newest->digest;
        return {};
    case Qt::FontRole: {
        if (column == DigestColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        QFont bold;
        bold.setBold(column == WhenColumn);
        return bold;
    }
    case Qt::ForegroundRole:
        if (!newest || (column == VersionsColumn && newest->versions.isEmpty()))
            return QBrush(QuietText);
        return {};
    default:
        return {};
    }
}

QVariant TagTimelineModel::entryData(const TagTimeline& timeline, int entry, int column,
                                     int role) const
{
    const TagTimeline::Entry& e = timeline.entries.at(entry);
    switch (role) {
    case TagRole:
        return timeline.tag;
    case DigestRole:
        return e.digest;
    case ChangeRole:
        return true;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case WhenColumn:
            return Oci::timestampText(e.observedAt);
        case DigestColumn:
            return Oci::shortDigest(e.digest);
        case VersionsColumn:
            return e.versions.isEmpty() ? tr("no version tag")
                                        : e.versions.join(QStringLiteral(" = "));
        case NoteColumn:
            if (!e.until.isValid())
                return tr("current");
            return tr("until %1").arg(Oci::timestampText(e.until));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case WhenColumn:
            return tr("First seen on %1 at %2")
                .arg(e.digest, e.observedAt.toUTC().toString(Qt::ISODate));
        case DigestColumn:
            return e.digest;
        default:
            return {};
        }
    case Qt::FontRole:
        if (column == DigestColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ForegroundRole:
        if (column == VersionsColumn && e.versions.isEmpty())
            return QBrush(QuietText);
        return {};
    default:
        return {};
    }
}

QVariant TagTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("Tag / changed at");
    case DigestColumn:
        return tr("Digest");
    case VersionsColumn:
        return tr("Matched version");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

void TagTimelineModel::setTimelines(const QList<TagTimeline>& timelines)
{
    beginResetModel();
    m_timelines = timelines;
    endResetModel();
}

void TagTimelineModel::clear()
{
    setTimelines({});
}

TagHistoryModel::TagHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int TagHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TagHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Oci::TagHistoryRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TagColumn:
            return row.tag;
        case DigestColumn:
            return row.digest;
        case ObservedColumn:
            return Oci::timestampText(row.observedAt);
        default:
            return {};
        }
    case SortRole:
        if (index.column() == ObservedColumn)
            return row.observedAt;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == ObservedColumn)
            return row.observedAt.toUTC().toString(Qt::ISODateWithMs);
        return data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (index.column() == DigestColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    default:
        return {};
    }
}

QVariant TagHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case DigestColumn:
        return tr("Digest");
    case ObservedColumn:
        return tr("Observed at");
    default:
        return {};
    }
}

void TagHistoryModel::setRows(const QList<Oci::TagHistoryRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void TagHistoryModel::clear()
{
    setRows({});
}

} // namespace Lattice
