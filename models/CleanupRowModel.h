#pragma once

#include "CleanupPlan.h"

#include <QAbstractTableModel>

namespace Lattice {

// One list of a cleanup preview (the versions kept by the keep-buffer, or
// the ones a run would delete), newest first as the workflow logs them.
class CleanupRowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, DigestColumn, CreatedColumn, ColumnCount };
    enum Role { DigestRole = Qt::UserRole + 1 };

    explicit CleanupRowModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(const QList<Oci::CleanupPlan::Row>& rows);
    void clear();
    const QList<Oci::CleanupPlan::Row>& rows() const { return m_rows; }

private:
    QList<Oci::CleanupPlan::Row> m_rows;
};

} // namespace Lattice
