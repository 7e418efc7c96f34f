#include "ChildHealthModel.h"

#include "ImageLaneText.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QHash>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lattice {

using Oci::PlatformImage;
using Oci::TagInfo;

namespace {
QString stateKey(ChildHealthModel::State state)
{
    using State = ChildHealthModel::State;
    switch (state) {
    case State::NotChecked:
        return QStringLiteral("not_checked");
    case State::Present:
        return QStringLiteral("ok");
    case State::Broken:
        return QStringLiteral("broken");
    case State::Unexpected:
        return QStringLiteral("unexpected_status");
    case State::NoAnswer:
        return QStringLiteral("no_answer");
    case State::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

// Problems first when the status column is sorted ascending.
int severity(ChildHealthModel::State state)
{
    using State = ChildHealthModel::State;
    switch (state) {
    case State::Broken:
        return 0;
    case State::Unreadable:
        return 1;
    case State::Unexpected:
        return 2;
    case State::NoAnswer:
        return 3;
    case State::NotChecked:
        return 4;
    case State::Present:
        return 5;
    }
    return 6;
}

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

ChildHealthModel::ChildHealthModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ChildHealthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChildHealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ChildHealthModel::statusOf(const Row& row) const
{
    if (row.platform < 0)
        return 0;
    return m_entries.at(row.entry).info.platforms.at(row.platform).childStatus;
}

ChildHealthModel::State ChildHealthModel::stateOf(const Row& row) const
{
    const Entry& entry = m_entries.at(row.entry);
    if (row.platform < 0)
        return entry.info.readable() ? State::NotChecked : State::Unreadable;
    const int status = statusOf(row);
    if (status == 404)
        return State::Broken; // a refresh that could not read the child knows this too
    if (!entry.checkedAt.isValid())
        return State::NotChecked;
    if (status == 200)
        return State::Present;
    return status == 0 ? State::NoAnswer : State::Unexpected;
}

QString ChildHealthModel::stateText(State state, int httpStatus)
{
    switch (state) {
    case State::NotChecked:
        return tr("Not checked");
    case State::Present:
        return tr("OK");
    case State::Broken:
        return tr("Broken: manifest unknown (404)");
    case State::Unexpected:
        return tr("HTTP %1").arg(httpStatus);
    case State::NoAnswer:
        return tr("No answer");
    case State::Unreadable:
        return tr("Index unreadable");
    }
    return {};
}

QVariant ChildHealthModel::display(const Row& row, int column) const
{
    const Entry& entry = m_entries.at(row.entry);
    switch (column) {
    case TagColumn:
        return entry.info.tag;
    case PlatformColumn:
        return row.platform < 0 ? QString() : entry.info.platforms.at(row.platform).platform;
    case DigestColumn:
        return row.platform < 0 ? Oci::shortDigest(entry.info.digest)
                                : Oci::shortDigest(entry.info.platforms.at(row.platform).digest);
    case StatusColumn:
        return stateText(stateOf(row), statusOf(row));
    case CheckedColumn:
        return Oci::timestampText(entry.checkedAt);
    default:
        return {};
    }
}

QVariant ChildHealthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Entry& entry = m_entries.at(row.entry);
    const State state = stateOf(row);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, column);
    case StateRole:
        return QVariant::fromValue(state);
    case TagRole:
        return entry.info.tag;
    case SortRole:
        if (column == StatusColumn)
            return severity(state);
        if (column == CheckedColumn)
            return entry.checkedAt;
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == DigestColumn)
            return row.platform < 0 ? entry.info.digest
                                    : entry.info.platforms.at(row.platform).digest;
        if (state == State::Unreadable)
            return entry.info.error;
        if (state == State::Broken)
            return tr("Pulls of %1 on %2 fail: the child manifest is gone from the registry.")
                .arg(entry.info.tag, display(row, PlatformColumn).toString());
        return display(row, column);
    case Qt::DecorationRole:
        if (column != StatusColumn)
            return {};
        switch (state) {
        case State::Present:
            return QIcon(QStringLiteral(":/icons/ok.svg"));
        case State::Broken:
        case State::Unreadable:
            return QIcon(QStringLiteral(":/icons/error.svg"));
        case State::Unexpected:
        case State::NoAnswer:
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        case State::NotChecked:
            return QIcon(QStringLiteral(":/icons/unknown.svg"));
        }
        return {};
    case Qt::FontRole:
        if (column == DigestColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ForegroundRole:
        switch (state) {
        case State::Broken:
        case State::Unreadable:
            return QBrush(QColor(0x8a, 0x10, 0x10));
        case State::Unexpected:
        case State::NoAnswer:
            return QBrush(QColor(0x6b, 0x46, 0x00));
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (state == State::Broken || state == State::Unreadable)
            return QBrush(QColor(0xf9, 0xd0, 0xd0));
        return {};
    default:
        return {};
    }
}

QVariant ChildHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case PlatformColumn:
        return tr("Platform");
    case DigestColumn:
        return tr("Child digest");
    case StatusColumn:
        return tr("Status");
    case CheckedColumn:
        return tr("Checked");
    default:
        return {};
    }
}

