#pragma once

#include "PluginIndexValidator.h"

#include <QAbstractTableModel>

namespace Lattice {

// The rule violations of one plugin index: rule number, JSON path, message.
class PluginViolationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RuleColumn, PathColumn, MessageColumn, ColumnCount };
    enum Role { RuleRole = Qt::UserRole + 1 };

    explicit PluginViolationModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setViolations(const QList<PluginIndexViolation>& violations);
    const QList<PluginIndexViolation>& violations() const { return m_violations; }

private:
    QList<PluginIndexViolation> m_violations;
};

} // namespace Lattice
