#include "TwoLevelItemModel.h"

namespace Lattice {

QModelIndex TwoLevelItemModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TwoLevelItemModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || isTopLevel(child))
        return {};
    return createIndex(parentRow(child), 0, quintptr(0));
}

int TwoLevelItemModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return topLevelRowCount();
    // Only the first column of a top-level row has children.
    if (!isTopLevel(parent) || parent.column() != 0)
        return 0;
    return childRowCount(parent.row());
}

} // namespace Lattice
