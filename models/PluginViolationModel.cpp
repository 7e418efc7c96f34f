#include "PluginViolationModel.h"

namespace Lattice {

PluginViolationModel::PluginViolationModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int PluginViolationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_violations.size());
}

int PluginViolationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PluginViolationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PluginIndexViolation& v = m_violations.at(index.row());
    if (role == RuleRole)
        return v.rule;
    switch (index.column()) {
    case RuleColumn:
        if (role == Qt::DisplayRole)
            return v.rule;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Rule %1: %2").arg(v.rule).arg(PluginIndexValidator::ruleSummary(v.rule));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PathColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return v.path;
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return v.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant PluginViolationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RuleColumn:
        return tr("Rule");
    case PathColumn:
        return tr("Path");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

void PluginViolationModel::setViolations(const QList<PluginIndexViolation>& violations)
{
    beginResetModel();
    m_violations = violations;
    endResetModel();
}

} // namespace Lattice
