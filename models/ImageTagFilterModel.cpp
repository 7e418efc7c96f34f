#include "ImageTagFilterModel.h"

#include "ImageLaneText.h"
#include "ImageTagModel.h"

namespace Lattice {

ImageTagFilterModel::ImageTagFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImageTagModel::SortRole);
}

void ImageTagFilterModel::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void ImageTagFilterModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool ImageTagFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex tag = source->index(sourceRow, ImageTagModel::TagColumn, sourceParent);
    if (m_kind >= 0 && tag.data(ImageTagModel::KindRole).toInt() != m_kind)
        return false;
    if (m_text.isEmpty())
        return true;
    const QString version =
        source->index(sourceRow, ImageTagModel::VersionColumn, sourceParent).data().toString();
    return tag.data(ImageTagModel::TagRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           version.contains(m_text, Qt::CaseInsensitive) ||
           tag.data(ImageTagModel::DigestRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool ImageTagFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int column = left.column();
    if (column == ImageTagModel::TagColumn || column == ImageTagModel::VersionColumn) {
        const QString a = left.data(sortRole()).toString();
        const QString b = right.data(sortRole()).toString();
        // Ascending reads oldest to newest, so it is the reverse of the
        // newest-first reading order.
        return Oci::tagPrecedes(b, a);
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Lattice
