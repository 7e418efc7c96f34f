#pragma once

#include "TagTimeline.h"
#include "TwoLevelItemModel.h"

#include <QAbstractItemModel>

namespace Lattice {

// Moving tags as a tree: one row per tag, and under it one row per recorded
// change, newest first, with the version tags the new digest matched.
class TagTimelineModel : public TwoLevelItemModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, DigestColumn, VersionsColumn, NoteColumn, ColumnCount };
    enum Role {
        TagRole = Qt::UserRole + 1, // the tag the row belongs to
        DigestRole,                 // full digest
        ChangeRole,                 // true on change rows
    };

    explicit TagTimelineModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setTimelines(const QList<Oci::TagTimeline>& timelines);
    void clear();
    const QList<Oci::TagTimeline>& timelines() const { return m_timelines; }

protected:
    int topLevelRowCount() const override;
    int childRowCount(int topLevelRow) const override;

private:
    QVariant tagData(const Oci::TagTimeline& timeline, int column, int role) const;
    QVariant entryData(const Oci::TagTimeline& timeline, int entry, int column, int role) const;

    QList<Oci::TagTimeline> m_timelines;
};

// Every recorded tag change, as the store holds them.
class TagHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TagColumn, DigestColumn, ObservedColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit TagHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(const QList<Oci::TagHistoryRow>& rows);
    void clear();
    const QList<Oci::TagHistoryRow>& rows() const { return m_rows; }

private:
    QList<Oci::TagHistoryRow> m_rows;
};

} // namespace Lattice
