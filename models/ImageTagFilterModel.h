#pragma once

#include <QSortFilterProxyModel>

namespace Lattice {

// Narrows an ImageTagModel to one kind of tag and to tags whose name,
// version or digest contains the filter text; sorts numbers as numbers.
class ImageTagFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ImageTagFilterModel(QObject* parent = nullptr);

    void setKind(int kind); // int(Oci::TagKind), or -1 for every kind
    int kind() const { return m_kind; }
    void setText(const QString& text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int m_kind = -1;
    QString m_text;
};

} // namespace Lattice
