#include "TagDiffPanel.h"

#include "StateBanner.h"
#include "TagDiffModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Lattice {

TagDiffPanel::TagDiffPanel(TagDiffModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_names(new QStringListModel(this))
    , m_swapAction(new QAction(tr("&Swap sides"), this))
    , m_copyAction(new QAction(tr("&Copy as Markdown"), this))
    , m_banner(new StateBanner(this))
    , m_legend(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("tag-diff-panel"));
    m_a = makePicker(QStringLiteral("diff-tag-a"), tr("Left tag"));
    m_b = makePicker(QStringLiteral("diff-tag-b"), tr("Right tag"));
    auto* labelA = new QLabel(tr("&Left:"), this);
    labelA->setBuddy(m_a);
    auto* labelB = new QLabel(tr("R&ight:"), this);
    labelB->setBuddy(m_b);

    // Both shortcuts work anywhere on this tab, and only there, so they
    // cannot collide with another page's keys.
    m_swapAction->setObjectName(QStringLiteral("diff-swap-action"));
    m_swapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_swapAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_swapAction, &QAction::triggered, this, &TagDiffPanel::swapSides);
    addAction(m_swapAction);
    m_copyAction->setObjectName(QStringLiteral("diff-copy-action"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &TagDiffPanel::copyMarkdown);
    addAction(m_copyAction);

    m_swapButton = new QPushButton(tr("S&wap sides"), this);
    m_swapButton->setObjectName(QStringLiteral("diff-swap"));
    m_swapButton->setToolTip(tr("Swap the left and right tag (%1)")
                                 .arg(m_swapAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_swapButton, &QPushButton::clicked, m_swapAction, &QAction::trigger);
    m_copyButton = new QPushButton(tr("Copy as &Markdown"), this);
    m_copyButton->setObjectName(QStringLiteral("diff-copy"));
    m_copyButton->setToolTip(tr("Copy the comparison as a Markdown table (%1)")
                                 .arg(m_copyAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_copyButton, &QPushButton::clicked, m_copyAction, &QAction::trigger);

    m_banner->setObjectName(QStringLiteral("diff-banner"));
    m_legend->setObjectName(QStringLiteral("diff-legend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setText(
        tr("<span style=\"background:%1;color:%2\">&nbsp;differs&nbsp;</span>&nbsp;&nbsp;"
           "<span style=\"color:%3\">equal</span>")
            .arg(TagDiffModel::differentBackground().name(), TagDiffModel::differentText().name(),
                 TagDiffModel::sameText().name()));
    m_legend->setAccessibleName(tr("Highlighted cells differ; dimmed cells are equal."));

    m_view->setObjectName(QStringLiteral("diff-table"));
    m_view->setAccessibleName(tr("Comparison of the two tags"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(TagDiffModel::FieldColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TagDiffModel::PlatformColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TagDiffModel::AColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TagDiffModel::BColumn, QHeaderView::Stretch);

    auto* pickers = new QHBoxLayout;
    pickers->addWidget(labelA);
    pickers->addWidget(m_a, 1);
    pickers->addWidget(m_swapButton);
    pickers->addWidget(labelB);
    pickers->addWidget(m_b, 1);
    pickers->addWidget(m_copyButton);
    auto* status = new QHBoxLayout;
    status->addWidget(m_banner, 1);
    status->addWidget(m_legend);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addLayout(status);
    layout->addWidget(m_view, 1);

    connect(m_a, &QComboBox::currentTextChanged, this, &TagDiffPanel::recompute);
    connect(m_b, &QComboBox::currentTextChanged, this, &TagDiffPanel::recompute);
    recompute();
}

QComboBox* TagDiffPanel::makePicker(const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setModel(m_names);
    combo->setMinimumContentsLength(18);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* completer = new QCompleter(m_names, combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    combo->lineEdit()->setPlaceholderText(tr("Tag"));
    return combo;
}

void TagDiffPanel::setTags(const QList<Oci::TagInfo>& tags, const QStringList& orderedNames)
{
    QString a = tagA();
    QString b = tagB();
    m_tags = tags;
    {
        m_updating = true;
        m_names->setStringList(orderedNames);
        if (!orderedNames.contains(a))
            a = orderedNames.value(0);
        if (!orderedNames.contains(b) || b == a) {
            b.clear();
            for (const QString& name : orderedNames) {
                if (name != a) {
                    b = name;
                    break;
                }
            }
        }
        m_a->setCurrentText(a);
        m_b->setCurrentText(b);
        m_updating = false;
    }
    recompute();
}

void TagDiffPanel::compare(const QString& a, const QString& b)
{
    m_updating = true;
    m_a->setCurrentText(a);
    m_b->setCurrentText(b);
    m_updating = false;
    recompute();
}

QString TagDiffPanel::tagA() const
{
    return m_a->currentText().trimmed();
}

QString TagDiffPanel::tagB() const
{
    return m_b->currentText().trimmed();
}

const Oci::TagInfo* TagDiffPanel::find(const QString& tag) const
{
    for (const Oci::TagInfo& t : m_tags) {
        if (t.tag == tag)
            return &t;
    }
    return nullptr;
}

void TagDiffPanel::recompute()
{
    if (m_updating)
        return;
    const Oci::TagInfo* a = find(tagA());
    const Oci::TagInfo* b = find(tagB());
    const bool ready = a && b;
    m_swapAction->setEnabled(ready);
    m_copyAction->setEnabled(ready);
    m_swapButton->setEnabled(ready);
    m_copyButton->setEnabled(ready);
    if (m_tags.isEmpty()) {
        m_model->clear();
        m_banner->showMessage(StateBanner::Tone::Info,
                              tr("No tags loaded yet. Press Refresh to read them."));
        return;
    }
    if (!ready) {
        m_model->clear();
        const QString missing = !a ? tagA() : tagB();
        m_banner->showMessage(
            StateBanner::Tone::Info,
            missing.isEmpty()
                ? tr("Pick two tags to compare; both fields complete tag names.")
                : tr("There is no tag \"%1\" in this repository; pick one from the list.")
                      .arg(missing));
        return;
    }
    m_model->setDiff(Oci::TagDiff::compute(*a, *b));
    const int differences = m_model->differenceCount();
    if (m_model->diff().sameIndex())
        m_banner->showMessage(
            StateBanner::Tone::Good,
            tr("%1 and %2 are the same image (one index digest).").arg(a->tag, b->tag));
    else
        m_banner->showMessage(
            StateBanner::Tone::Info,
            tr("%1 of %n field(s) differ.", nullptr, m_model->rowCount()).arg(differences));
}

void TagDiffPanel::swapSides()
{
    if (m_model->isEmpty())
        return;
    const QString a = tagA();
    const QString b = tagB();
    m_updating = true;
    m_a->setCurrentText(b);
    m_b->setCurrentText(a);
    m_updating = false;
    // Swapping the computed diff keeps the view's scroll and selection.
    m_model->swapSides();
}

void TagDiffPanel::copyMarkdown()
{
    if (m_model->isEmpty())
        return;
    QApplication::clipboard()->setText(m_model->diff().toMarkdown());
    m_banner->showMessage(StateBanner::Tone::Good,
                          tr("Copied the comparison of %1 and %2 as Markdown.")
                              .arg(m_model->diff().tagA, m_model->diff().tagB));
}

} // namespace Lattice
