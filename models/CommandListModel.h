#pragma once

#include <QAbstractListModel>
#include <QIcon>
#include <QKeySequence>
#include <QList>

namespace Lattice {

// The command palette's content: every page and action the window offers,
// narrowed by what the maintainer types. Matching is forgiving: a substring
// ranks first, then letters in order with gaps ("rfr" finds "Refresh").
class CommandListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Command
    {
        QString id;       // stable key the palette triggers by
        QString title;    // display text, without mnemonic markers
        QString category; // "Page", "Action" … shown beside the title
        QKeySequence shortcut;
        QIcon icon;
        bool enabled = true;
    };

    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole,
        ShortcutRole, // the shortcut in the platform's native text
        EnabledRole,
    };

    explicit CommandListModel(QObject* parent = nullptr);

    void setCommands(const QList<Command>& commands);
    QList<Command> commands() const { return m_commands; }
    void setFilter(const QString& filter);
    QString filter() const { return m_filter; }

    // The command shown in a row of the filtered list.
    const Command& commandAt(int row) const;
    // The first row that can be triggered, or -1.
    int firstEnabledRow() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // How well text matches query; negative when it does not match at all.
    // Higher is better; an empty query matches everything equally.
    static int matchScore(const QString& text, const QString& query);
    // "&Refresh" → "Refresh", "Review && push" → "Review & push".
    static QString withoutMnemonic(const QString& text);

private:
    void rebuild();

    QList<Command> m_commands;
    QList<int> m_visible; // indices into m_commands, best match first
    QString m_filter;
};

} // namespace Lattice
