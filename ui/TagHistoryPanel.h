#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace Lattice {

class StateBanner;
class TagHistoryModel;
class TagTimelineModel;

// The History tab: when each moving tag changed and to what (with the version
// it matched then), above every change the local store has recorded.
class TagHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    TagHistoryPanel(TagTimelineModel* timeline, TagHistoryModel* history,
                    QWidget* parent = nullptr);

    void showLoading();
    void showLoaded();

    QTreeView* timelineView() const { return m_timelineView; }
    QTableView* historyView() const { return m_historyView; }

private:
    TagTimelineModel* m_timeline;
    TagHistoryModel* m_history;
    QSortFilterProxyModel* m_proxy;
    StateBanner* m_banner;
    QTreeView* m_timelineView;
    QTableView* m_historyView;
};

} // namespace Lattice
