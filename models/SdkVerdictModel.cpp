#include "SdkVerdictModel.h"

#include <QBrush>
#include <QColor>

namespace Lattice {

namespace {

QString gateText(Sdk::Gate gate)
{
    switch (gate) {
    case Sdk::Gate::Green:
        return SdkVerdictModel::tr("OK");
    case Sdk::Gate::Amber:
        return SdkVerdictModel::tr("Warning");
    case Sdk::Gate::Red:
        break;
    }
    return SdkVerdictModel::tr("Broken");
}

QColor gateColor(Sdk::Gate gate)
{
    // Mid-tone colours read on light and dark palettes alike.
    switch (gate) {
    case Sdk::Gate::Green:
        return QColor(0x2e, 0x9d, 0x4f);
    case Sdk::Gate::Amber:
        return QColor(0xd9, 0x8e, 0x04);
    case Sdk::Gate::Red:
        break;
    }
    return QColor(0xd0, 0x3a, 0x2f);
}

} // namespace

SdkVerdictModel::SdkVerdictModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int SdkVerdictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_verdicts.size());
}

int SdkVerdictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SdkVerdictModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_verdicts.size())
        return {};
    const Sdk::Verdict& v = m_verdicts.at(index.row());
    if (role == GateRole)
        return int(v.gate);
    if (role == Qt::ToolTipRole)
        return v.findings.join(QLatin1Char('\n'));
    if (index.column() == GateColumn && role == Qt::ForegroundRole)
        return QBrush(gateColor(v.gate));
    if (index.column() == GateColumn && role == Qt::AccessibleDescriptionRole)
        return gateText(v.gate);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case GateColumn:
        return gateText(v.gate);
    case RepoColumn:
        return v.repo.section(QLatin1Char('/'), 1);
    case TagColumn:
        return v.tag;
    case RequirementColumn:
        return v.requirement.isEmpty() ? QStringLiteral("—") : v.requirement;
    case KindColumn:
        return Sdk::kindName(v.kind);
    case ReasonColumn:
        return v.reason;
    default:
        break;
    }
    return {};
}

QVariant SdkVerdictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GateColumn:
        return tr("Gate");
    case RepoColumn:
        return tr("Repository");
    case TagColumn:
        return tr("Tag");
    case RequirementColumn:
        return tr("SDK requirement");
    case KindColumn:
        return tr("Kind");
    case ReasonColumn:
        return tr("Reason");
    default:
        break;
    }
    return {};
}

void SdkVerdictModel::setVerdicts(const QList<Sdk::Verdict>& verdicts)
{
    beginResetModel();
    m_verdicts = verdicts;
    endResetModel();
}

int SdkVerdictModel::count(Sdk::Gate gate) const
{
    return int(std::count_if(m_verdicts.cbegin(), m_verdicts.cend(),
                             [gate](const Sdk::Verdict& v) { return v.gate == gate; }));
}

} // namespace Lattice
