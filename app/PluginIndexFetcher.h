#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <optional>

namespace Lattice {

namespace Net {
class HttpSession;
class HttpJob;
} // namespace Net

// Gets a plugin index document from its URL through the desk's HttpSession
// (HTTPS only, bounded), or from a local file. Availability is not trust:
// whatever arrives still has to be validated.
class PluginIndexFetcher : public QObject
{
    Q_OBJECT
public:
    // Far above the real index (tens of kilobytes), far below harm.
    static constexpr qint64 MaxIndexBytes = 8 * 1024 * 1024;

    explicit PluginIndexFetcher(Net::HttpSession* session, QObject* parent = nullptr);

    void fetch(const QUrl& url, bool allowInsecureLoopback);
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }

    // Blocking and bounded; for the CLI and for worker threads.
    static std::optional<QByteArray> readFile(const QString& path, QString* error = nullptr);

signals:
    void fetched(const QByteArray& bytes, const QUrl& url);
    void failed(const QString& error);

private:
    Net::HttpSession* m_session;
    QPointer<Net::HttpJob> m_job;
};

} // namespace Lattice
