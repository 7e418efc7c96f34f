#include "VerificationResultModel.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QIcon>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace Lattice {

namespace {
// Problems sort first when the status column is sorted ascending.
int severity(VerificationResultModel::State state)
{
    using State = VerificationResultModel::State;
    switch (state) {
    case State::Failed:
        return 0;
    case State::Unreadable:
        return 1;
    case State::Missing:
        return 2;
    case State::Unlisted:
        return 3;
    case State::Hashing:
        return 4;
    case State::Pending:
        return 5;
    case State::Ok:
        return 6;
    }
    return 7;
}

int percent(qint64 done, qint64 total)
{
    if (total <= 0)
        return done > 0 ? 100 : 0;
    return int(std::min<qint64>(100, done * 100 / total));
}
} // namespace

VerificationResultModel::VerificationResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int VerificationResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VerificationResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

VerificationResultModel::State VerificationResultModel::stateFor(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Ok:
        return State::Ok;
    case EntryStatus::Failed:
        return State::Failed;
    case EntryStatus::Missing:
        return State::Missing;
    case EntryStatus::Unreadable:
        return State::Unreadable;
    case EntryStatus::Pending:
        break;
    }
    return State::Pending;
}

bool VerificationResultModel::isProblem(State state)
{
    return state == State::Failed || state == State::Unreadable || state == State::Missing ||
           state == State::Unlisted;
}

QString VerificationResultModel::stateText(State state) const
{
    switch (state) {
    case State::Pending:
        return tr("Waiting");
    case State::Hashing:
        return tr("Hashing…");
    case State::Ok:
        return tr("OK");
    case State::Failed:
        return tr("FAILED");
    case State::Missing:
        return tr("Missing");
    case State::Unreadable:
        return tr("Unreadable");
    case State::Unlisted:
        return tr("Not listed");
    }
    return {};
}

QVariant VerificationResultModel::display(const Row& row, int column) const
{
    switch (column) {
    case StatusColumn:
        return stateText(row.state);
    case NameColumn:
        return row.result.name;
    case ProgressColumn:
        if (row.state == State::Pending || row.state == State::Unlisted)
            return QString();
        return tr("%1 %").arg(row.state == State::Hashing ? percent(row.bytesDone, row.expectedSize)
                                                          : 100);
    case SizeColumn:
        return row.result.size >= 0 ? QLocale().formattedDataSize(row.result.size) : QString();
    case ExpectedColumn:
        return QString::fromLatin1(row.result.expected);
    case ActualColumn:
        return QString::fromLatin1(row.result.actual);
    case DetailColumn: {
        QString detail = row.result.detail;
        if (row.conflict) {
            const QString note = tr("listed more than once with different checksums");
            detail = detail.isEmpty() ? note : tr("%1; %2").arg(detail, note);
        }
        return detail;
    }
    default:
        break;
    }
    return {};
}

QVariant VerificationResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case StateRole:
        return QVariant::fromValue(row.state);
    case ProgressRole:
        if (row.state == State::Hashing)
            return percent(row.bytesDone, row.expectedSize);
        if (row.state == State::Pending || row.state == State::Unlisted)
            return -1;
        return 100;
    case DigestRole:
        return QString::fromLatin1(row.result.actual.isEmpty() ? row.result.expected
                                                               : row.result.actual);
    case SortRole:
        switch (column) {
        case StatusColumn:
            return severity(row.state);
        case ProgressColumn:
            return data(index, ProgressRole);
        case SizeColumn:
            return row.result.size;
        default:
            return display(row, column);
        }
    case Qt::ToolTipRole:
        if (column == NameColumn && row.result.line > 0)
            return tr("%1 (line %2 of the checksum file)")
                .arg(row.result.name)
                .arg(row.result.line);
        if (column == StatusColumn || column == DetailColumn)
            return display(row, DetailColumn).toString().isEmpty() ? display(row, StatusColumn)
                                                                   : display(row, DetailColumn);
        return display(row, column);
    case Qt::AccessibleTextRole:
        return display(row, column);
    case Qt::DecorationRole:
        if (column != StatusColumn)
            return {};
        switch (row.state) {
        case State::Ok:
            return QIcon(QStringLiteral(":/icons/ok.svg"));
        case State::Failed:
        case State::Unreadable:
            return QIcon(QStringLiteral(":/icons/error.svg"));
        case State::Missing:
        case State::Unlisted:
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        case State::Pending:
        case State::Hashing:
            return QIcon(QStringLiteral(":/icons/unknown.svg"));
        }
        return {};
    case Qt::ForegroundRole:
        switch (row.state) {
        case State::Ok:
            return column == StatusColumn ? QVariant(QBrush(QColor(0x1a, 0x7f, 0x37))) : QVariant();
        case State::Failed:
        case State::Unreadable:
            return QBrush(QColor(0x8a, 0x10, 0x10));
        case State::Missing:
        case State::Unlisted:
            return QBrush(QColor(0x6b, 0x46, 0x00));
        default:
            return {};
        }
    case Qt::BackgroundRole:
        // Tinted rows stand out however the table is sorted or filtered; the
        // foreground above keeps them readable on dark themes too.
        switch (row.state) {
        case State::Failed:
        case State::Unreadable:
            return QBrush(QColor(0xf9, 0xd0, 0xd0));
        case State::Missing:
        case State::Unlisted:
            return QBrush(QColor(0xfb, 0xec, 0xc4));
        default:
            return {};
        }
    case Qt::FontRole:
        if (column == ExpectedColumn || column == ActualColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    default:
        break;
    }
    return {};
}

