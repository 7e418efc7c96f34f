#pragma once

#include "PluginIndex.h"
#include "TwoLevelItemModel.h"

namespace Lattice {

// Plugins at the top level, their releases beneath. The capabilities column
// carries each capability with its risk tier so a view can colour it.
class PluginTreeModel : public TwoLevelItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ChannelColumn, CapabilitiesColumn, DetailColumn, ColumnCount };
    enum class Kind { Plugin, Release };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1,
        // QVariantList of QVariantMap {"name": capability, "tier": "read" | "write" |
        // "host" | "unknown"}.
        CapabilitiesRole,
        // A release without its own list: the plugin default governs.
        CapabilitiesInheritedRole,
        PluginIdRole,
        VersionRole,
        ArtifactUrlRole,
        ArtifactSha256Role,
        ManifestUrlRole,
        SignatureRole,
    };

    explicit PluginTreeModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setPlugins(const QList<PluginIndex::Plugin>& plugins);

    static QVariantList capabilityList(const QStringList& capabilities);
    static QString describeCapabilities(const QStringList& capabilities);

protected:
    int topLevelRowCount() const override;
    int childRowCount(int topLevelRow) const override;

private:
    QVariant pluginData(const PluginIndex::Plugin& plugin, int column, int role) const;
    QVariant releaseData(const PluginIndex::Plugin& plugin, const PluginIndex::Release& release,
                         int column, int role) const;

    QList<PluginIndex::Plugin> m_plugins;
};

} // namespace Lattice
