#pragma once

#include "VerificationResultModel.h"

#include <QSortFilterProxyModel>

namespace Lattice {

// Sorts verification rows by each column's natural order (problems first on
// the status column) and narrows them by state and by a name fragment.
class VerificationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StateFilter { All, Problems, Ok, Failed, Missing, Unreadable, Unlisted };
    Q_ENUM(StateFilter)

    explicit VerificationFilterModel(QObject* parent = nullptr);

    StateFilter stateFilter() const { return m_stateFilter; }
    void setStateFilter(StateFilter filter);
    void setNameFilter(const QString& fragment); // case-insensitive, fixed string

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    StateFilter m_stateFilter = StateFilter::All;
};

} // namespace Lattice
