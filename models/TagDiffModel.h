#pragma once

#include "TagDiff.h"

#include <QAbstractTableModel>

namespace Lattice {

// A TagDiff side by side, one row per field: equal cells are dimmed so the
// differences, highlighted, are what the eye lands on.
class TagDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, PlatformColumn, AColumn, BColumn, ColumnCount };
    enum Role {
        SameRole = Qt::UserRole + 1, // the two sides agree
        FullValueRole,               // the untruncated value of a side
    };

    explicit TagDiffModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setDiff(const Oci::TagDiff& diff);
    void clear();
    void swapSides();
    const Oci::TagDiff& diff() const { return m_diff; }
    bool isEmpty() const { return m_diff.fields.isEmpty(); }
    int differenceCount() const;

    // Colours shared with the legend the diff view shows.
    static QColor differentBackground();
    static QColor differentText();
    static QColor sameText();

private:
    Oci::TagDiff m_diff;
};

} // namespace Lattice
