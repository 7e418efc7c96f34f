#pragma once

#include "CommandListModel.h"

#include <QFrame>
#include <QHash>
#include <QPointer>
#include <functional>

class QAction;
class QLineEdit;
class QListView;

namespace Lattice {

// Ctrl+K: a filter line and the list of every page and action, driven from
// the keyboard alone. Up/Down move, Enter runs the highlighted command, Esc
// closes. Actions are read when the palette opens, so their enabled state and
// shortcuts are current.
class CommandPalette : public QFrame
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget* parent = nullptr);

    void clearCommands();
    void addPage(const QString& title, const QIcon& icon, const QKeySequence& shortcut,
                 std::function<void()> open);
    void addActions(const QList<QAction*>& actions);

    // Shows the palette centred near the top of the parent window.
    void popup();
    CommandListModel* model() const { return m_model; }
    QLineEdit* filterEdit() const { return m_filter; }
    QListView* listView() const { return m_list; }

signals:
    void triggered(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshCommands();
    void selectRow(int row);
    void moveSelection(int delta);
    void triggerCurrent();

    struct Entry
    {
        CommandListModel::Command command;
        std::function<void()> run;
        QPointer<QAction> action;
    };
    QList<Entry> m_entries;
    CommandListModel* m_model;
    QLineEdit* m_filter;
    QListView* m_list;
};

} // namespace Lattice
