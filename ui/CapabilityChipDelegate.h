#pragma once

#include <QStyledItemDelegate>

namespace Lattice {

// Paints a capability list (PluginTreeModel::CapabilitiesRole) as chips
// coloured by risk tier. Colour is not the only cue: host chips are bold and
// unknown ones dashed and marked "?", and the item's text, which screen
// readers get, names every tier in words.
class CapabilityChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CapabilityChipDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    struct TierColours
    {
        QColor fill;
        QColor border;
    };
    static TierColours coloursFor(const QString& tierId);
};

} // namespace Lattice
