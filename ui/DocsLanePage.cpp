#include "DocsLanePage.h"

#include "ReleaseOrderService.h"
#include "StateBanner.h"
#include "StatusColors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lattice {

DocsLanePage::DocsLanePage(ReleaseOrderService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_source(new QLabel(this))
    , m_commit(new QLabel(this))
    , m_banner(new StateBanner(this))
    , m_drift(new StateBanner(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_coverage(new QTreeWidget(this))
    , m_pages(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("docs-lane-page"));
    auto* title = new QLabel(tr("<h2>Docs site</h2>"), this);
    m_source->setWordWrap(true);
    m_source->setOpenExternalLinks(true);
    m_commit->setObjectName(QStringLiteral("docs-commit"));
    m_commit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commit->setWordWrap(true);
    m_refresh->setToolTip(tr("Read the docs repository again (F5)"));

    m_coverage->setObjectName(QStringLiteral("docs-coverage"));
    m_coverage->setAccessibleName(tr("Release notes per stable release"));
    m_coverage->setRootIsDecorated(false);
    m_coverage->setHeaderLabels({tr("Release"), tr("Release notes"), tr("State")});
    m_coverage->header()->setStretchLastSection(true);
    m_pages->setObjectName(QStringLiteral("docs-pages"));
    m_pages->setAccessibleName(tr("Version matrix of each release page"));
    m_pages->setHeaderLabels({tr("Page / surface"), tr("Version")});

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_refresh);
    bar->addStretch();

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_coverage);
    splitter->addWidget(m_pages);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_source);
    layout->addWidget(m_commit);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_drift);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DocsLanePage::refresh);
    connect(m_service, &ReleaseOrderService::reportChanged, this, &DocsLanePage::display);
    connect(m_service, &ReleaseOrderService::busyChanged, this, [this](bool busy) {
        m_refresh->setEnabled(!busy && !m_offline);
        if (busy)
            m_banner->showMessage(StateBanner::Tone::Busy,
                                  tr("Reading the release pages of the docs site…"));
    });
    m_banner->showMessage(StateBanner::Tone::Info,
                          tr("Not read yet. Press Refresh, or open the page to read it."));
}

void DocsLanePage::setProfile(const Profile& profile)
{
    m_source->setText(
        tr("Repository <b>%1</b>, site <a href=\"%2\">%2</a>")
            .arg(profile.docsRepo.toHtmlEscaped(), profile.docsSiteUrl.toString().toHtmlEscaped()));
    m_needsRefresh = true;
}

void DocsLanePage::setOffline(bool offline)
{
    m_offline = offline;
    m_refresh->setEnabled(!offline && !m_service->isBusy());
}

void DocsLanePage::refresh()
{
    if (m_offline)
        return;
    m_needsRefresh = false;
    m_service->refresh();
}

void DocsLanePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_needsRefresh && !m_offline)
        refresh();
}

void DocsLanePage::display(const ReleaseOrderReport& report, bool fromSnapshot)
{
    const QString asOf = QLocale().toString(report.at.toLocalTime(), QLocale::ShortFormat);
    m_commit->setText(report.docsCommit.sha.isEmpty()
                          ? tr("Latest docs commit: unknown")
                          : tr("Latest docs commit: %1 — %2 (%3)")
                                .arg(report.docsCommit.sha.left(12), report.docsCommit.message,
                                     QLocale().toString(report.docsCommit.date.toLocalTime(),
                                                        QLocale::ShortFormat)));
    m_coverage->clear();
    int gaps = 0;
    for (const Docs::Coverage& c : report.coverage()) {
        auto* item = new QTreeWidgetItem(m_coverage);
        item->setText(
            0, (c.repo == QLatin1String("server") ? tr("Server %1") : tr("Agent %1")).arg(c.tag));
        item->setText(1, c.page.isEmpty() ? QStringLiteral("—") : c.page);
        item->setText(2, c.reason);
        if (c.gap) {
            ++gaps;
            item->setForeground(2, StatusColors::error());
        }
    }
    m_coverage->resizeColumnToContents(0);
    m_coverage->resizeColumnToContents(1);
    m_pages->clear();
    for (const Docs::ReleasePage& p : report.pages) {
        auto* page = new QTreeWidgetItem(m_pages, {p.path});
        for (auto it = p.matrix.cbegin(); it != p.matrix.cend(); ++it)
            new QTreeWidgetItem(page, {it.key(), it.value()});
        page->setExpanded(true);
    }
    m_pages->resizeColumnToContents(0);

    const QString when =
        fromSnapshot ? tr("as of %1 (stored)").arg(asOf) : tr("as of %1").arg(asOf);
    if (!report.docsError.isEmpty())
        m_banner->showMessage(StateBanner::Tone::Error,
                              tr("Could not read the docs repository: %1").arg(report.docsError));
    else if (gaps > 0)
        m_banner->showMessage(
            StateBanner::Tone::Error,
            tr("%n stable server release(s) without release notes", nullptr, gaps) +
                QStringLiteral(" — ") + when);
    else
        m_banner->showMessage(
            StateBanner::Tone::Good,
            tr("Every stable server release has its release notes — %1").arg(when));
    const QString drift = report.baselineDrift();
    if (drift.isEmpty())
        m_drift->clear();
    else
        m_drift->showMessage(StateBanner::Tone::Warning, drift);
}

} // namespace Lattice
