#include "LaneListModel.h"

#include <QIcon>

namespace Lattice {

LaneListModel::LaneListModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_lanes(allLanes())
{}

int LaneListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lanes.size());
}

QVariant LaneListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lane lane = m_lanes.at(index.row());
    const State state = m_states.value(lane);
    switch (role) {
    case Qt::DisplayRole:
        return laneTitle(lane);
    case Qt::ToolTipRole:
        return state.text.isEmpty() ? laneTitle(lane)
                                    : laneTitle(lane) + QStringLiteral(" — ") + state.text;
    case Qt::AccessibleTextRole:
        return state.text.isEmpty() ? laneTitle(lane)
                                    : laneTitle(lane) + QStringLiteral(", ") + state.text;
    case Qt::DecorationRole:
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(laneIconName(lane)));
    case LaneRole:
        return QVariant::fromValue(int(lane));
    case LaneIdRole:
        return laneId(lane);
    case StateTextRole:
        return state.text;
    case SeverityRole:
        return QVariant::fromValue(state.severity);
    default:
        return {};
    }
}

QHash<int, QByteArray> LaneListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LaneRole, "lane");
    names.insert(LaneIdRole, "laneId");
    names.insert(StateTextRole, "stateText");
    names.insert(SeverityRole, "severity");
    return names;
}

int LaneListModel::rowForLane(Lane lane) const
{
    return int(m_lanes.indexOf(lane));
}

void LaneListModel::setLaneState(Lane lane, const QString& text, Severity severity)
{
    const State previous = m_states.value(lane);
    if (previous.text == text && previous.severity == severity)
        return;
    m_states.insert(lane, {text, severity});
    const QModelIndex changed = index(rowForLane(lane));
    emit dataChanged(changed, changed,
                     {Qt::ToolTipRole, Qt::AccessibleTextRole, StateTextRole, SeverityRole});
}

} // namespace Lattice
