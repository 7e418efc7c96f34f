#include "TagDiffModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFontDatabase>

namespace Lattice {

using Oci::TagDiff;

namespace {
bool isDigest(const QString& value)
{
    return value.startsWith(QLatin1String("sha256:")) || value.startsWith(QLatin1String("sha512:"));
}
} // namespace

TagDiffModel::TagDiffModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QColor TagDiffModel::differentBackground()
{
    return QColor(0xff, 0xe5, 0x99);
}

QColor TagDiffModel::differentText()
{
    return QColor(0x3d, 0x2b, 0x00);
}

QColor TagDiffModel::sameText()
{
    return QColor(0x80, 0x80, 0x80);
}

int TagDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_diff.fields.size());
}

int TagDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagDiffModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagDiff::FieldRow& row = m_diff.fields.at(index.row());
    const int column = index.column();
    const bool side = column == AColumn || column == BColumn;
    const QString value = column == AColumn ? row.a : column == BColumn ? row.b : QString();
    switch (role) {
    case SameRole:
        return row.same();
    case FullValueRole:
        return side ? QVariant(value) : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case FieldColumn:
            return row.field;
        case PlatformColumn:
            return row.platform.isEmpty() ? tr("index") : row.platform;
        case AColumn:
        case BColumn:
            // Full digests: this is where they are compared character by character.
            return value.isEmpty() ? QStringLiteral("—") : value;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!side)
            return {};
        if (value.isEmpty())
            return tr("Not present in %1").arg(column == AColumn ? m_diff.tagA : m_diff.tagB);
        return value;
    case Qt::FontRole:
        if (side && isDigest(value))
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (!row.same() && column == FieldColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        return QBrush(row.same() ? sameText() : differentText());
    case Qt::BackgroundRole:
        if (row.same() || !side)
            return {};
        return QBrush(differentBackground());
    default:
        return {};
    }
}

QVariant TagDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case PlatformColumn:
        return tr("Platform");
    case AColumn:
        return m_diff.tagA.isEmpty() ? tr("A") : m_diff.tagA;
    case BColumn:
        return m_diff.tagB.isEmpty() ? tr("B") : m_diff.tagB;
    default:
        return {};
    }
}

void TagDiffModel::setDiff(const TagDiff& diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, AColumn, BColumn);
}

void TagDiffModel::clear()
{
    setDiff({});
}

void TagDiffModel::swapSides()
{
    if (m_diff.fields.isEmpty())
        return;
    m_diff = m_diff.swapped();
    emit dataChanged(index(0, AColumn), index(rowCount() - 1, BColumn));
    emit headerDataChanged(Qt::Horizontal, AColumn, BColumn);
}

int TagDiffModel::differenceCount() const
{
    int count = 0;
    for (const TagDiff::FieldRow& row : m_diff.fields)
        count += row.same() ? 0 : 1;
    return count;
}

} // namespace Lattice
