#include "CleanupPreviewPanel.h"

#include "CleanupRowModel.h"
#include "StateBanner.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Lattice {

CleanupPreviewPanel::CleanupPreviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_keepModel(new CleanupRowModel(this))
    , m_removeModel(new CleanupRowModel(this))
    , m_protected(new QStringListModel(this))
    , m_notice(new QLabel(this))
    , m_keep(new QSpinBox(this))
    , m_preview(new QPushButton(tr("&Preview cleanup"), this))
    , m_banner(new StateBanner(this))
    , m_danger(new StateBanner(this))
    , m_summary(new QLabel(this))
    , m_removeTitle(new QLabel(this))
    , m_keepTitle(new QLabel(this))
    , m_protectedTitle(new QLabel(this))
    , m_results(new QWidget(this))
{
    setObjectName(QStringLiteral("cleanup-preview-panel"));
    m_notice->setObjectName(QStringLiteral("cleanup-notice"));
    m_notice->setWordWrap(true);
    m_notice->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* keepLabel = new QLabel(tr("&Keep untagged versions:"), this);
    keepLabel->setBuddy(m_keep);
    m_keep->setObjectName(QStringLiteral("cleanup-keep"));
    m_keep->setAccessibleName(tr("Untagged versions to keep"));
    m_keep->setRange(0, 100000);
    m_keep->setValue(10); // KEEP_UNTAGGED of the scheduled run
    m_keep->setToolTip(tr("Scheduled runs keep the newest 10 stale untagged versions."));
    m_preview->setObjectName(QStringLiteral("cleanup-preview"));
    m_preview->setToolTip(tr("Reproduce the next scheduled cleanup run. Nothing is deleted."));
    connect(m_preview, &QPushButton::clicked, this, [this] { emit previewRequested(keep()); });

    m_banner->setObjectName(QStringLiteral("cleanup-banner"));
    m_danger->setObjectName(QStringLiteral("cleanup-danger"));
    m_danger->setAccessibleName(tr("Danger"));
    m_summary->setObjectName(QStringLiteral("cleanup-summary"));
    m_summary->setWordWrap(true);

    auto* controls = new QHBoxLayout;
    controls->addWidget(keepLabel);
    controls->addWidget(m_keep);
    controls->addWidget(m_preview);
    controls->addStretch();

    auto* removeBox = new QWidget(m_results);
    auto* removeLayout = new QVBoxLayout(removeBox);
    removeLayout->setContentsMargins(0, 0, 0, 0);
    removeLayout->addWidget(m_removeTitle);
    QTableView* removeTable = makeTable(m_removeModel, QStringLiteral("cleanup-remove"),
                                        tr("Versions the next run would delete"));
    m_removeTitle->setBuddy(removeTable);
    removeLayout->addWidget(removeTable);

    auto* keepBox = new QWidget(m_results);
    auto* keepLayout = new QVBoxLayout(keepBox);
    keepLayout->setContentsMargins(0, 0, 0, 0);
    keepLayout->addWidget(m_keepTitle);
    QTableView* keepTable = makeTable(m_keepModel, QStringLiteral("cleanup-keep-list"),
                                      tr("Stale versions the keep-buffer keeps"));
    m_keepTitle->setBuddy(keepTable);
    keepLayout->addWidget(keepTable);

    auto* protectedBox = new QWidget(m_results);
    auto* protectedLayout = new QVBoxLayout(protectedBox);
    protectedLayout->setContentsMargins(0, 0, 0, 0);
    protectedLayout->addWidget(m_protectedTitle);
    auto* protectedList = new QListView(protectedBox);
    protectedList->setObjectName(QStringLiteral("cleanup-protected"));
    protectedList->setAccessibleName(tr("Protected child digests"));
    protectedList->setModel(m_protected);
    protectedList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    protectedList->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_protectedTitle->setBuddy(protectedList);
    protectedLayout->addWidget(protectedList);

    auto* splitter = new QSplitter(Qt::Vertical, m_results);
    splitter->addWidget(removeBox);
    splitter->addWidget(keepBox);
    splitter->addWidget(protectedBox);
    splitter->setChildrenCollapsible(false);
    auto* resultsLayout = new QVBoxLayout(m_results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_summary);
    resultsLayout->addWidget(splitter, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(controls);
    layout->addWidget(m_danger);
    layout->addWidget(m_banner);
    layout->addWidget(m_results, 1);
    layout->addStretch(); // takes the room while there are no results to show
    clear();
}

QTableView* CleanupPreviewPanel::makeTable(CleanupRowModel* model, const QString& objectName,
                                           const QString& accessibleName)
{
    auto* table = new QTableView(m_results);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().lineSpacing() + 8);
    table->horizontalHeader()->setSectionResizeMode(CleanupRowModel::IdColumn,
                                                    QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(CleanupRowModel::DigestColumn,
                                                    QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(CleanupRowModel::CreatedColumn,
                                                    QHeaderView::ResizeToContents);
    return table;
}

void CleanupPreviewPanel::setPackage(const QString& package, const QString& githubApi)
{
    m_notice->setText(
        tr("This preview never deletes anything. It reproduces the weekly cleanup of the %1 "
           "package step for step, so you can see what its next scheduled run (keep 10, not a "
           "dry run) would delete. Listing package versions needs a GitHub token with "
           "read:packages for %2, read from the keychain only for this preview.")
            .arg(package, githubApi));
}

int CleanupPreviewPanel::keep() const
{
    return m_keep->value();
}

void CleanupPreviewPanel::setAvailable(bool available)
{
    m_available = available;
    m_preview->setEnabled(m_available && !m_waiting);
}

void CleanupPreviewPanel::showWaiting(const QString& text)
{
    m_waiting = true;
    m_preview->setEnabled(false);
    m_banner->showMessage(StateBanner::Tone::Busy, text);
}

void CleanupPreviewPanel::showPlan(const Oci::CleanupPlan& plan)
{
    m_waiting = false;
    m_preview->setEnabled(m_available);
    m_keepModel->setRows(plan.keep);
    m_removeModel->setRows(plan.remove);
    m_protected->setStringList(plan.protectedDigests);
    m_removeTitle->setText(tr("&Would delete (%n):", nullptr, int(plan.remove.size())));
    m_keepTitle->setText(tr("Kept &by the keep-buffer (%n):", nullptr, int(plan.keep.size())));
    m_protectedTitle->setText(
        tr("Pr&otected child digests (%n):", nullptr, int(plan.protectedDigests.size())));
    m_summary->setText(tr("%n tag(s) inspected, %1 protected digest(s), %2 stale version(s) kept, "
                          "%3 would be deleted.",
                          nullptr, int(plan.tags.size()))
                           .arg(plan.protectedDigests.size())
                           .arg(plan.keep.size())
                           .arg(plan.remove.size()));
    if (plan.unreadableTags.isEmpty()) {
        m_danger->clear();
    } else {
        m_danger->showMessage(
            StateBanner::Tone::Danger,
            tr("Danger: %n tag(s) could not be inspected: %1. A tag whose index cannot be read "
               "protects nothing, so the run may delete its children and break its pulls. Make "
               "the package readable anonymously (or fix what failed) before the next run.",
               nullptr, int(plan.unreadableTags.size()))
                .arg(plan.unreadableTags.join(QStringLiteral(", "))));
    }
    if (plan.remove.isEmpty())
        m_banner->showMessage(StateBanner::Tone::Good,
                              tr("The next run would delete nothing: the stale untagged versions "
                                 "fit in the keep-buffer."));
    else
        m_banner->showMessage(StateBanner::Tone::Warning,
                              tr("The next run would delete %n untagged version(s); they are "
                                 "listed below. Nothing has been deleted.",
                                 nullptr, int(plan.remove.size())));
    m_results->setVisible(true);
}

void CleanupPreviewPanel::showError(const QString& text)
{
    m_waiting = false;
    m_preview->setEnabled(m_available);
    m_banner->showMessage(StateBanner::Tone::Error, text);
}

void CleanupPreviewPanel::clear()
{
    m_waiting = false;
    m_preview->setEnabled(m_available);
    m_keepModel->clear();
    m_removeModel->clear();
    m_protected->setStringList({});
    m_danger->clear();
    m_summary->clear();
    m_results->setVisible(false);
    m_banner->showMessage(StateBanner::Tone::Info,
                          tr("No preview yet. Choose how many untagged versions to keep and "
                             "press Preview cleanup."));
}

} // namespace Lattice
