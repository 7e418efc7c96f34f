#include "PluginTreeModel.h"

#include "PluginCapability.h"

#include <QUrl>

namespace Lattice {

PluginTreeModel::PluginTreeModel(QObject* parent)
    : TwoLevelItemModel(parent)
{}

int PluginTreeModel::topLevelRowCount() const
{
    return int(m_plugins.size());
}

int PluginTreeModel::childRowCount(int topLevelRow) const
{
    return int(m_plugins.at(topLevelRow).releases.size());
}

int PluginTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariantList PluginTreeModel::capabilityList(const QStringList& capabilities)
{
    QVariantList list;
    for (const QString& c : capabilities) {
        list.append(QVariantMap{
            {QStringLiteral("name"), c},
            {QStringLiteral("tier"), PluginCapability::tierId(PluginCapability::riskTier(c))}});
    }
    return list;
}

QString PluginTreeModel::describeCapabilities(const QStringList& capabilities)
{
    QStringList parts;
    for (const QString& c : capabilities)
        parts.append(
            tr("%1 (%2)").arg(c, PluginCapability::tierName(PluginCapability::riskTier(c))));
    return parts.join(QStringLiteral(", "));
}

QVariant PluginTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isTopLevel(index))
        return pluginData(m_plugins.at(index.row()), index.column(), role);
    const PluginIndex::Plugin& plugin = m_plugins.at(parentRow(index));
    return releaseData(plugin, plugin.releases.at(index.row()), index.column(), role);
}

QVariant PluginTreeModel::pluginData(const PluginIndex::Plugin& plugin, int column, int role) const
{
    switch (role) {
    case KindRole:
        return QVariant::fromValue(Kind::Plugin);
    case PluginIdRole:
        return plugin.id;
    case CapabilitiesRole:
        return capabilityList(plugin.capabilities);
    case CapabilitiesInheritedRole:
        return false;
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case NameColumn:
        if (role == Qt::ToolTipRole && !plugin.summary.isEmpty())
            return plugin.summary;
        return tr("%1 (%2)").arg(plugin.name, plugin.id);
    case ChannelColumn: {
        QStringList parts;
        for (const PluginIndex::Channel& c : plugin.channels)
            parts.append(tr("%1 %2").arg(c.name, c.version));
        return parts.join(QStringLiteral(", "));
    }
    case CapabilitiesColumn:
        return describeCapabilities(plugin.capabilities);
    case DetailColumn:
        return tr("%1 plugin by %2 · releases: %3")
            .arg(plugin.type, plugin.publisher)
            .arg(plugin.releases.size());
    default:
        return {};
    }
}

QVariant PluginTreeModel::releaseData(const PluginIndex::Plugin& plugin,
                                      const PluginIndex::Release& release, int column,
                                      int role) const
{
    switch (role) {
    case KindRole:
        return QVariant::fromValue(Kind::Release);
    case PluginIdRole:
        return plugin.id;
    case VersionRole:
        return release.version;
    case CapabilitiesRole:
        return capabilityList(plugin.capabilitiesOf(release));
    case CapabilitiesInheritedRole:
        return !release.hasCapabilities;
    case ArtifactUrlRole:
        return release.artifactUrl;
    case ArtifactSha256Role:
        return release.artifactSha256;
    case ManifestUrlRole:
        return release.manifestUrl;
    case SignatureRole:
        return release.signature;
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case NameColumn:
        return release.version;
    case ChannelColumn: {
        const QStringList selecting = plugin.channelsSelecting(release.version);
        if (selecting.isEmpty())
            return release.channel;
        return tr("%1 (current %2)").arg(release.channel, selecting.join(QStringLiteral(", ")));
    }
    case CapabilitiesColumn: {
        const QString caps = describeCapabilities(plugin.capabilitiesOf(release));
        if (release.hasCapabilities)
            return caps;
        return tr("%1 (plugin default; the release lists none)").arg(caps);
    }
    case DetailColumn: {
        const QString file = QUrl(release.artifactUrl).fileName();
        if (role == Qt::DisplayRole)
            return file;
        return tr("%1\nSHA-256 %2").arg(release.artifactUrl, release.artifactSha256);
    }
    default:
        return {};
    }
}

QVariant PluginTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Plugin / release");
    case ChannelColumn:
        return tr("Channels");
    case CapabilitiesColumn:
        return tr("Capabilities");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

void PluginTreeModel::setPlugins(const QList<PluginIndex::Plugin>& plugins)
{
    beginResetModel();
    m_plugins = plugins;
    endResetModel();
}

} // namespace Lattice
