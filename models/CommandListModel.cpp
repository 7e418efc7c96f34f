#include "CommandListModel.h"

#include <algorithm>

namespace Lattice {

namespace {
bool isWordStart(const QString& text, qsizetype i)
{
    return i == 0 || !text.at(i - 1).isLetterOrNumber();
}
} // namespace

CommandListModel::CommandListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void CommandListModel::setCommands(const QList<Command>& commands)
{
    beginResetModel();
    m_commands = commands;
    rebuild();
    endResetModel();
}

void CommandListModel::setFilter(const QString& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void CommandListModel::rebuild()
{
    struct Ranked
    {
        int index;
        int score;
    };
    QList<Ranked> ranked;
    for (int i = 0; i < m_commands.size(); ++i) {
        const Command& c = m_commands.at(i);
        int score = matchScore(c.title, m_filter);
        // "page sdk" should find the SDK page, but a hit in the title wins.
        if (score < 0) {
            const int both = matchScore(c.category + QLatin1Char(' ') + c.title, m_filter);
            if (both >= 0)
                score = both / 2;
        }
        if (score >= 0)
            ranked.append({i, score});
    }
    // Stable, so equally good matches keep the order the window gave them.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked& a, const Ranked& b) { return a.score > b.score; });
    m_visible.clear();
    for (const Ranked& r : ranked)
        m_visible.append(r.index);
}

const CommandListModel::Command& CommandListModel::commandAt(int row) const
{
    return m_commands.at(m_visible.at(row));
}

int CommandListModel::firstEnabledRow() const
{
    for (int row = 0; row < m_visible.size(); ++row) {
        if (commandAt(row).enabled)
            return row;
    }
    return -1;
}

int CommandListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant CommandListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const Command& c = commandAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.title;
    case Qt::DecorationRole:
        return c.icon;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return c.shortcut.isEmpty()
                   ? c.title
                   : tr("%1 (%2)").arg(c.title, c.shortcut.toString(QKeySequence::NativeText));
    case IdRole:
        return c.id;
    case CategoryRole:
        return c.category;
    case ShortcutRole:
        return c.shortcut.toString(QKeySequence::NativeText);
    case EnabledRole:
        return c.enabled;
    default:
        return {};
    }
}

Qt::ItemFlags CommandListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return Qt::NoItemFlags;
    // Disabled commands stay listed, so the maintainer learns they exist.
    return commandAt(index.row()).enabled ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                          : Qt::NoItemFlags;
}

int CommandListModel::matchScore(const QString& text, const QString& query)
{
    QString q = query.simplified().toCaseFolded();
    if (q.isEmpty())
        return 0;
    const QString t = text.toCaseFolded();
    const qsizetype at = t.indexOf(q);
    if (at == 0)
        return 1000 - int(qMin<qsizetype>(t.size(), 200));
    if (at > 0)
        return (isWordStart(t, at) ? 800 : 600) - int(qMin<qsizetype>(at, 100));

    // Letters in order, spaces ignored; word starts and runs score better.
    q.remove(QLatin1Char(' '));
    int score = 400;
    qsizetype from = 0;
    qsizetype previous = -1;
    for (const QChar c : q) {
        const qsizetype found = t.indexOf(c, from);
        if (found < 0)
            return -1;
        if (isWordStart(t, found))
            score += 15;
        else if (previous >= 0 && found != previous + 1)
            score -= 10 + int(qMin<qsizetype>(found - previous, 20));
        previous = found;
        from = found + 1;
    }
    return qMax(score, 1);
}

QString CommandListModel::withoutMnemonic(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                out += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        out += text.at(i);
    }
    return out;
}

} // namespace Lattice
