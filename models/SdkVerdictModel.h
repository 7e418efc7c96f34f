#pragma once

#include "SdkOrder.h"

#include <QAbstractTableModel>

namespace Lattice {

// The SDK gate of every server and agent tag, one row each, with the gate
// as a colour and the reason as the row's text.
class SdkVerdictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        GateColumn,
        RepoColumn,
        TagColumn,
        RequirementColumn,
        KindColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { GateRole = Qt::UserRole + 1 }; // int(Sdk::Gate), for filters and delegates

    explicit SdkVerdictModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setVerdicts(const QList<Sdk::Verdict>& verdicts);
    const QList<Sdk::Verdict>& verdicts() const { return m_verdicts; }
    int count(Sdk::Gate gate) const;

private:
    QList<Sdk::Verdict> m_verdicts;
};

} // namespace Lattice