QVariant VerificationResultModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case ProgressColumn:
        return tr("Progress");
    case SizeColumn:
        return tr("Size");
    case ExpectedColumn:
        return tr("Expected SHA-256");
    case ActualColumn:
        return tr("Actual SHA-256");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

void VerificationResultModel::setEntries(const QList<EntryResult>& entries,
                                         const QStringList& conflicts)
{
    const QSet<QString> conflicting(conflicts.cbegin(), conflicts.cend());
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(entries.size());
    for (const EntryResult& e : entries) {
        Row row;
        row.result = e;
        row.state = stateFor(e.status);
        row.conflict = conflicting.contains(e.name);
        m_rows.append(row);
    }
    endResetModel();
}

void VerificationResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void VerificationResultModel::setHashing(int entry, qint64 expectedSize)
{
    if (entry < 0 || entry >= m_rows.size() || m_rows.at(entry).state != State::Pending)
        return;
    Row& row = m_rows[entry];
    row.state = State::Hashing;
    row.expectedSize = expectedSize;
    emit dataChanged(index(entry, 0), index(entry, ColumnCount - 1));
}

void VerificationResultModel::setProgress(int entry, qint64 bytesDone)
{
    if (entry < 0 || entry >= m_rows.size() || m_rows.at(entry).state != State::Hashing)
        return;
    m_rows[entry].bytesDone = bytesDone;
    emit dataChanged(index(entry, ProgressColumn), index(entry, ProgressColumn));
}

void VerificationResultModel::setResult(int entry, const EntryResult& result)
{
    setResults({{entry, result}});
}

void VerificationResultModel::setResults(const QList<QPair<int, EntryResult>>& results)
{
    // One dataChanged for the whole batch keeps a sorted proxy over a
    // million rows responsive.
    int first = int(m_rows.size());
    int last = -1;
    for (const auto& [entry, result] : results) {
        if (entry < 0 || entry >= m_rows.size())
            continue;
        Row& row = m_rows[entry];
        row.result = result;
        row.state = stateFor(result.status);
        row.bytesDone = std::max<qint64>(row.bytesDone, result.size);
        first = std::min(first, entry);
        last = std::max(last, entry);
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void VerificationResultModel::addUnlisted(const QStringList& names)
{
    if (names.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(names.size()) - 1);
    for (const QString& name : names) {
        Row row;
        row.result.name = name;
        row.result.detail = tr("present in the source but not in the checksum file");
        row.state = State::Unlisted;
        m_rows.append(row);
    }
    endInsertRows();
}

VerificationResultModel::State VerificationResultModel::state(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : State::Pending;
}

int VerificationResultModel::count(State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [state](const Row& r) { return r.state == state; }));
}

int VerificationResultModel::firstProblemRow() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const State s = m_rows.at(i).state;
        if (s == State::Failed || s == State::Unreadable)
            return i;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (isProblem(m_rows.at(i).state))
            return i;
    }
    return -1;
}

} // namespace Lattice
