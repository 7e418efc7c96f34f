#include "ChannelBoardModel.h"

#include "ImageLaneText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>

namespace Lattice {

using Oci::ChannelState;
using Oci::PlatformImage;

namespace {
// Child rows carry their channel's row + 1 as internal id; channel rows carry 0.

const QColor BrokenText(0x8a, 0x10, 0x10);
const QColor BrokenBackground(0xf9, 0xd0, 0xd0);
const QColor WarningText(0x6b, 0x46, 0x00);

bool anyBroken(const ChannelState& state)
{
    for (const PlatformImage& p : state.platforms) {
        if (p.broken())
            return true;
    }
    return false;
}
} // namespace

ChannelBoardModel::ChannelBoardModel(QObject* parent)
    : TwoLevelItemModel(parent)
{}

QString ChannelBoardModel::equation(const ChannelState& state)
{
    QStringList parts{state.channel};
    parts << Oci::sortedTags(state.sameAs);
    return parts.join(QStringLiteral(" = "));
}

int ChannelBoardModel::topLevelRowCount() const
{
    return int(m_channels.size());
}

int ChannelBoardModel::childRowCount(int topLevelRow) const
{
    const ChannelState& state = m_channels.at(topLevelRow);
    return int(state.platforms.size() + state.warnings.size());
}

int ChannelBoardModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ChannelBoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isTopLevel(index))
        return channelData(m_channels.at(index.row()), index.column(), role);
    const ChannelState& state = m_channels.at(parentRow(index));
    const int platforms = int(state.platforms.size());
    if (index.row() < platforms)
        return platformData(state.platforms.at(index.row()), index.column(), role);
    return warningData(state.warnings.at(index.row() - platforms), index.column(), role);
}

QVariant ChannelBoardModel::channelData(const ChannelState& state, int column, int role) const
{
    switch (role) {
    case RowKindRole:
        return QVariant::fromValue(RowKind::Channel);
    case DigestRole:
        return state.digest;
    case EquationRole:
        return equation(state);
    case BrokenRole:
        return anyBroken(state);
    case WarningCountRole:
        return int(state.warnings.size());
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case ChannelColumn:
            return state.channel;
        case MatchesColumn:
            if (!state.present)
                return tr("not published");
            if (state.sameAs.isEmpty())
                return tr("matches no version tag");
            return QStringLiteral("= ") + Oci::sortedTags(state.sameAs).join(QStringLiteral(" = "));
        case DigestColumn:
            return Oci::shortDigest(state.digest);
        case DetailColumn: {
            QStringList names;
            for (const PlatformImage& p : state.platforms)
                names << p.platform;
            return names.join(QStringLiteral(", "));
        }
        case CreatedColumn:
            return Oci::timestampText(state.created);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case ChannelColumn:
            return state.warnings.isEmpty() ? equation(state)
                                            : state.warnings.join(QLatin1Char('\n'));
        case MatchesColumn:
            if (state.buildTags.isEmpty())
                return equation(state);
            return tr("%1\nBuild tags on the same digest: %2")
                .arg(equation(state), state.buildTags.join(QStringLiteral(", ")));
        case DigestColumn:
            return state.digest;
        case DetailColumn:
            return Oci::mediaTypeLabel(state.mediaType);
        case CreatedColumn:
            return state.created;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column != ChannelColumn)
            return {};
        if (anyBroken(state) || (state.present && state.digest.isEmpty()))
            return QIcon(QStringLiteral(":/icons/error.svg"));
        if (!state.warnings.isEmpty())
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        return QIcon(QStringLiteral(":/icons/ok.svg"));
    case Qt::FontRole:
        if (column == DigestColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (column == ChannelColumn || column == MatchesColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == MatchesColumn && (!state.present || state.sameAs.isEmpty()))
            return QBrush(WarningText);
        return {};
    default:
        return {};
    }
}

QVariant ChannelBoardModel::platformData(const PlatformImage& platform, int column, int role) const
{
    const bool broken = platform.broken();
    switch (role) {
    case RowKindRole:
        return QVariant::fromValue(RowKind::Platform);
    case DigestRole:
        return platform.digest;
    case BrokenRole:
        return broken;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case ChannelColumn:
            return platform.platform;
        case MatchesColumn:
            if (broken)
                return tr("broken: manifest unknown");
            if (platform.childStatus == 200)
                return tr("child present");
            return {};
        case DigestColumn:
            return Oci::shortDigest(platform.digest);
        case DetailColumn:
            if (platform.version.isEmpty())
                return {};
            return tr("version %1").arg(platform.version);
        case CreatedColumn:
            return Oci::timestampText(platform.created);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == DigestColumn)
            return platform.digest;
        if (broken)
            return tr("The %1 child %2 is gone from the registry: pulls on this platform fail "
                      "with \"manifest unknown\".")
                .arg(platform.platform, platform.digest);
        if (column == DetailColumn && !platform.revision.isEmpty())
            return tr("revision %1").arg(platform.revision);
        return {};
    case Qt::DecorationRole:
        if (column == ChannelColumn && broken)
            return QIcon(QStringLiteral(":/icons/error.svg"));
        return {};
    case Qt::FontRole:
        if (column == DigestColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ForegroundRole:
        return broken ? QVariant(QBrush(BrokenText)) : QVariant();
    case Qt::BackgroundRole:
        return broken ? QVariant(QBrush(BrokenBackground)) : QVariant();
    default:
        return {};
    }
}

QVariant ChannelBoardModel::warningData(const QString& warning, int column, int role) const
{
    switch (role) {
    case RowKindRole:
        return QVariant::fromValue(RowKind::Warning);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return column == ChannelColumn ? QVariant(warning) : QVariant();
    case Qt::DecorationRole:
        return column == ChannelColumn ? QVariant(QIcon(QStringLiteral(":/icons/warning.svg")))
                                       : QVariant();
    case Qt::ForegroundRole:
        return QBrush(WarningText);
    default:
        return {};
    }
}

QVariant ChannelBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChannelColumn:
        return tr("Channel / platform");
    case MatchesColumn:
        return tr("Same image as");
    case DigestColumn:
        return tr("Digest");
    case DetailColumn:
        return tr("Platforms / version");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

void ChannelBoardModel::setChannels(const QList<ChannelState>& channels)
{
    beginResetModel();
    m_channels = channels;
    endResetModel();
}

void ChannelBoardModel::clear()
{
    setChannels({});
}

int ChannelBoardModel::warningCount() const
{
    int count = 0;
    for (const ChannelState& state : m_channels)
        count += int(state.warnings.size());
    return count;
}

} // namespace Lattice
