#include "SdkOrderLoader.h"

#include "GitHubClient.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace Lattice {

using namespace Lattice::Sdk;

namespace {

QDateTime isoTime(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

// A contents-API answer as text; nullopt when the path is absent or is not
// a file.
std::optional<QString> fileText(const QJsonDocument& doc, int status)
{
    if (status != 200 || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("type")).toString() != QLatin1String("file"))
        return std::nullopt;
    QByteArray encoded = o.value(QStringLiteral("content")).toString().toLatin1();
    encoded.replace('\n', QByteArray());
    return QString::fromUtf8(QByteArray::fromBase64(encoded));
}

QDateTime commitTime(const QJsonDocument& doc)
{
    const QJsonObject commit = doc.object().value(QStringLiteral("commit")).toObject();
    const QDateTime committed =
        isoTime(commit.value(QStringLiteral("committer")).toObject().value(QStringLiteral("date")));
    return committed.isValid() ? committed
                               : isoTime(commit.value(QStringLiteral("author"))
                                             .toObject()
                                             .value(QStringLiteral("date")));
}

} // namespace

SdkOrderLoader::SdkOrderLoader(GitHubClient* github, const Repositories& repos, QObject* parent)
    : QObject(parent)
    , m_github(github)
    , m_repos(repos)
{}

void SdkOrderLoader::start()
{
    m_downstream.clear();
    m_verdicts.clear();
    m_releases.clear();
    m_facts = {};
    m_error.clear();
    m_done = m_total = m_cached = 0;
    readLists();
}

void SdkOrderLoader::request(const QString& path, const QString& query, const QString& immutableKey,
                             std::function<void(const QJsonDocument&, int)> done)
{
    ++m_pending;
    ++m_total;
    emit progress(m_done, m_total);
    const QString key = QStringLiteral("immutable:%1?%2#%3").arg(path, query, immutableKey);
    if (m_store && !immutableKey.isEmpty()) {
        if (const auto cached = m_store->httpCache(key)) {
            ++m_cached;
            // The status is kept as the ETag of the cached entry.
            const int status = cached->etag.toInt();
            QMetaObject::invokeMethod(
                this,
                [this, done, body = cached->body, status] {
                    done(QJsonDocument::fromJson(body), status);
                    settle();
                },
                Qt::QueuedConnection);
            return;
        }
    }
    m_github->get(
        path, query,
        [this, done, key, immutableKey](const QJsonDocument& doc, const GitHubClient::Error& e) {
            // GitHub's own 404 and 422 are answers (no such file, no such
            // commit), kept for good under the commit. Anything else, a
            // proxy's bare 404 included, is a failure of the lane: cached, it
            // would hide the file at that tag forever.
            const int status = e ? e.status : 200;
            if (e && !((status == 404 || status == 422) && e.fromGitHub)) {
                if (m_error.isEmpty())
                    m_error = e.message;
            } else if (m_store && !immutableKey.isEmpty()) {
                // A 404 has no body to keep, but its answer is worth keeping.
                const QByteArray body =
                    doc.isNull() ? QByteArray("{}") : doc.toJson(QJsonDocument::Compact);
                m_store->putHttpCache(key, QByteArray::number(status), {}, body,
                                      QDateTime::currentDateTimeUtc());
            }
            done(doc, status);
            settle();
        });
}

void SdkOrderLoader::settle()
{
    ++m_done;
    emit progress(m_done, m_total);
    if (--m_pending > 0)
        return;
    if (!m_error.isEmpty()) {
        emit finished(m_error);
        return;
    }
    auto next = std::move(m_next);
    m_next = nullptr;
    if (next)
        next();
}

void SdkOrderLoader::readLists()
{
    m_next = [this] {
        readFiles();
    };
    const auto tags = [this](const QString& repo, std::function<void(const QJsonArray&)> use) {
        ++m_pending;
        ++m_total;
        m_github->getAllPages(QStringLiteral("/repos/%1/tags").arg(repo), {},
                              [this, use](const QJsonArray& rows, const GitHubClient::Error& e) {
                                  if (e && m_error.isEmpty())
                                      m_error = e.message;
                                  use(rows);
                                  settle();
                              });
    };
    tags(m_repos.sdk, [this](const QJsonArray& rows) {
        for (const QJsonValue& row : rows)
            m_facts.tags.append({row[QStringLiteral("name")].toString(),
                                 row[QStringLiteral("commit")][QStringLiteral("sha")].toString(),
                                 {}});
    });
    for (const QString& repo : {m_repos.server, m_repos.agent}) {
        tags(repo, [this, repo](const QJsonArray& rows) {
            for (const QJsonValue& row : rows) {
                Downstream d;
                d.repo = repo;
                d.tag = row[QStringLiteral("name")].toString();
                d.commit = row[QStringLiteral("commit")][QStringLiteral("sha")].toString();
                d.prerelease = tagLooksPrerelease(d.tag);
                m_downstream.append(d);
            }
        });
        ++m_pending;
        ++m_total;
        m_github->getAllPages(QStringLiteral("/repos/%1/releases").arg(repo), {},
                              [this, repo](const QJsonArray& rows, const GitHubClient::Error& e) {
                                  // Tags without releases are normal (server alphas).
                                  if (e && e.status != 404 && m_error.isEmpty())
                                      m_error = e.message;
                                  m_releases.insert(repo, rows);
                                  settle();
                              });
    }
}

