#include "CapabilityChipDelegate.h"

#include "PluginTreeModel.h"

#include <QApplication>
#include <QPainter>

namespace Lattice {

namespace {
constexpr int ChipPadding = 6;
constexpr int ChipGap = 4;
constexpr int ChipMargin = 2;

QString chipText(const QVariantMap& chip)
{
    const QString name = chip.value(QStringLiteral("name")).toString();
    return chip.value(QStringLiteral("tier")).toString() == QLatin1String("unknown")
               ? name + QStringLiteral(" ?")
               : name;
}

QFont chipFont(const QFont& base, const QVariantMap& chip)
{
    QFont font = base;
    font.setBold(chip.value(QStringLiteral("tier")).toString() == QLatin1String("host"));
    return font;
}
} // namespace

CapabilityChipDelegate::CapabilityChipDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

CapabilityChipDelegate::TierColours CapabilityChipDelegate::coloursFor(const QString& tierId)
{
    if (tierId == QLatin1String("read"))
        return {QColor(0xdf, 0xf0, 0xd8), QColor(0x3c, 0x76, 0x3d)};
    if (tierId == QLatin1String("write"))
        return {QColor(0xfc, 0xf3, 0xcf), QColor(0x8a, 0x6d, 0x3b)};
    if (tierId == QLatin1String("host"))
        return {QColor(0xf2, 0xde, 0xde), QColor(0xa9, 0x44, 0x42)};
    return {QColor(0xe8, 0xe8, 0xe8), QColor(0x55, 0x55, 0x55)};
}

void CapabilityChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    const QVariant chips = index.data(PluginTreeModel::CapabilitiesRole);
    if (!chips.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem panel = option;
    initStyleOption(&panel, index);
    panel.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    const bool inherited = index.data(PluginTreeModel::CapabilitiesInheritedRole).toBool();
    int x = option.rect.left() + ChipMargin;
    const QRect area = option.rect.adjusted(0, ChipMargin, 0, -ChipMargin);
    for (const QVariant& v : chips.toList()) {
        const QVariantMap chip = v.toMap();
        const QFont font = chipFont(option.font, chip);
        const QString text = chipText(chip);
        const int width = QFontMetrics(font).horizontalAdvance(text) + 2 * ChipPadding;
        const QRect rect(x, area.top(), width, area.height());
        const TierColours colours = coloursFor(chip.value(QStringLiteral("tier")).toString());
        QPen pen(colours.border);
        if (chip.value(QStringLiteral("tier")).toString() == QLatin1String("unknown"))
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        // A release that inherits the plugin's default list shows it hollow.
        painter->setBrush(inherited ? QBrush(Qt::NoBrush) : QBrush(colours.fill));
        painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter->setFont(font);
        painter->setPen(inherited ? option.palette.color(QPalette::Text) : QColor(Qt::black));
        painter->drawText(rect, Qt::AlignCenter, text);
        x += width + ChipGap;
    }
    painter->restore();
}

QSize CapabilityChipDelegate::sizeHint(const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const
{
    const QVariant chips = index.data(PluginTreeModel::CapabilitiesRole);
    if (!chips.isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    int width = ChipMargin;
    for (const QVariant& v : chips.toList()) {
        const QVariantMap chip = v.toMap();
        width += QFontMetrics(chipFont(option.font, chip)).horizontalAdvance(chipText(chip)) +
                 2 * ChipPadding + ChipGap;
    }
    const int height = option.fontMetrics.height() + 2 * ChipMargin + 4;
    return {width, height};
}

} // namespace Lattice
