#include "SdkLanePage.h"

#include "ReleaseOrderService.h"
#include "SdkVerdictModel.h"
#include "StateBanner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Lattice {

namespace {

// Hides green rows when only problems are wanted, and sorts the gate column
// by severity rather than by its translated text.
class GateFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setProblemsOnly(bool on)
    {
        m_problemsOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (!m_problemsOnly)
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(SdkVerdictModel::GateRole).toInt() != int(Sdk::Gate::Green);
    }

    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        if (left.column() == SdkVerdictModel::GateColumn)
            return left.data(SdkVerdictModel::GateRole).toInt() <
                   right.data(SdkVerdictModel::GateRole).toInt();
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    bool m_problemsOnly = false;
};

} // namespace

SdkLanePage::SdkLanePage(ReleaseOrderService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_source(new QLabel(this))
    , m_banner(new StateBanner(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_progress(new QProgressBar(this))
    , m_problemsOnly(new QCheckBox(tr("Show only &problems"), this))
    , m_model(new SdkVerdictModel(this))
    , m_table(new QTableView(this))
    , m_findings(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sdk-lane-page"));
    auto* filter = new GateFilter(this);
    filter->setSourceModel(m_model);
    m_filter = filter;

    auto* title = new QLabel(tr("<h2>SDK publication order</h2>"), this);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setWordWrap(true);
    auto* rule = new QLabel(
        tr("Server and agent consume the published <tt>lattice-sdk</tt> tag, never a "
           "pseudo-version, and the tag comes first. Green: the rule holds. Amber: a prerelease "
           "pins a pseudo-version. Red: a stable release pins one, the tag is missing or newer, "
           "go.mod replaces the SDK, or sdk.ref builds a different SDK."),
        this);
    rule->setWordWrap(true);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Refresh progress"));
    m_refresh->setToolTip(tr("Read the tags and go.mod files again (F5)"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_refresh);
    bar->addWidget(m_progress);
    bar->addStretch();
    bar->addWidget(m_problemsOnly);

    m_table->setObjectName(QStringLiteral("sdk-verdicts"));
    m_table->setAccessibleName(tr("SDK gates per tag"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    // Worst first: a broken tag is what the maintainer opened the lane for.
    m_table->sortByColumn(SdkVerdictModel::GateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setReadOnly(true);
    m_findings->setAccessibleName(tr("Findings of the selected tag"));
    m_findings->setPlaceholderText(tr("Select a tag to see every finding."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_findings);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_source);
    layout->addWidget(rule);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &SdkLanePage::refresh);
    connect(m_problemsOnly, &QCheckBox::toggled, filter, &GateFilter::setProblemsOnly);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SdkLanePage::showFindings);
    connect(m_service, &ReleaseOrderService::reportChanged, this, &SdkLanePage::display);
    connect(m_service, &ReleaseOrderService::busyChanged, this, [this](bool busy) {
        m_refresh->setEnabled(!busy && !m_offline);
        m_progress->setVisible(busy);
        m_progress->setRange(0, 0);
        if (busy)
            m_banner->showMessage(StateBanner::Tone::Busy,
                                  tr("Reading tags, go.mod, go.sum and sdk.ref at every tag…"));
    });
    connect(m_service, &ReleaseOrderService::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    m_banner->showMessage(StateBanner::Tone::Info,
                          tr("Not read yet. Press Refresh, or open the page to read it."));
}

void SdkLanePage::setProfile(const Profile& profile)
{
    m_source->setText(tr("SDK <b>%1</b>, server <b>%2</b>, agent <b>%3</b> through %4")
                          .arg(profile.sdkRepo.toHtmlEscaped(), profile.serverRepo.toHtmlEscaped(),
                               profile.agentRepo.toHtmlEscaped(),
                               profile.githubApiUrl.toString().toHtmlEscaped()));
    m_needsRefresh = true;
}

void SdkLanePage::setOffline(bool offline)
{
    m_offline = offline;
    m_refresh->setEnabled(!offline && !m_service->isBusy());
}

void SdkLanePage::refresh()
{
    if (m_offline) {
        m_banner->showMessage(StateBanner::Tone::Info,
                              tr("Offline: showing the last stored refresh, if any."));
        return;
    }
    m_needsRefresh = false;
    m_service->refresh();
}

void SdkLanePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_needsRefresh && !m_offline)
        refresh();
}

void SdkLanePage::display(const ReleaseOrderReport& report, bool fromSnapshot)
{
    m_model->setVerdicts(report.verdicts);
    m_table->resizeColumnsToContents();
    const QString asOf = QLocale().toString(report.at.toLocalTime(), QLocale::ShortFormat);
    if (!report.sdkError.isEmpty()) {
        // Every file read before the failure is kept by commit, so the next
        // refresh continues where this one stopped instead of starting over.
        const QString next =
            report.sdkError.contains(QLatin1String("rate limit"))
                ? tr("GitHub allows 60 anonymous requests an hour; store a GitHub token for "
                     "the API in the keychain, or refresh later. Files read so far are kept, so "
                     "the next refresh continues where this one stopped.")
            : report.verdicts.isEmpty()
                ? tr("Check the GitHub token and the network, then refresh.")
                : tr("Showing the data as of %1.").arg(asOf);
        m_banner->showMessage(StateBanner::Tone::Error,
                              tr("Could not read the SDK lane: %1. %2").arg(report.sdkError, next));
        return;
    }
    const int red = m_model->count(Sdk::Gate::Red);
    const int amber = m_model->count(Sdk::Gate::Amber);
    const QString when =
        fromSnapshot ? tr("as of %1 (stored)").arg(asOf) : tr("as of %1").arg(asOf);
    if (report.verdicts.isEmpty())
        m_banner->showMessage(StateBanner::Tone::Info, tr("No server or agent tags %1.").arg(when));
    else if (red > 0)
        m_banner->showMessage(StateBanner::Tone::Error,
                              tr("%n tag(s) break the SDK order", nullptr, red) +
                                  QStringLiteral(", ") + tr("%n warning(s)", nullptr, amber) +
                                  QStringLiteral(" — ") + when);
    else if (amber > 0)
        m_banner->showMessage(StateBanner::Tone::Warning,
                              tr("%n prerelease(s) pin a pseudo-version", nullptr, amber) +
                                  QStringLiteral(" — ") + when);
    else
        m_banner->showMessage(
            StateBanner::Tone::Good,
            tr("Every tag pins a published SDK tag that came first — %1").arg(when));
}

void SdkLanePage::showFindings()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid() || current.row() >= m_model->verdicts().size()) {
        m_findings->clear();
        return;
    }
    const Sdk::Verdict& v = m_model->verdicts().at(current.row());
    m_findings->setPlainText(QStringLiteral("%1 %2\n\n").arg(v.repo, v.tag) +
                             v.findings.join(QLatin1Char('\n')));
}

} // namespace Lattice
