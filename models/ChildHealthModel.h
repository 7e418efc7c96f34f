#pragma once

#include "ImageTag.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace Lattice {

// Whether each tag's per-platform children still exist on the registry: one
// row per tag and platform. A child that answers 404 breaks its tag for that
// platform, since pulls there fail with "manifest unknown".
class ChildHealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TagColumn,
        PlatformColumn,
        DigestColumn,
        StatusColumn,
        CheckedColumn,
        ColumnCount
    };
    enum class State { NotChecked, Present, Broken, Unexpected, NoAnswer, Unreadable };
    Q_ENUM(State)
    enum Role {
        StateRole = Qt::UserRole + 1, // State
        TagRole,                      // the tag of the row
        SortRole,
    };

    explicit ChildHealthModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A fresh listing. What an earlier check found is kept for every tag whose
    // index digest has not changed since: a plain refresh may answer children
    // from the local cache, which cannot see a deletion.
    void setTags(const QList<Oci::TagInfo>& tags);
    // The answer of a check of some or all tags, taken at `at`.
    void setCheckResults(const QList<Oci::TagInfo>& checked, const QDateTime& at);
    void clear();

    QList<Oci::TagInfo> tags() const; // the listing with every check result applied
    State state(int row) const;
    int count(State state) const;
    QStringList brokenTags() const; // sorted
    int checkedTagCount() const;
    QDateTime lastCheck() const { return m_lastCheck; }

    // Reports for an issue or a script: every row with its verdict.
    QByteArray toJson(const QString& imageReference) const;
    QByteArray toCsv() const;

    static QString stateText(State state, int httpStatus);

private:
    struct Entry
    {
        Oci::TagInfo info;
        QDateTime checkedAt; // invalid until a check covered this tag
    };
    struct Row
    {
        int entry = 0;
        int platform = -1; // -1: the tag itself (its index could not be read)
    };
    void rebuildRows();
    State stateOf(const Row& row) const;
    int statusOf(const Row& row) const;
    QVariant display(const Row& row, int column) const;

    QList<Entry> m_entries;
    QList<Row> m_rows;
    QDateTime m_lastCheck;
};

} // namespace Lattice
