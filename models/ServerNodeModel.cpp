#include "ServerNodeModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Lattice {

namespace {
const QColor kRefusedColor(0xb0, 0x20, 0x20);
const QColor kCaveatColor(0x9a, 0x60, 0x00);
} // namespace

ServerNodeModel::ServerNodeModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ServerNodeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int ServerNodeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServerNodeModel::lastSeenText(const Server::ServerNode& node) const
{
    if (!node.lastSeen.isValid())
        return tr("never");
    return QLocale().toString(node.lastSeen.toLocalTime(), QLocale::ShortFormat);
}

QString ServerNodeModel::reachabilityText(const Server::ServerNode& node) const
{
    switch (node.reachability) {
    case Server::ServerNode::Reachability::Online:
        return tr("online");
    case Server::ServerNode::Reachability::Offline:
        return tr("offline");
    case Server::ServerNode::Reachability::Never:
        return tr("never connected");
    }
    return {};
}

namespace {
// Things the server accepts at plan time but that make the install fail or
// target the wrong binary on the node (lattice-server-api §18 items 19, 35).
QStringList caveats(const Server::ServerNode& node)
{
    QStringList out;
    if (node.disabled)
        out << ServerNodeModel::tr("the node is disabled on the server");
    if (node.factsMissing())
        out << ServerNodeModel::tr("the node has not reported its OS or architecture; the server "
                                   "assumes %1/%2")
                   .arg(node.normalizedOs(), node.normalizedArch().isEmpty()
                                                 ? QStringLiteral("amd64")
                                                 : node.normalizedArch());
    if (!node.allowExec.has_value())
        out << ServerNodeModel::tr("unknown whether the agent may run tasks (-allow-exec is not "
                                   "reported until its next heartbeat)");
    else if (!*node.allowExec)
        out << ServerNodeModel::tr("the agent runs without -allow-exec and cannot install updates");
    return out;
}
} // namespace

QVariant ServerNodeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Server::ServerNode& node = m_nodes.at(index.row());
    if (role == NodeIdRole)
        return node.id;
    const QString refusal = node.updateRefusal(m_official);
    if (role == RefusalRole)
        return refusal;
    switch (index.column()) {
    case IdColumn:
        if (role == Qt::DisplayRole)
            return node.id;
        if (role == Qt::CheckStateRole)
            return m_checked.contains(node.id) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return m_checked.contains(node.id) ? tr("%1, selected").arg(node.id) : node.id;
        break;
    case NameColumn:
        if (role == Qt::DisplayRole)
            return node.name;
        break;
    case PlatformColumn:
        if (role == Qt::DisplayRole) {
            if (node.os.isEmpty() && node.arch.isEmpty())
                return tr("not reported");
            return QStringLiteral("%1/%2").arg(node.os.isEmpty() ? QStringLiteral("?") : node.os,
                                               node.arch.isEmpty() ? QStringLiteral("?")
                                                                   : node.arch);
        }
        if (role == Qt::ToolTipRole && node.factsMissing())
            return tr("The server treats a missing OS as linux and a missing architecture as "
                      "amd64.");
        break;
    case VersionColumn:
        if (role == Qt::DisplayRole)
            return node.agentVersion.isEmpty() ? tr("not reported") : node.agentVersion;
        break;
    case ReachabilityColumn:
        if (role == Qt::DisplayRole)
            return reachabilityText(node);
        break;
    case LastSeenColumn:
        if (role == Qt::DisplayRole)
            return lastSeenText(node);
        if (role == Qt::ToolTipRole && node.lastSeen.isValid())
            return node.lastSeen.toUTC().toString(Qt::ISODate);
        break;
    case UpdatableColumn: {
        const QStringList notes = caveats(node);
        if (role == Qt::DisplayRole) {
            // The refusal is the server's own sentence, quoted untranslated.
            if (!refusal.isEmpty())
                return refusal;
            return notes.isEmpty() ? tr("yes")
                                   : tr("yes, with %n caveat(s)", nullptr, int(notes.size()));
        }
        if (role == Qt::ToolTipRole)
            return refusal.isEmpty() ? notes.join(QLatin1Char('\n')) : refusal;
        if (role == Qt::ForegroundRole) {
            if (!refusal.isEmpty())
                return QBrush(kRefusedColor);
            if (!notes.isEmpty())
                return QBrush(kCaveatColor);
        }
        break;
    }
    case PolicyColumn: {
        const auto it = m_policies.constFind(node.id);
        if (role == Qt::DisplayRole) {
            if (it == m_policies.cend())
                return tr("none");
            const Server::UpdatePolicy& p = *it;
            QString text = p.mode() == Server::UpdatePolicy::Mode::Official
                               ? tr("%1 (official)").arg(p.targetVersion)
                               : tr("%1 (custom)").arg(p.targetVersion);
            if (!p.awaitingVersion().isEmpty())
                text += QStringLiteral(" · ") + tr("awaiting %1").arg(p.awaitingVersion());
            else if (!p.lastAppliedVersion.isEmpty())
                text += QStringLiteral(" · ") + tr("applied %1").arg(p.lastAppliedVersion);
            if (!p.enabled)
                text += QStringLiteral(" · ") + tr("disabled");
            return text;
        }
        if (role == Qt::ToolTipRole && it != m_policies.cend() && !it->lastError.isEmpty())
            return it->lastError;
        break;
    }
    default:
        break;
    }
    return {};
}

