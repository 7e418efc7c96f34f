#include "PluginPublisherModel.h"

#include "PluginFormat.h"

namespace Lattice {

namespace {
bool keyIsValid(const QString& key)
{
    const auto decoded = PluginFormat::decodeCanonicalBase64(key);
    return decoded && decoded->size() == 32;
}

bool keyIsAllZero(const QString& key)
{
    const auto decoded = PluginFormat::decodeCanonicalBase64(key);
    return decoded && decoded->count('\0') == decoded->size();
}
} // namespace

PluginPublisherModel::PluginPublisherModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int PluginPublisherModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_publishers.size());
}

int PluginPublisherModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PluginPublisherModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PluginIndex::Publisher& p = m_publishers.at(index.row());
    if (role == KeyValidRole)
        return keyIsValid(p.publicKey);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return p.id;
    case NameColumn:
        return p.name;
    case KeyColumn:
        return p.publicKey;
    case KeyStateColumn:
        if (!keyIsValid(p.publicKey))
            return tr("Not a 32-byte Ed25519 key");
        // The example index pins an all-zero placeholder; nothing verifies
        // against it.
        if (keyIsAllZero(p.publicKey))
            return tr("Placeholder (all zero)");
        return tr("Ed25519 public key");
    default:
        return {};
    }
}

QVariant PluginPublisherModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Publisher");
    case NameColumn:
        return tr("Name");
    case KeyColumn:
        return tr("Public key (Ed25519, base64)");
    case KeyStateColumn:
        return tr("Key");
    default:
        return {};
    }
}

void PluginPublisherModel::setPublishers(const QList<PluginIndex::Publisher>& publishers)
{
    beginResetModel();
    m_publishers = publishers;
    endResetModel();
}

} // namespace Lattice
