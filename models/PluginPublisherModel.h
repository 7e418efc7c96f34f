#pragma once

#include "PluginIndex.h"

#include <QAbstractTableModel>

namespace Lattice {

// The publishers an index lists and the Ed25519 keys it pins for them.
class PluginPublisherModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, KeyColumn, KeyStateColumn, ColumnCount };
    enum Role { KeyValidRole = Qt::UserRole + 1 };

    explicit PluginPublisherModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setPublishers(const QList<PluginIndex::Publisher>& publishers);

private:
    QList<PluginIndex::Publisher> m_publishers;
};

} // namespace Lattice
