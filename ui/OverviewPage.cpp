#include "OverviewPage.h"

#include "EndpointStatusModel.h"
#include "LaneCard.h"
#include "StateBanner.h"
#include "StatusColors.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lattice {

OverviewPage::OverviewPage(EndpointStatusModel* endpoints, QWidget* parent)
    : QWidget(parent)
    , m_endpoints(endpoints)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_checklist(new QTreeWidget(this))
    , m_changes(new StateBanner(this))
{
    m_changes->setObjectName(QStringLiteral("overview-changes"));
    setObjectName(QStringLiteral("overview-page"));
    auto* layout = new QVBoxLayout(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_summary->setObjectName(QStringLiteral("overview-summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_table->setObjectName(QStringLiteral("endpoint-table"));
    m_table->setModel(m_endpoints);
    m_table->setAccessibleName(tr("Endpoints of the current profile"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(EndpointStatusModel::NameColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EndpointStatusModel::UrlColumn,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(EndpointStatusModel::UrlColumn, 380);
    auto* cards = new QGridLayout;
    const QList<Lane> lanes{Lane::ServerImage, Lane::NodeAgent, Lane::Sdk, Lane::Docs,
                            Lane::PluginIndex};
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        auto* card = new LaneCard(lanes.at(i), this);
        connect(card, &LaneCard::openRequested, this, &OverviewPage::laneActivated);
        m_cards.insert(lanes.at(i), card);
        cards->addWidget(card, int(i / 3), int(i % 3));
    }
    m_checklist->setObjectName(QStringLiteral("release-checklist"));
    m_checklist->setAccessibleName(tr("Release order checklist"));
    m_checklist->setRootIsDecorated(false);
    m_checklist->setHeaderLabels({tr("Step"), tr("State"), tr("Detail")});
    m_checklist->setMaximumHeight(170);
    connect(m_checklist, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit laneActivated(Lane(item->data(0, Qt::UserRole).toInt()));
    });
    auto* checklistTitle =
        new QLabel(tr("<b>Release order</b> — the newest stable releases"), this);
    layout->addWidget(m_heading);
    layout->addWidget(m_changes);
    layout->addLayout(cards);
    layout->addWidget(checklistTitle);
    layout->addWidget(m_checklist);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    updateChecklist();
    connect(m_endpoints, &QAbstractItemModel::dataChanged, this, [this] { updateSummary(false); });
}

void OverviewPage::setProfile(const Profile& profile)
{
    m_heading->setText(tr("Overview — %1").arg(profile.name));
}

void OverviewPage::updateSummary(bool offline)
{
    if (offline) {
        m_summary->setText(tr("Offline mode: no endpoint is contacted. Lanes show their stored "
                              "snapshots only."));
        return;
    }
    const int total = m_endpoints->rowCount();
    const int down = m_endpoints->unreachableCount();
    const int up = m_endpoints->reachableCount();
    if (up + down < total) {
        m_summary->setText(tr("Checking %1 endpoints…").arg(total));
    } else if (down == 0) {
        m_summary->setText(tr("All %1 endpoints answered.").arg(total));
    } else {
        QStringList names;
        for (const EndpointStatusModel::Row& row : m_endpoints->rows()) {
            if (row.state == EndpointStatusModel::State::Unreachable)
                names << QStringLiteral("%1 (%2)").arg(row.name, row.url.host());
        }
        m_summary->setText(tr("Could not reach %1 of %2 endpoints: %3. Lanes that read from them "
                              "show their last stored snapshot; press F5 to try again.")
                               .arg(down)
                               .arg(total)
                               .arg(names.join(QStringLiteral(", "))));
    }
}

void OverviewPage::setLaneHealth(const LaneHealth& health)
{
    if (LaneCard* card = m_cards.value(health.lane))
        card->setHealth(health);
    updateChecklist();
    emit laneHealthChanged(health);
}

void OverviewPage::setStoredLaneHealth(const LaneHealth& health)
{
    LaneCard* card = m_cards.value(health.lane);
    if (card && card->health().state == LaneHealth::State::Unknown)
        setLaneHealth(health);
}

void OverviewPage::showChanges(const QStringList& notices)
{
    if (notices.isEmpty())
        return;
    m_changes->showMessage(StateBanner::Tone::Warning, notices.join(QLatin1Char('\n')));
}

QString OverviewPage::changesText() const
{
    return m_changes->text();
}

void OverviewPage::setReleaseOrder(const ReleaseOrderReport& report)
{
    m_order = report;
    updateChecklist();
}

void OverviewPage::updateChecklist()
{
    const auto health = [this](Lane lane) {
        const LaneCard* card = m_cards.value(lane);
        return card ? card->health() : LaneHealth{};
    };
    m_checklist->clear();
    int n = 0;
    for (const ChecklistStep& step :
         releaseChecklist(m_order, health(Lane::ServerImage), health(Lane::NodeAgent),
                          health(Lane::PluginIndex))) {
        QString state;
        QColor color = StatusColors::muted();
        switch (step.state) {
        case ChecklistStep::State::Done:
            state = tr("Done");
            color = StatusColors::good();
            break;
        case ChecklistStep::State::Open:
            state = tr("Open");
            color = StatusColors::warning();
            break;
        case ChecklistStep::State::Blocked:
            state = tr("Blocked");
            color = StatusColors::error();
            break;
        case ChecklistStep::State::Unknown:
            state = tr("Unknown");
            break;
        }
        auto* item = new QTreeWidgetItem(
            m_checklist, {QStringLiteral("%1. %2").arg(++n).arg(step.title), state,
                          step.detail.isEmpty() ? tr("Refresh the lane to check.") : step.detail});
        item->setForeground(1, color);
        item->setData(0, Qt::UserRole, int(step.lane));
    }
    m_checklist->resizeColumnToContents(0);
    m_checklist->resizeColumnToContents(1);
}

} // namespace Lattice
