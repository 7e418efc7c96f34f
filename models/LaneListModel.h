#pragma once

#include "Lane.h"

#include <QAbstractListModel>
#include <QHash>

namespace Lattice {

// The sidebar's content: one row per lane, with a short state line that the
// lane pages fill in as they learn things ("3 tags broken", "offline").
class LaneListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        LaneRole = Qt::UserRole + 1,
        LaneIdRole,
        StateTextRole,
        SeverityRole,
    };
    enum class Severity { None, Ok, Warning, Error };
    Q_ENUM(Severity)

    explicit LaneListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowForLane(Lane lane) const;
    void setLaneState(Lane lane, const QString& text, Severity severity);

private:
    struct State
    {
        QString text;
        Severity severity = Severity::None;
    };
    QList<Lane> m_lanes;
    QHash<Lane, State> m_states;
};

} // namespace Lattice
