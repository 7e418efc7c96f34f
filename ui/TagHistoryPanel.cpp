#include "TagHistoryPanel.h"

#include "StateBanner.h"
#include "TagTimelineModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lattice {

TagHistoryPanel::TagHistoryPanel(TagTimelineModel* timeline, TagHistoryModel* history,
                                 QWidget* parent)
    : QWidget(parent)
    , m_timeline(timeline)
    , m_history(history)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_banner(new StateBanner(this))
    , m_timelineView(new QTreeView(this))
    , m_historyView(new QTableView(this))
{
    setObjectName(QStringLiteral("tag-history-panel"));
    m_banner->setObjectName(QStringLiteral("history-banner"));

    m_timelineView->setObjectName(QStringLiteral("history-timeline"));
    m_timelineView->setAccessibleName(tr("Changes of the moving tags"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setUniformRowHeights(true);
    m_timelineView->setAllColumnsShowFocus(true);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->header()->setStretchLastSection(true);
    m_timelineView->setColumnWidth(TagTimelineModel::WhenColumn, 200);
    m_timelineView->setColumnWidth(TagTimelineModel::DigestColumn, 210);
    m_timelineView->setColumnWidth(TagTimelineModel::VersionsColumn, 200);
    connect(m_timeline, &QAbstractItemModel::modelReset, m_timelineView, &QTreeView::expandAll);

    m_proxy->setSourceModel(m_history);
    m_proxy->setSortRole(TagHistoryModel::SortRole);
    m_historyView->setObjectName(QStringLiteral("history-table"));
    m_historyView->setAccessibleName(tr("Every recorded tag change"));
    m_historyView->setModel(m_proxy);
    m_historyView->setSortingEnabled(true);
    m_historyView->sortByColumn(TagHistoryModel::ObservedColumn, Qt::DescendingOrder);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    m_historyView->verticalHeader()->setDefaultSectionSize(
        m_historyView->fontMetrics().lineSpacing() + 8);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setColumnWidth(TagHistoryModel::TagColumn, 170);
    m_historyView->setColumnWidth(TagHistoryModel::DigestColumn, 520);

    auto* timelineTitle = new QLabel(tr("&Moving tags over time:"), this);
    timelineTitle->setBuddy(m_timelineView);
    auto* historyTitle = new QLabel(tr("Every rec&orded change:"), this);
    historyTitle->setBuddy(m_historyView);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(timelineTitle);
    topLayout->addWidget(m_timelineView);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(historyTitle);
    bottomLayout->addWidget(m_historyView);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    showLoaded();
}

void TagHistoryPanel::showLoading()
{
    m_banner->showMessage(StateBanner::Tone::Busy, tr("Reading the recorded history…"));
}

void TagHistoryPanel::showLoaded()
{
    if (m_history->rowCount() == 0)
        m_banner->showMessage(StateBanner::Tone::Info,
                              tr("No history recorded yet. Each refresh records a tag when it "
                                 "points somewhere new, so the history grows as you refresh."));
    else
        m_banner->showMessage(
            StateBanner::Tone::Info,
            tr("%n change(s) recorded by this desk. Times are when a refresh first saw the "
               "change, not when it was pushed.",
               nullptr, m_history->rowCount()));
}

} // namespace Lattice
