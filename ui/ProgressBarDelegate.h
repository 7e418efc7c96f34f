#pragma once

#include <QStyledItemDelegate>

namespace Lattice {

// Draws a cell as a progress bar from an integer role (0–100); a negative
// value draws an empty cell.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressBarDelegate(int progressRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace Lattice
