#pragma once

#include "VerificationReport.h"

#include <QAbstractTableModel>

namespace Lattice {

// One row per listed entry, in checksum-file order, then one per file that is
// present but not listed. Rows change as results stream in from the workers.
class VerificationResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        NameColumn,
        ProgressColumn,
        SizeColumn,
        ExpectedColumn,
        ActualColumn,
        DetailColumn,
        ColumnCount
    };
    enum class State { Pending, Hashing, Ok, Failed, Missing, Unreadable, Unlisted };
    Q_ENUM(State)
    enum Role {
        StateRole = Qt::UserRole + 1, // State
        SortRole,                     // what the column sorts by
        ProgressRole,                 // 0–100, or -1 when nothing has been read
        DigestRole,                   // the computed digest, else the expected one
    };

    explicit VerificationResultModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Resets to pending rows for the listed entries; rows whose name is in
    // conflicts are marked as such.
    void setEntries(const QList<EntryResult>& entries, const QStringList& conflicts);
    void clear();
    void setHashing(int entry, qint64 expectedSize);
    void setProgress(int entry, qint64 bytesDone);
    void setResult(int entry, const EntryResult& result);
    void setResults(const QList<QPair<int, EntryResult>>& results);
    void addUnlisted(const QStringList& names);

    State state(int row) const;
    int count(State state) const;
    int firstProblemRow() const; // -1 when there is none
    static bool isProblem(State state);

private:
    struct Row
    {
        EntryResult result;
        State state = State::Pending;
        qint64 bytesDone = 0;
        qint64 expectedSize = -1;
        bool conflict = false;
    };
    static State stateFor(EntryStatus status);
    QVariant display(const Row& row, int column) const;
    QString stateText(State state) const;

    QList<Row> m_rows;
};

} // namespace Lattice
