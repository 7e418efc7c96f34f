#include "DocsLaneLoader.h"

#include "GitHubClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace Lattice {

DocsLaneLoader::DocsLaneLoader(GitHubClient* github, const QString& repository, QObject* parent)
    : QObject(parent)
    , m_github(github)
    , m_repository(repository)
{}

void DocsLaneLoader::start()
{
    m_pages.clear();
    m_commit = {};
    m_error.clear();
    m_pending = 1;
    m_github->get(QStringLiteral("/repos/%1").arg(m_repository), {},
                  [this](const QJsonDocument& doc, const GitHubClient::Error& e) {
                      if (e) {
                          fail(e.message);
                          settle();
                          return;
                      }
                      QString branch = doc[QStringLiteral("default_branch")].toString();
                      if (branch.isEmpty())
                          branch = QStringLiteral("main");
                      readPages(branch);
                      settle();
                  });
}

void DocsLaneLoader::fail(const QString& error)
{
    if (m_error.isEmpty())
        m_error = error;
}

void DocsLaneLoader::settle()
{
    if (--m_pending > 0)
        return;
    if (!m_error.isEmpty()) {
        // Part of the pages would read as the rest missing: a page that
        // failed to load is not a release without notes.
        m_pages.clear();
        m_commit = {};
    }
    std::sort(
        m_pages.begin(), m_pages.end(),
        [](const Docs::ReleasePage& a, const Docs::ReleasePage& b) { return a.path < b.path; });
    emit finished(m_error);
}

void DocsLaneLoader::readPages(const QString& branch)
{
    const QString ref =
        QStringLiteral("ref=") + QString::fromLatin1(QUrl::toPercentEncoding(branch));
    ++m_pending;
    m_github->get(
        QStringLiteral("/repos/%1/commits/%2")
            .arg(m_repository, QString::fromLatin1(QUrl::toPercentEncoding(branch))),
        {}, [this](const QJsonDocument& doc, const GitHubClient::Error& e) {
            if (e) {
                fail(e.message);
            } else {
                const QJsonObject commit = doc[QStringLiteral("commit")].toObject();
                m_commit.sha = doc[QStringLiteral("sha")].toString();
                m_commit.message =
                    commit[QStringLiteral("message")].toString().section(QLatin1Char('\n'), 0, 0);
                m_commit.date =
                    QDateTime::fromString(
                        commit[QStringLiteral("committer")][QStringLiteral("date")].toString(),
                        Qt::ISODate)
                        .toUTC();
            }
            settle();
        });
    ++m_pending;
    m_github->get(
        QStringLiteral("/repos/%1/contents/%2").arg(m_repository, QLatin1String(kPagesDir)), ref,
        [this, ref](const QJsonDocument& listing, const GitHubClient::Error& e) {
            if (e) {
                // No pages directory is an answer: every stable release is a gap.
                if (e.status != 404)
                    fail(e.message);
                settle();
                return;
            }
            for (const QJsonValue& entry : listing.array()) {
                const QString name = entry[QStringLiteral("name")].toString();
                const QString line = Docs::releaseLineOfPage(name);
                if (line.isEmpty() ||
                    entry[QStringLiteral("type")].toString() != QLatin1String("file"))
                    continue;
                const QString path = entry[QStringLiteral("path")].toString();
                ++m_pending;
                m_github->get(
                    QStringLiteral("/repos/%1/contents/%2").arg(m_repository, path), ref,
                    [this, line, path](const QJsonDocument& file, const GitHubClient::Error& fe) {
                        if (fe) {
                            fail(fe.message);
                        } else {
                            QByteArray encoded =
                                file[QStringLiteral("content")].toString().toLatin1();
                            encoded.replace('\n', QByteArray());
                            m_pages.append({line, path,
                                            Docs::parseVersionMatrix(QString::fromUtf8(
                                                QByteArray::fromBase64(encoded)))});
                        }
                        settle();
                    });
            }
            settle();
        });
}

} // namespace Lattice