bool ServerNodeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != IdColumn || role != Qt::CheckStateRole)
        return false;
    setChecked(m_nodes.at(index.row()).id, Qt::CheckState(value.toInt()) == Qt::Checked);
    return true;
}

Qt::ItemFlags ServerNodeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == IdColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ServerNodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Node");
    case NameColumn:
        return tr("Name");
    case PlatformColumn:
        return tr("OS/arch");
    case VersionColumn:
        return tr("Agent version");
    case ReachabilityColumn:
        return tr("Reachability");
    case LastSeenColumn:
        return tr("Last seen");
    case UpdatableColumn:
        return tr("Can update?");
    case PolicyColumn:
        return tr("Policy");
    default:
        return {};
    }
}

void ServerNodeModel::setNodes(const QList<Server::ServerNode>& nodes)
{
    beginResetModel();
    m_nodes = nodes;
    QSet<QString> listed;
    for (const Server::ServerNode& n : nodes)
        listed.insert(n.id);
    const qsizetype before = m_checked.size();
    m_checked.intersect(listed);
    endResetModel();
    if (m_checked.size() != before)
        emit checkedChanged();
}

void ServerNodeModel::setPolicies(const QList<Server::UpdatePolicy>& policies)
{
    m_policies.clear();
    for (const Server::UpdatePolicy& p : policies)
        m_policies.insert(p.nodeId, p);
    if (!m_nodes.isEmpty())
        emit dataChanged(index(0, PolicyColumn), index(rowCount() - 1, PolicyColumn));
}

void ServerNodeModel::setOfficialMode(bool official)
{
    if (official == m_official)
        return;
    m_official = official;
    if (!m_nodes.isEmpty())
        emit dataChanged(index(0, UpdatableColumn), index(rowCount() - 1, UpdatableColumn));
}

const Server::ServerNode* ServerNodeModel::node(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_nodes.at(row);
}

std::optional<Server::UpdatePolicy> ServerNodeModel::policy(const QString& nodeId) const
{
    const auto it = m_policies.constFind(nodeId);
    if (it == m_policies.cend())
        return std::nullopt;
    return *it;
}

QStringList ServerNodeModel::checkedIds() const
{
    QStringList out;
    for (const Server::ServerNode& n : m_nodes) {
        if (m_checked.contains(n.id))
            out << n.id;
    }
    return out;
}

QList<Server::ServerNode> ServerNodeModel::checkedNodes() const
{
    QList<Server::ServerNode> out;
    for (const Server::ServerNode& n : m_nodes) {
        if (m_checked.contains(n.id))
            out << n;
    }
    return out;
}

void ServerNodeModel::setChecked(const QString& id, bool checked)
{
    const int row = rowOf(id);
    if (row < 0 || m_checked.contains(id) == checked)
        return;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    const QModelIndex cell = index(row, IdColumn);
    emit dataChanged(cell, cell, {Qt::CheckStateRole, Qt::AccessibleTextRole});
    emit checkedChanged();
}

void ServerNodeModel::setCheckedIds(const QStringList& ids)
{
    QSet<QString> wanted;
    for (const QString& id : ids) {
        if (rowOf(id) >= 0)
            wanted.insert(id);
    }
    if (wanted == m_checked)
        return;
    m_checked = wanted;
    if (!m_nodes.isEmpty())
        emit dataChanged(index(0, IdColumn), index(rowCount() - 1, IdColumn),
                         {Qt::CheckStateRole, Qt::AccessibleTextRole});
    emit checkedChanged();
}

void ServerNodeModel::checkUpdatable()
{
    QStringList ids;
    for (const Server::ServerNode& n : m_nodes) {
        if (n.updateRefusal(m_official).isEmpty() && !n.disabled)
            ids << n.id;
    }
    setCheckedIds(ids);
}

void ServerNodeModel::clearChecks()
{
    setCheckedIds({});
}

int ServerNodeModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace Lattice
