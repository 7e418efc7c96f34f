#pragma once

#include "ServerNode.h"
#include "UpdatePolicy.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace Lattice {

// The nodes of one Lattice server as a checkable table, so one policy can be
// applied to many nodes. Whether the server can update a node depends on the
// policy's mode (the arch gate applies to official releases only), so the
// model is told the mode and answers with the server's own refusal text.
class ServerNodeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        PlatformColumn,
        VersionColumn,
        ReachabilityColumn,
        LastSeenColumn,
        UpdatableColumn,
        PolicyColumn,
        ColumnCount
    };
    enum Role { NodeIdRole = Qt::UserRole + 1, RefusalRole };

    explicit ServerNodeModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Keeps the checks of nodes that are still listed.
    void setNodes(const QList<Server::ServerNode>& nodes);
    void setPolicies(const QList<Server::UpdatePolicy>& policies);
    void setOfficialMode(bool official);
    bool officialMode() const { return m_official; }

    const QList<Server::ServerNode>& nodes() const { return m_nodes; }
    const Server::ServerNode* node(const QString& id) const;
    std::optional<Server::UpdatePolicy> policy(const QString& nodeId) const;

    QStringList checkedIds() const; // in table order
    QList<Server::ServerNode> checkedNodes() const;
    void setChecked(const QString& id, bool checked);
    void setCheckedIds(const QStringList& ids);
    // Checks every node the server could update in the current mode.
    void checkUpdatable();
    void clearChecks();

    // What the "last seen" column shows: "never" for the zero time.
    QString lastSeenText(const Server::ServerNode& node) const;
    QString reachabilityText(const Server::ServerNode& node) const;

signals:
    void checkedChanged();

private:
    int rowOf(const QString& id) const;

    QList<Server::ServerNode> m_nodes;
    QHash<QString, Server::UpdatePolicy> m_policies;
    QSet<QString> m_checked;
    bool m_official = true;
};

} // namespace Lattice
