#include "DocsCoverage.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Lattice::Docs {

namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("Lattice::Docs", source);
}

QStringList cells(const QString& row)
{
    QString r = row.trimmed();
    if (r.startsWith(QLatin1Char('|')))
        r = r.mid(1);
    if (r.endsWith(QLatin1Char('|')))
        r.chop(1);
    QStringList result;
    for (const QString& c : r.split(QLatin1Char('|')))
        result.append(c.trimmed());
    return result;
}

QString cleanVersion(QString cell)
{
    cell.remove(QLatin1Char('`'));
    cell.remove(QLatin1Char('*'));
    const qsizetype paren = cell.indexOf(QLatin1Char('('));
    if (paren >= 0)
        cell = cell.left(paren);
    return cell.trimmed();
}

QString withoutV(const QString& version)
{
    return version.startsWith(QLatin1Char('v')) ? version.mid(1) : version;
}

} // namespace

QString releaseLineOfPage(const QString& fileName)
{
    static const QRegularExpression page(
        QStringLiteral("^release-([0-9]+\\.[0-9]+\\.[0-9]+)\\.md$"));
    const auto m = page.match(fileName);
    return m.hasMatch() ? m.captured(1) : QString();
}

QMap<QString, QString> parseVersionMatrix(const QString& markdown)
{
    QMap<QString, QString> matrix;
    bool inTable = false;
    bool pastSeparator = false;
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.startsWith(QLatin1Char('|'))) {
            if (inTable)
                break;
            continue;
        }
        const QStringList c = cells(t);
        if (!inTable) {
            if (!c.isEmpty() &&
                c.first().compare(QLatin1String("Surface"), Qt::CaseInsensitive) == 0)
                inTable = true;
            continue;
        }
        if (!pastSeparator) {
            pastSeparator = true; // the |---|---| line
            continue;
        }
        if (c.size() >= 2 && !c.at(0).isEmpty())
            matrix.insert(c.at(0).toLower(), cleanVersion(c.at(1)));
    }
    return matrix;
}

QList<Coverage> coverage(const QStringList& stableServerTags, const QStringList& stableAgentTags,
                         const QList<ReleasePage>& pages)
{
    QList<Coverage> result;
    for (const QString& tag : stableServerTags) {
        Coverage c{QStringLiteral("server"), tag, {}, true, {}};
        for (const ReleasePage& p : pages) {
            if (p.line == withoutV(tag))
                c.page = p.path;
        }
        c.gap = c.page.isEmpty();
        c.reason =
            c.gap ? text(QT_TRANSLATE_NOOP("Lattice::Docs",
                                           "No release-notes page release-%1.md on the docs site."))
                        .arg(withoutV(tag))
                  : text(QT_TRANSLATE_NOOP("Lattice::Docs", "Release notes: %1")).arg(c.page);
        result.append(c);
    }
    for (const QString& tag : stableAgentTags) {
        Coverage c{QStringLiteral("agent"), tag, {}, false, {}};
        for (const ReleasePage& p : pages) {
            for (auto it = p.matrix.cbegin(); it != p.matrix.cend(); ++it) {
                if (it.key().contains(QLatin1String("agent")) &&
                    withoutV(it.value()) == withoutV(tag))
                    c.page = p.path;
            }
        }
        c.reason =
            c.page.isEmpty()
                ? text(QT_TRANSLATE_NOOP("Lattice::Docs",
                                         "Not named in any release-notes version matrix."))
                : text(QT_TRANSLATE_NOOP("Lattice::Docs", "Named in the version matrix of %1"))
                      .arg(c.page);
        result.append(c);
    }
    return result;
}

QString baselineDrift(const QList<ReleasePage>& pages, const QString& serverSdk,
                      const QString& agentSdk)
{
    const ReleasePage* newest = nullptr;
    for (const ReleasePage& p : pages) {
        const auto key = [](const QString& line) {
            QList<int> parts;
            for (const QString& n : line.split(QLatin1Char('.')))
                parts.append(n.toInt());
            return parts;
        };
        if (!newest || key(p.line) > key(newest->line))
            newest = &p;
    }
    if (!newest)
        return {};
    const QString docs = newest->matrix.value(QStringLiteral("sdk"));
    QStringList drift;
    if (!docs.isEmpty() && !serverSdk.isEmpty() && withoutV(docs) != withoutV(serverSdk))
        drift.append(text(QT_TRANSLATE_NOOP("Lattice::Docs", "the server pins %1")).arg(serverSdk));
    if (!docs.isEmpty() && !agentSdk.isEmpty() && withoutV(docs) != withoutV(agentSdk))
        drift.append(text(QT_TRANSLATE_NOOP("Lattice::Docs", "the agent pins %1")).arg(agentSdk));
    if (drift.isEmpty())
        return {};
    return text(QT_TRANSLATE_NOOP("Lattice::Docs", "The docs' SDK baseline is %1, but %2."))
        .arg(docs, drift.join(QStringLiteral(", ")));
}

} // namespace Lattice::Docs
