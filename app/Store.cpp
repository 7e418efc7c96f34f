#include "Store.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace Lattice {

namespace {
QAtomicInt g_connectionCounter;

// Migration N brings the schema from version N-1 to N. Never edit a shipped
// entry: add a new one, or stores already on users' disks diverge.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps = {
        // 1: the first schema.
        {
            QStringLiteral("CREATE TABLE snapshots ("
                           " lane TEXT PRIMARY KEY NOT NULL,"
                           " taken_at TEXT NOT NULL,"
                           " payload BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE tag_history ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " repository TEXT NOT NULL,"
                           " tag TEXT NOT NULL,"
                           " digest TEXT NOT NULL,"
                           " observed_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX tag_history_by_tag ON tag_history(repository, tag, observed_at)"),
            QStringLiteral("CREATE TABLE manifests ("
                           " digest TEXT PRIMARY KEY NOT NULL,"
                           " media_type TEXT NOT NULL,"
                           " body BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE http_cache ("
                           " url TEXT PRIMARY KEY NOT NULL,"
                           " etag TEXT,"
                           " last_modified TEXT,"
                           " body BLOB NOT NULL,"
                           " fetched_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE artifacts ("
                           " sha256 TEXT PRIMARY KEY NOT NULL,"
                           " name TEXT NOT NULL,"
                           " path TEXT NOT NULL,"
                           " size INTEGER NOT NULL,"
                           " source_url TEXT,"
                           " verified_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE policy_drafts ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " server_url TEXT NOT NULL,"
                           " node_ids TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
        },
    };
    return steps;
}

QString describe(const QSqlError& e)
{
    return e.text().isEmpty() ? QStringLiteral("unknown SQLite error") : e.text();
}
} // namespace

Store::Store()
    : m_connection(
          QStringLiteral("lattice-store-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{}

Store::~Store()
{
    close();
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/lattice-desk.sqlite");
}

int Store::latestSchemaVersion()
{
    return int(migrations().size());
}

bool Store::open(const QString& path, QString* error)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create directory %1").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = describe(db.lastError());
        db = {};
        QSqlDatabase::removeDatabase(m_connection);
        return false;
    }
    m_path = path;
    {
        QSqlQuery pragma(db);
        // WAL keeps readers going while a refresh writes. With
        // synchronous=NORMAL every commit is atomic and survives the process
        // crashing; only a power cut can lose the newest commits, never
        // corrupt the file. FULL would cost an fsync per cached manifest and
        // dominate a cold refresh.
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    db = {}; // close() below must hold the last handle to the connection
    if (!migrate(error)) {
        close();
        return false;
    }
    return true;
}

void Store::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Store::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString Store::sqliteVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next())
        return {};
    return q.value(0).toString();
}

bool Store::migrate(QString* error)
{
    QSqlDatabase db = database();
    const auto refuse = [this, error](int current) {
        if (!error)
            return;
        if (current < 0)
            *error = QStringLiteral("not a readable SQLite database: %1").arg(m_path);
        else
            *error = QStringLiteral("the store was written by a newer version (schema %1, this "
                                    "build knows %2); refusing to touch it")
                         .arg(current)
                         .arg(latestSchemaVersion());
    };
    const int seen = schemaVersion();
    if (seen < 0 || seen > latestSchemaVersion()) {
        refuse(seen);
        return false;
    }
    if (seen == latestSchemaVersion())
        return true; // versions only grow: nothing to take a lock for
    // Several threads open a new store at once on a first start (the window,
    // the overview, each lane's worker). BEGIN IMMEDIATE takes the write lock
    // before the version is read again, waiting out the others (Qt's driver
    // sets a 5 s busy timeout), so each step runs once and the rest see it
    // done instead of failing on tables that already exist.
    for (;;) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (error)
                *error = describe(q.lastError());
            return false;
        }
        const int current = schemaVersion();
        if (current < 0 || current > latestSchemaVersion()) {
            q.exec(QStringLiteral("ROLLBACK"));
            refuse(current);
            return false;
        }
        if (current == latestSchemaVersion())
            return q.exec(QStringLiteral("COMMIT"));
        const int version = current + 1;
        for (const QString& statement : migrations().at(version - 1)) {
            if (!q.exec(statement)) {
                if (error)
                    *error = QStringLiteral("migration %1 failed: %2")
                                 .arg(version)
                                 .arg(describe(q.lastError()));
                q.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        // PRAGMA user_version is transactional in SQLite, so the bump commits
        // or rolls back together with the migration's statements.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) ||
            !q.exec(QStringLiteral("COMMIT"))) {
            if (error)
                *error = describe(q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
}

bool Store::putSnapshot(const QString& lane, const QByteArray& payload, const QDateTime& takenAt,
                        QString* error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO snapshots(lane, taken_at, payload) VALUES(?, ?, ?) "
                             "ON CONFLICT(lane) DO UPDATE SET taken_at = excluded.taken_at, "
                             "payload = excluded.payload"));
    q.addBindValue(lane);
    q.addBindValue(takenAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(payload);
    if (!q.exec()) {
        if (error)
            *error = describe(q.lastError());
        return false;
    }
    return true;
}

std::optional<Store::Snapshot> Store::snapshot(const QString& lane) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT taken_at, payload FROM snapshots WHERE lane = ?"));
    q.addBindValue(lane);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Snapshot{lane, q.value(1).toByteArray(),
                    QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs)};
}

} // namespace Lattice

