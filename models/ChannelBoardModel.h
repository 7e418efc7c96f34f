#pragma once

#include "ChannelBoard.h"
#include "TwoLevelItemModel.h"

#include <QAbstractItemModel>

namespace Lattice {

// The moving channels as a tree: one row per channel (what it equals, its
// index digest, platforms, creation time), and under it one row per platform
// child followed by one row per warning ChannelBoard raised.
class ChannelBoardModel : public TwoLevelItemModel
{
    Q_OBJECT
public:
    enum Column {
        ChannelColumn,
        MatchesColumn,
        DigestColumn,
        DetailColumn,
        CreatedColumn,
        ColumnCount
    };
    enum class RowKind { Channel, Platform, Warning };
    Q_ENUM(RowKind)
    enum Role {
        RowKindRole = Qt::UserRole + 1, // RowKind
        DigestRole,                     // the full digest of the row, if any
        EquationRole,                   // channel rows: "latest = 0.2.1 = 0.2"
        BrokenRole,                     // a child (or, on a channel row, any child) is gone
        WarningCountRole,               // channel rows
    };

    explicit ChannelBoardModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setChannels(const QList<Oci::ChannelState>& channels);
    void clear();
    const QList<Oci::ChannelState>& channels() const { return m_channels; }
    int warningCount() const;

    // "latest = 0.2.1 = 0.2"; just the channel when nothing matches.
    static QString equation(const Oci::ChannelState& state);

protected:
    int topLevelRowCount() const override;
    int childRowCount(int topLevelRow) const override;

private:
    QVariant channelData(const Oci::ChannelState& state, int column, int role) const;
    QVariant platformData(const Oci::PlatformImage& platform, int column, int role) const;
    QVariant warningData(const QString& warning, int column, int role) const;

    QList<Oci::ChannelState> m_channels;
};

} // namespace Lattice
