#include "VerificationFilterModel.h"

namespace Lattice {

VerificationFilterModel::VerificationFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VerificationResultModel::SortRole);
    setFilterKeyColumn(VerificationResultModel::NameColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows that change state move to their sorted place as results arrive.
    setDynamicSortFilter(true);
}

void VerificationFilterModel::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    invalidateFilter();
}

void VerificationFilterModel::setNameFilter(const QString& fragment)
{
    setFilterFixedString(fragment);
}

bool VerificationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_stateFilter != StateFilter::All) {
        using State = VerificationResultModel::State;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        const auto state = index.data(VerificationResultModel::StateRole).value<State>();
        bool accepted = false;
        switch (m_stateFilter) {
        case StateFilter::All:
            accepted = true;
            break;
        case StateFilter::Problems:
            accepted = VerificationResultModel::isProblem(state);
            break;
        case StateFilter::Ok:
            accepted = state == State::Ok;
            break;
        case StateFilter::Failed:
            accepted = state == State::Failed;
            break;
        case StateFilter::Missing:
            accepted = state == State::Missing;
            break;
        case StateFilter::Unreadable:
            accepted = state == State::Unreadable;
            break;
        case StateFilter::Unlisted:
            accepted = state == State::Unlisted;
            break;
        }
        if (!accepted)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Lattice