namespace Lattice {

bool Store::putContent(const QString& digest, const QString& mediaType, const QByteArray& body,
                       QString* error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO manifests(digest, media_type, body) VALUES(?, ?, ?)"));
    q.addBindValue(digest);
    q.addBindValue(mediaType);
    q.addBindValue(body);
    if (!q.exec()) {
        if (error)
            *error = describe(q.lastError());
        return false;
    }
    return true;
}

std::optional<Store::CachedContent> Store::content(const QString& digest) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT media_type, body FROM manifests WHERE digest = ?"));
    q.addBindValue(digest);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CachedContent{q.value(0).toString(), q.value(1).toByteArray()};
}

bool Store::putHttpCache(const QString& url, const QByteArray& etag, const QByteArray& lastModified,
                         const QByteArray& body, const QDateTime& fetchedAt, QString* error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO http_cache(url, etag, last_modified, body, "
                             "fetched_at) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(url);
    q.addBindValue(QString::fromLatin1(etag));
    q.addBindValue(QString::fromLatin1(lastModified));
    q.addBindValue(body);
    q.addBindValue(fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        if (error)
            *error = describe(q.lastError());
        return false;
    }
    return true;
}

std::optional<Store::CachedResponse> Store::httpCache(const QString& url) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT etag, last_modified, body, fetched_at FROM http_cache WHERE url = ?"));
    q.addBindValue(url);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CachedResponse{q.value(0).toString().toLatin1(), q.value(1).toString().toLatin1(),
                          q.value(2).toByteArray(),
                          QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)};
}

bool Store::recordArtifact(const Artifact& a, QString* error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO artifacts(sha256, name, path, size, "
                             "source_url, verified_at) VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.sha256);
    q.addBindValue(a.name);
    q.addBindValue(a.path);
    q.addBindValue(a.size);
    q.addBindValue(a.sourceUrl);
    q.addBindValue(a.verifiedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        if (error)
            *error = describe(q.lastError());
        return false;
    }
    return true;
}

std::optional<Store::Artifact> Store::artifact(const QString& sha256) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT sha256, name, path, size, source_url, verified_at FROM "
                             "artifacts WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Artifact{
        q.value(0).toString(), q.value(1).toString(),
        q.value(2).toString(), q.value(3).toLongLong(),
        q.value(4).toString(), QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs)};
}

bool Store::recordTag(const QString& repository, const QString& tag, const QString& digest,
                      const QDateTime& at, bool* changed, QString* error)
{
    QSqlDatabase db = database();
    QSqlQuery last(db);
    last.prepare(QStringLiteral("SELECT digest FROM tag_history WHERE repository = ? AND tag = ? "
                                "ORDER BY observed_at DESC, id DESC LIMIT 1"));
    last.addBindValue(repository);
    last.addBindValue(tag);
    if (!last.exec()) {
        if (error)
            *error = describe(last.lastError());
        return false;
    }
    const bool differs = !last.next() || last.value(0).toString() != digest;
    if (changed)
        *changed = differs;
    if (!differs)
        return true;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO tag_history(repository, tag, digest, observed_at) VALUES(?, ?, ?, ?)"));
    insert.addBindValue(repository);
    insert.addBindValue(tag);
    insert.addBindValue(digest);
    insert.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    if (!insert.exec()) {
        if (error)
            *error = describe(insert.lastError());
        return false;
    }
    return true;
}

QList<Store::TagObservation> Store::tagHistory(const QString& repository, const QString& tag) const
{
    QSqlQuery q(database());
    if (tag.isEmpty()) {
        q.prepare(
            QStringLiteral("SELECT tag, digest, observed_at FROM tag_history WHERE repository = ? "
                           "ORDER BY observed_at, id"));
        q.addBindValue(repository);
    } else {
        q.prepare(
            QStringLiteral("SELECT tag, digest, observed_at FROM tag_history WHERE repository = ? "
                           "AND tag = ? ORDER BY observed_at, id"));
        q.addBindValue(repository);
        q.addBindValue(tag);
    }
    QList<TagObservation> rows;
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(),
                     QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
    return rows;
}

} // namespace Lattice