void ChildHealthModel::rebuildRows()
{
    m_rows.clear();
    for (int e = 0; e < m_entries.size(); ++e) {
        const TagInfo& info = m_entries.at(e).info;
        if (!info.readable() || info.platforms.isEmpty()) {
            m_rows.append({e, -1});
            continue;
        }
        for (int p = 0; p < info.platforms.size(); ++p)
            m_rows.append({e, p});
    }
}

void ChildHealthModel::setTags(const QList<TagInfo>& tags)
{
    QHash<QString, Entry> previous;
    for (const Entry& e : std::as_const(m_entries))
        previous.insert(e.info.tag, e);
    beginResetModel();
    m_entries.clear();
    for (const TagInfo& t : tags) {
        Entry entry{t, {}};
        const auto old = previous.constFind(t.tag);
        if (old != previous.cend() && old->checkedAt.isValid() && old->info.digest == t.digest) {
            entry.checkedAt = old->checkedAt;
            for (PlatformImage& p : entry.info.platforms) {
                if (const PlatformImage* checked = old->info.platform(p.platform);
                    checked && checked->digest == p.digest && p.childStatus != 404)
                    p.childStatus = checked->childStatus;
            }
        }
        m_entries.append(entry);
    }
    rebuildRows();
    endResetModel();
}

void ChildHealthModel::setCheckResults(const QList<TagInfo>& checked, const QDateTime& at)
{
    beginResetModel();
    for (const TagInfo& t : checked) {
        auto it = std::find_if(m_entries.begin(), m_entries.end(),
                               [&t](const Entry& e) { return e.info.tag == t.tag; });
        if (it == m_entries.end())
            m_entries.append({t, at});
        else
            *it = {t, at};
    }
    m_lastCheck = at;
    rebuildRows();
    endResetModel();
}

void ChildHealthModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_rows.clear();
    m_lastCheck = {};
    endResetModel();
}

QList<TagInfo> ChildHealthModel::tags() const
{
    QList<TagInfo> result;
    result.reserve(m_entries.size());
    for (const Entry& e : m_entries)
        result.append(e.info);
    return result;
}

ChildHealthModel::State ChildHealthModel::state(int row) const
{
    return stateOf(m_rows.at(row));
}

int ChildHealthModel::count(State state) const
{
    int n = 0;
    for (const Row& row : m_rows)
        n += stateOf(row) == state ? 1 : 0;
    return n;
}

QStringList ChildHealthModel::brokenTags() const
{
    QStringList tags;
    for (const Row& row : m_rows) {
        const QString& tag = m_entries.at(row.entry).info.tag;
        if (stateOf(row) == State::Broken && !tags.contains(tag))
            tags << tag;
    }
    tags.sort();
    return tags;
}

int ChildHealthModel::checkedTagCount() const
{
    int n = 0;
    for (const Entry& e : m_entries)
        n += e.checkedAt.isValid() ? 1 : 0;
    return n;
}

QByteArray ChildHealthModel::toJson(const QString& imageReference) const
{
    QJsonArray tags;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries.at(i);
        QJsonArray platforms;
        bool broken = false;
        for (int p = 0; p < e.info.platforms.size(); ++p) {
            const PlatformImage& platform = e.info.platforms.at(p);
            const State state = stateOf({i, p});
            broken = broken || state == State::Broken;
            platforms.append(QJsonObject{
                {QStringLiteral("platform"), platform.platform},
                {QStringLiteral("digest"), platform.digest},
                {QStringLiteral("http_status"), platform.childStatus},
                {QStringLiteral("state"), stateKey(state)},
            });
        }
        QJsonObject tag{
            {QStringLiteral("tag"), e.info.tag},
            {QStringLiteral("digest"), e.info.digest},
            {QStringLiteral("broken"), broken},
            {QStringLiteral("platforms"), platforms},
            {QStringLiteral("checked_at"),
             e.checkedAt.isValid() ? QJsonValue(e.checkedAt.toUTC().toString(Qt::ISODate))
                                   : QJsonValue()},
        };
        if (!e.info.readable())
            tag.insert(QStringLiteral("error"), e.info.error);
        tags.append(tag);
    }
    const QJsonObject report{
        {QStringLiteral("image"), imageReference},
        {QStringLiteral("checked_at"), m_lastCheck.isValid()
                                           ? QJsonValue(m_lastCheck.toUTC().toString(Qt::ISODate))
                                           : QJsonValue()},
        {QStringLiteral("broken_tags"), QJsonArray::fromStringList(brokenTags())},
        {QStringLiteral("tags"), tags},
    };
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

QByteArray ChildHealthModel::toCsv() const
{
    QStringList lines{
        QStringLiteral("tag,index_digest,platform,child_digest,http_status,state,checked_at")};
    for (const Row& row : m_rows) {
        const Entry& e = m_entries.at(row.entry);
        const PlatformImage* p = row.platform < 0 ? nullptr : &e.info.platforms.at(row.platform);
        const QStringList fields{
            e.info.tag,
            e.info.digest,
            p ? p->platform : QString(),
            p ? p->digest : QString(),
            p && p->childStatus ? QString::number(p->childStatus) : QString(),
            stateKey(stateOf(row)),
            e.checkedAt.isValid() ? e.checkedAt.toUTC().toString(Qt::ISODate) : QString(),
        };
        QStringList escaped;
        for (const QString& f : fields)
            escaped << csvField(f);
        lines << escaped.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace Lattice
