#include "EndpointStatusModel.h"

#include <QIcon>
#include <algorithm>

namespace Lattice {

EndpointStatusModel::EndpointStatusModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int EndpointStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EndpointStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointStatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == StateRole)
        return QVariant::fromValue(row.state);
    if (role == IdRole)
        return row.id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return row.name;
        break;
    case UrlColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.url.toString();
        break;
    case StateColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            switch (row.state) {
            case State::Unknown:
                return tr("Not checked");
            case State::Checking:
                return tr("Checking…");
            case State::Reachable:
                return tr("Reachable (%1)").arg(row.detail);
            case State::Unreachable:
                return tr("Could not reach: %1").arg(row.detail);
            }
        }
        if (role == Qt::DecorationRole) {
            switch (row.state) {
            case State::Reachable:
                return QIcon(QStringLiteral(":/icons/ok.svg"));
            case State::Unreachable:
                return QIcon(QStringLiteral(":/icons/error.svg"));
            default:
                return QIcon(QStringLiteral(":/icons/unknown.svg"));
            }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant EndpointStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Endpoint");
    case UrlColumn:
        return tr("URL");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void EndpointStatusModel::setEndpoints(const QList<Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void EndpointStatusModel::markAllChecking()
{
    for (Row& row : m_rows)
        row.state = State::Checking;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StateColumn), index(int(m_rows.size()) - 1, StateColumn));
}

void EndpointStatusModel::setResult(const QString& id, bool reachable, const QString& detail,
                                    const QDateTime& at)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        if (row.id != id)
            continue;
        row.state = reachable ? State::Reachable : State::Unreachable;
        row.detail = detail;
        row.checkedAt = at;
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        return;
    }
}

int EndpointStatusModel::unreachableCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row& r) { return r.state == State::Unreachable; }));
}

int EndpointStatusModel::reachableCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row& r) { return r.state == State::Reachable; }));
}

} // namespace Lattice
