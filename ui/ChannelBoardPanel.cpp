#include "ChannelBoardPanel.h"

#include "ChannelBoardModel.h"
#include "StateBanner.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lattice {

ChannelBoardPanel::ChannelBoardPanel(ChannelBoardModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_banner(new StateBanner(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("channel-board-panel"));
    m_banner->setObjectName(QStringLiteral("channel-board-banner"));
    m_view->setObjectName(QStringLiteral("channel-board"));
    m_view->setAccessibleName(tr("Moving channels"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(ChannelBoardModel::ChannelColumn, 200);
    m_view->setColumnWidth(ChannelBoardModel::MatchesColumn, 220);
    m_view->setColumnWidth(ChannelBoardModel::DigestColumn, 220);
    m_view->setColumnWidth(ChannelBoardModel::DetailColumn, 200);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ChannelBoardPanel::modelReset);
    modelReset();
}

void ChannelBoardPanel::modelReset()
{
    m_view->expandAll();
    // Warnings are sentences: let them use the whole width of the row.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex channel = m_model->index(row, 0);
        for (int child = 0; child < m_model->rowCount(channel); ++child) {
            const QModelIndex index = m_model->index(child, 0, channel);
            const bool warning =
                index.data(ChannelBoardModel::RowKindRole).value<ChannelBoardModel::RowKind>() ==
                ChannelBoardModel::RowKind::Warning;
            m_view->setFirstColumnSpanned(child, channel, warning);
        }
    }
    const int channels = m_model->rowCount();
    const int warnings = m_model->warningCount();
    if (channels == 0)
        m_banner->clear();
    else if (warnings == 0)
        m_banner->showMessage(
            StateBanner::Tone::Good,
            tr("Every channel matches a version tag and has the same platforms."));
    else
        m_banner->showMessage(
            StateBanner::Tone::Warning,
            tr("%n warning(s) on the moving channels; details under each channel.", nullptr,
               warnings));
}

} // namespace Lattice