void SdkOrderLoader::readFiles()
{
    m_next = [this] {
        readCommits();
    };
    for (Downstream& d : m_downstream) {
        for (const QJsonValue& r : m_releases.value(d.repo)) {
            if (r[QStringLiteral("tag_name")].toString() != d.tag)
                continue;
            d.prerelease = r[QStringLiteral("prerelease")].toBool();
            d.published = isoTime(r[QStringLiteral("published_at")]);
            if (!d.published.isValid())
                d.published = isoTime(r[QStringLiteral("created_at")]);
        }
    }
    QStringList files{QStringLiteral("go.mod"), QStringLiteral("go.sum")};
    for (qsizetype i = 0; i < m_downstream.size(); ++i) {
        const Downstream& d = m_downstream.at(i);
        QStringList wanted = files;
        if (d.repo == m_repos.server)
            wanted.append(QStringLiteral("sdk.ref"));
        for (const QString& file : wanted) {
            request(
                QStringLiteral("/repos/%1/contents/%2").arg(d.repo, file),
                QStringLiteral("ref=%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(d.tag))),
                d.commit, [this, i, file](const QJsonDocument& doc, int status) {
                    Downstream& target = m_downstream[i];
                    const auto text = fileText(doc, status);
                    if (file == QLatin1String("go.mod"))
                        target.goMod = text;
                    else if (file == QLatin1String("go.sum"))
                        target.goSum = text;
                    else
                        target.sdkRef = text;
                });
        }
        // Tags without a release are dated by their commit.
        if (!d.published.isValid() && !d.commit.isEmpty()) {
            request(QStringLiteral("/repos/%1/commits/%2").arg(d.repo, d.commit), {}, d.commit,
                    [this, i](const QJsonDocument& doc, int status) {
                        if (status == 200)
                            m_downstream[i].published = commitTime(doc);
                    });
        }
    }
    if (m_pending == 0)
        readCommits();
}

void SdkOrderLoader::readCommits()
{
    m_next = [this] {
        complete();
    };
    QSet<QString> tags;
    QSet<QString> prefixes;
    for (const Downstream& d : std::as_const(m_downstream)) {
        if (!d.goMod)
            continue;
        const GoModPin pin = parseGoMod(*d.goMod);
        if (isPseudoVersion(pin.version))
            prefixes.insert(pseudoCommit(pin.version));
        else if (!pin.version.isEmpty())
            tags.insert(pin.version);
    }
    for (qsizetype i = 0; i < m_facts.tags.size(); ++i) {
        const SdkTag& tag = m_facts.tags.at(i);
        if (!tags.contains(tag.name) || tag.commit.isEmpty())
            continue;
        request(QStringLiteral("/repos/%1/commits/%2").arg(m_repos.sdk, tag.commit), {}, tag.commit,
                [this, i](const QJsonDocument& doc, int status) {
                    if (status == 200)
                        m_facts.tags[i].committed = commitTime(doc);
                });
    }
    for (const QString& prefix : std::as_const(prefixes)) {
        if (prefix.isEmpty())
            continue;
        // A commit by sha never changes: its existence is cached too.
        request(QStringLiteral("/repos/%1/commits/%2").arg(m_repos.sdk, prefix), {}, prefix,
                [this, prefix](const QJsonDocument&, int status) {
                    m_facts.commitExists.insert(prefix.left(12), status == 200);
                });
    }
    if (m_pending == 0)
        complete();
}

void SdkOrderLoader::complete()
{
    m_next = nullptr;
    for (const Downstream& d : std::as_const(m_downstream))
        m_verdicts.append(judge(d, m_facts));
    emit finished({});
}

QString SdkOrderLoader::newestStablePin(const QString& repo) const
{
    const QStringList stable = stableTags(repo);
    for (const Downstream& d : m_downstream) {
        if (d.repo == repo && !stable.isEmpty() && d.tag == stable.first() && d.goMod)
            return parseGoMod(*d.goMod).version;
    }
    return {};
}

QStringList SdkOrderLoader::stableTags(const QString& repo) const
{
    QList<const Downstream*> stable;
    for (const Downstream& d : m_downstream) {
        if (d.repo == repo && !d.prerelease && !tagLooksPrerelease(d.tag))
            stable.append(&d);
    }
    // Newest first by the version numbers, not by GitHub's name order.
    std::sort(stable.begin(), stable.end(), [](const Downstream* a, const Downstream* b) {
        const auto key = [](const QString& tag) {
            QList<int> parts;
            for (const QString& n : tag.mid(1).split(QLatin1Char('.')))
                parts.append(n.toInt());
            return parts;
        };
        return key(a->tag) > key(b->tag);
    });
    QStringList tags;
    for (const Downstream* d : std::as_const(stable))
        tags.append(d->tag);
    return tags;
}

} // namespace Lattice
