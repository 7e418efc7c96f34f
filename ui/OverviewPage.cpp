#include "OverviewPage.h"

#include "EndpointStatusModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Lattice {

OverviewPage::OverviewPage(EndpointStatusModel* endpoints, QWidget* parent)
    : QWidget(parent)
    , m_endpoints(endpoints)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
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
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
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

} // namespace Lattice
