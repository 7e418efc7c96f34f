#pragma once

#include <QAbstractItemModel>

namespace Lattice {

// The plumbing of a tree that is exactly two levels deep (channels and their
// platforms, plugins and their releases, tags and their changes): a
// top-level index carries internal id 0, a child carries its parent's
// row + 1, so parent() needs no pointers into the model's data. Subclasses
// say how many rows there are and what they hold.
class TwoLevelItemModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const final;

protected:
    virtual int topLevelRowCount() const = 0;
    virtual int childRowCount(int topLevelRow) const = 0;

    static bool isTopLevel(const QModelIndex& index) { return index.internalId() == 0; }
    // For a child index: the row of its top-level parent.
    static int parentRow(const QModelIndex& child) { return int(child.internalId() - 1); }
};

} // namespace Lattice
