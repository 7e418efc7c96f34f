#include "CommandPalette.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Lattice {

namespace {
// Title on the left, category and shortcut in a quieter colour on the right,
// the way menus show shortcuts.
class CommandDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString shortcut = index.data(CommandListModel::ShortcutRole).toString();
        const QString category = index.data(CommandListModel::CategoryRole).toString();
        const QString hint =
            shortcut.isEmpty() ? category : QStringLiteral("%1   %2").arg(category, shortcut);
        if (hint.isEmpty())
            return;
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        QColor colour =
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(colour);
        painter->drawText(option.rect.adjusted(0, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter,
                          hint);
        painter->restore();
    }
};
} // namespace

CommandPalette::CommandPalette(QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_model(new CommandListModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("command-palette"));
    setAccessibleName(tr("Command palette"));
    setFrameShape(QFrame::StyledPanel);
    m_filter->setObjectName(QStringLiteral("command-filter"));
    m_filter->setAccessibleName(tr("Command"));
    m_filter->setPlaceholderText(tr("Type a page or an action…"));
    m_list->setObjectName(QStringLiteral("command-list"));
    m_list->setAccessibleName(tr("Commands"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CommandDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Focus stays in the filter line; the list follows the arrow keys there.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setIconSize(QSize(18, 18));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(560, 380);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilter(text);
        selectRow(m_model->firstEnabledRow());
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        selectRow(index.row());
        triggerCurrent();
    });
}

void CommandPalette::clearCommands()
{
    m_entries.clear();
    refreshCommands();
}

void CommandPalette::addPage(const QString& title, const QIcon& icon, const QKeySequence& shortcut,
                             std::function<void()> open)
{
    Entry e;
    e.command.id = QStringLiteral("page:%1").arg(m_entries.size());
    e.command.title = title;
    e.command.category = tr("Page");
    e.command.shortcut = shortcut;
    e.command.icon = icon;
    e.run = std::move(open);
    m_entries.append(e);
    refreshCommands();
}

void CommandPalette::addActions(const QList<QAction*>& actions)
{
    for (QAction* action : actions) {
        if (!action || action->isSeparator() || action->menu() || action->text().isEmpty())
            continue;
        Entry e;
        e.command.id = QStringLiteral("action:%1").arg(m_entries.size());
        e.action = action;
        m_entries.append(e);
    }
    refreshCommands();
}

void CommandPalette::refreshCommands()
{
    QList<CommandListModel::Command> commands;
    for (Entry& e : m_entries) {
        if (QAction* a = e.action) {
            e.command.title = CommandListModel::withoutMnemonic(a->text());
            e.command.category = tr("Action");
            e.command.shortcut = a->shortcut();
            e.command.icon = a->icon();
            e.command.enabled = a->isEnabled();
        } else if (!e.run) {
            continue; // the action was deleted
        }
        commands.append(e.command);
    }
    m_model->setCommands(commands);
    selectRow(m_model->firstEnabledRow());
}

void CommandPalette::popup()
{
    refreshCommands();
    m_filter->clear();
    if (QWidget* window = parentWidget() ? parentWidget()->window() : nullptr) {
        const QRect frame = window->geometry();
        const int width = qMin(560, qMax(320, frame.width() - 40));
        resize(width, height());
        move(frame.x() + (frame.width() - width) / 2, frame.y() + frame.height() / 8);
    }
    show();
    raise();
    activateWindow();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_list->setCurrentIndex({});
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void CommandPalette::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    // Step over disabled rows; stop at either end rather than wrap, as menus do.
    for (int next = row + delta; next >= 0 && next < rows; next += delta) {
        if (m_model->commandAt(next).enabled) {
            row = next;
            break;
        }
    }
    selectRow(row);
}

void CommandPalette::triggerCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const QString id = index.data(CommandListModel::IdRole).toString();
    for (const Entry& e : std::as_const(m_entries)) {
        if (e.command.id != id)
            continue;
        if (e.action && !e.action->isEnabled())
            return;
        // Close first: the command may open a dialog or move focus.
        hide();
        if (e.action)
            e.action->trigger();
        else if (e.run)
            e.run();
        emit triggered(id);
        return;
    }
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            triggerCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Lattice
