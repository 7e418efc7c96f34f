#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Lattice::Docs {

// One release-notes page of the docs site (docs/developers/release-X.Y.Z.md)
// and its "Version matrix": surface → version, as written.
struct ReleasePage
{
    QString line;                  // "0.2.1"
    QString path;                  // docs/developers/release-0.2.1.md
    QMap<QString, QString> matrix; // lower-cased surface ("server", "node agent", "sdk") → version
};

// The release line of a page file name, or empty when it is not one.
QString releaseLineOfPage(const QString& fileName);
// Reads the first markdown table whose header starts with "Surface" and
// keeps its first two columns; version cells lose backticks and any
// parenthesised commit ("v0.2.1 (`993e5675…`)" → "v0.2.1").
QMap<QString, QString> parseVersionMatrix(const QString& markdown);

struct Coverage
{
    QString repo;
    QString tag;
    QString page; // the page that covers it, empty when none
    bool gap = false;
    QString reason;
};

// Stable server tags need their own page (a missing one is a gap); stable
// agent tags are covered when some page's matrix names them, and only
// noted otherwise, since agents ship between server releases.
QList<Coverage> coverage(const QStringList& stableServerTags, const QStringList& stableAgentTags,
                         const QList<ReleasePage>& pages);

// The docs' SDK baseline (the newest page's SDK row) against the SDK the
// newest stable server and agent pin; empty when they agree or are unknown.
QString baselineDrift(const QList<ReleasePage>& pages, const QString& serverSdk,
                      const QString& agentSdk);

struct DocsCommit
{
    QString sha;
    QString message; // first line
    QDateTime date;
};

} // namespace Lattice::Docs
