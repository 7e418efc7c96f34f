#include "ChildHealthPanel.h"

#include "ChildHealthModel.h"
#include "StateBanner.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Lattice {

ChildHealthPanel::ChildHealthPanel(ChildHealthModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_banner(new StateBanner(this))
    , m_view(new QTableView(this))
    , m_checkAll(new QPushButton(tr("Check &all tags"), this))
    , m_checkSelected(new QPushButton(tr("Check selected ta&gs"), this))
    , m_exportJson(new QPushButton(tr("Export &JSON…"), this))
    , m_exportCsv(new QPushButton(tr("Export CS&V…"), this))
{
    setObjectName(QStringLiteral("child-health-panel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ChildHealthModel::SortRole);

    m_banner->setObjectName(QStringLiteral("health-banner"));
    m_checkAll->setObjectName(QStringLiteral("health-check-all"));
    m_checkAll->setToolTip(tr("HEAD every platform child of every tag on the registry, bypassing "
                              "the local cache. A 404 means pulls on that platform fail."));
    m_checkSelected->setObjectName(QStringLiteral("health-check-selected"));
    m_exportJson->setObjectName(QStringLiteral("health-export-json"));
    m_exportCsv->setObjectName(QStringLiteral("health-export-csv"));
    connect(m_checkAll, &QPushButton::clicked, this, [this] { emit checkRequested({}); });
    connect(m_checkSelected, &QPushButton::clicked, this, [this] {
        const QStringList tags = selectedTags();
        if (!tags.isEmpty())
            emit checkRequested(tags);
    });
    connect(m_exportJson, &QPushButton::clicked, this,
            [this] { chooseExportFile(QStringLiteral("json")); });
    connect(m_exportCsv, &QPushButton::clicked, this,
            [this] { chooseExportFile(QStringLiteral("csv")); });

    m_view->setObjectName(QStringLiteral("health-table"));
    m_view->setAccessibleName(tr("Child manifests of each tag"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChildHealthModel::StatusColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ChildHealthModel::TagColumn, 170);
    m_view->setColumnWidth(ChildHealthModel::PlatformColumn, 130);
    m_view->setColumnWidth(ChildHealthModel::DigestColumn, 210);
    m_view->setColumnWidth(ChildHealthModel::StatusColumn, 240);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_checkAll);
    actions->addWidget(m_checkSelected);
    actions->addStretch();
    actions->addWidget(m_exportJson);
    actions->addWidget(m_exportCsv);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChildHealthPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChildHealthPanel::updateButtons);
    m_banner->showMessage(StateBanner::Tone::Info,
                          tr("Nothing checked yet. A plain refresh may answer children from the "
                             "local cache, which cannot see a deleted child: press Check all "
                             "tags to ask the registry."));
    updateButtons();
}

void ChildHealthPanel::setAvailable(bool available)
{
    m_available = available;
    updateButtons();
}

void ChildHealthPanel::setChecking(bool checking, int tags)
{
    m_checking = checking;
    if (checking)
        m_banner->showMessage(StateBanner::Tone::Busy,
                              tags > 0 ? tr("Checking the children of %n tag(s)…", nullptr, tags)
                                       : tr("Checking the children of every tag…"));
    updateButtons();
}

void ChildHealthPanel::showError(const QString& text)
{
    m_checking = false;
    m_banner->showMessage(StateBanner::Tone::Error, text);
    updateButtons();
}

void ChildHealthPanel::showResult()
{
    m_checking = false;
    const QStringList broken = m_model->brokenTags();
    const int unreadable = m_model->count(ChildHealthModel::State::Unreadable);
    const int odd = m_model->count(ChildHealthModel::State::Unexpected) +
                    m_model->count(ChildHealthModel::State::NoAnswer);
    QStringList parts;
    if (!broken.isEmpty())
        parts << tr("%n tag(s) broken: %1. Pulls of these tags fail on the platforms marked "
                    "below; re-push the tag or move users to a healthy one.",
                    nullptr, int(broken.size()))
                     .arg(broken.join(QStringLiteral(", ")));
    if (unreadable > 0)
        parts << tr("%n tag(s) could not be read at all.", nullptr, unreadable);
    if (odd > 0)
        parts << tr("%n child(ren) gave no clear answer; check again later.", nullptr, odd);
    if (parts.isEmpty())
        m_banner->showMessage(StateBanner::Tone::Good,
                              tr("Every child of the %n checked tag(s) is present.", nullptr,
                                 m_model->checkedTagCount()));
    else
        m_banner->showMessage(broken.isEmpty() ? StateBanner::Tone::Warning
                                               : StateBanner::Tone::Error,
                              parts.join(QLatin1Char(' ')));
    updateButtons();
}

QStringList ChildHealthPanel::selectedTags() const
{
    QStringList tags;
    QSet<QString> seen;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        const QString tag = row.data(ChildHealthModel::TagRole).toString();
        if (!seen.contains(tag)) {
            seen.insert(tag);
            tags << tag;
        }
    }
    return tags;
}

void ChildHealthPanel::updateButtons()
{
    const bool idle = m_available && !m_checking;
    m_checkAll->setEnabled(idle && m_model->rowCount() > 0);
    m_checkSelected->setEnabled(idle && m_view->selectionModel()->hasSelection());
    const bool results = m_model->rowCount() > 0;
    m_exportJson->setEnabled(results);
    m_exportCsv->setEnabled(results);
}

bool ChildHealthPanel::exportReport(const QString& path, QString* error) const
{
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(csv ? m_model->toCsv() : m_model->toJson(m_reference));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ChildHealthPanel::chooseExportFile(const QString& format)
{
    const bool csv = format == QLatin1String("csv");
    const QString suggested = QDir::home().filePath(csv ? QStringLiteral("image-health.csv")
                                                        : QStringLiteral("image-health.json"));
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export child health as CSV") : tr("Export child health as JSON"), suggested,
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportReport(path, &error))
        m_banner->showMessage(StateBanner::Tone::Good,
                              tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_banner->showMessage(StateBanner::Tone::Error,
                              tr("Could not write %1: %2. Choose another folder and export again.")
                                  .arg(QDir::toNativeSeparators(path), error));
}

} // namespace Lattice
