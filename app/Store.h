#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Lattice {

// The embedded SQLite store: lane snapshots, tag history, verified artifacts,
// policy drafts and cached HTTP bodies. Schema changes are numbered migrations
// recorded in PRAGMA user_version; each one runs in its own transaction so a
// crash mid-upgrade leaves the previous version intact.
//
// One Store owns one connection, and a QSqlDatabase connection may only be
// used from the thread that opened it: a Store lives on one thread.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    static QString defaultPath(); // <AppDataLocation>/lattice-desk.sqlite

    bool open(const QString& path, QString* error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    int schemaVersion() const;
    static int latestSchemaVersion();
    QString sqliteVersion() const;

    struct Snapshot
    {
        QString lane;
        QByteArray payload;
        QDateTime takenAt;
    };
    bool putSnapshot(const QString& lane, const QByteArray& payload, const QDateTime& takenAt,
                     QString* error = nullptr);
    std::optional<Snapshot> snapshot(const QString& lane) const;

    // Content-addressed cache: manifests and config blobs, keyed by the
    // digest recomputed from their bytes when they were fetched. Immutable,
    // so an entry never needs refreshing.
    struct CachedContent
    {
        QString mediaType;
        QByteArray body;
    };
    bool putContent(const QString& digest, const QString& mediaType, const QByteArray& body,
                    QString* error = nullptr);
    std::optional<CachedContent> content(const QString& digest) const;

    // Tag history: a row is added only when a tag's digest differs from the
    // last one recorded, so the table is a list of changes.
    struct TagObservation
    {
        QString tag;
        QString digest;
        QDateTime observedAt;
    };
    bool recordTag(const QString& repository, const QString& tag, const QString& digest,
                   const QDateTime& at, bool* changed = nullptr, QString* error = nullptr);
    QList<TagObservation> tagHistory(const QString& repository, const QString& tag = {}) const;

    // Conditional-request cache: the last 200 body of a URL with its
    // validators, so a 304 can stand in for the body it did not send.
    struct CachedResponse
    {
        QByteArray etag;
        QByteArray lastModified;
        QByteArray body;
        QDateTime fetchedAt;
    };
    bool putHttpCache(const QString& url, const QByteArray& etag, const QByteArray& lastModified,
                      const QByteArray& body, const QDateTime& fetchedAt, QString* error = nullptr);
    std::optional<CachedResponse> httpCache(const QString& url) const;

    // Downloads whose bytes matched a published SHA-256, keyed by that digest.
    struct Artifact
    {
        QString sha256;
        QString name;
        QString path;
        qint64 size = 0;
        QString sourceUrl;
        QDateTime verifiedAt;
    };
    bool recordArtifact(const Artifact& artifact, QString* error = nullptr);
    std::optional<Artifact> artifact(const QString& sha256) const;

    // The SQL connection, for the lane stores that later build on this schema.
    QSqlDatabase database() const;

private:
    bool migrate(QString* error);

    QString m_connection;
    QString m_path;
};

} // namespace Lattice
