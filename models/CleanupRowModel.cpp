#include "CleanupRowModel.h"

#include <QFontDatabase>

namespace Lattice {

CleanupRowModel::CleanupRowModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int CleanupRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CleanupRowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CleanupRowModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Oci::CleanupPlan::Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IdColumn:
            return QString::number(row.id);
        case DigestColumn:
            // Full digests: these are what a maintainer searches the package page for.
            return row.digest;
        case CreatedColumn:
            return row.createdAt;
        default:
            return {};
        }
    case DigestRole:
        return row.digest;
    case Qt::FontRole:
        if (index.column() == DigestColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CleanupRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Version id");
    case DigestColumn:
        return tr("Digest");
    case CreatedColumn:
        return tr("created_at");
    default:
        return {};
    }
}

void CleanupRowModel::setRows(const QList<Oci::CleanupPlan::Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void CleanupRowModel::clear()
{
    setRows({});
}

} // namespace Lattice
