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

    // The SQL connection, for the lane stores that later build on this schema.
    QSqlDatabase database() const;

private:
    bool migrate(QString* error);

    QString m_connection;
    QString m_path;
};

} // namespace Lattice
