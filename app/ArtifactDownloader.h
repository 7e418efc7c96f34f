#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

class QSaveFile;

namespace Lattice {

class GitHubClient;
class Store;
namespace Net {
class HttpJob;
struct HttpResponse;
} // namespace Net

// Downloads one asset of a published release into a directory and keeps it
// only when its SHA-256 matches the release's SHA256SUMS. The bytes go to a
// temporary file next to the target (QSaveFile), hashed as they arrive; the
// file is renamed into place after the check passes and discarded otherwise,
// so the directory never holds an unverified download under the asset's name.
class ArtifactDownloader : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Verified,
        Mismatch,     // the bytes do not hash to the SHA256SUMS line
        NotPublished, // no such asset, no SHA256SUMS, or no line for the asset in it
        NetworkError, // the release, SHA256SUMS or the asset could not be fetched
        LocalError,   // the target could not be written
        Cancelled,
    };

    static constexpr qint64 kMaxAssetBytes = 512LL * 1024 * 1024;

    ArtifactDownloader(GitHubClient* github, QObject* parent = nullptr);
    ~ArtifactDownloader() override;

    void setStore(Store* store) { m_store = store; } // records verified downloads
    void start(const QString& repository, const QString& tag, const QString& asset,
               const QString& directory);

    // Stops the download; finished() follows with Cancelled and nothing is
    // left in the directory.
    void cancel();
    bool isRunning() const { return m_running; }

    Outcome outcome() const { return m_outcome; }
    QString message() const { return m_message; } // why, in one line
    QString path() const { return m_path; }       // the verified file
    QByteArray expectedSha256() const { return m_expected; }
    QByteArray actualSha256() const { return m_actual; }

signals:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished();

private:
    void fetchAsset(const QUrl& url);
    void finish(Outcome outcome, const QString& message);
    bool stopIfCancelled();

    GitHubClient* m_github;
    Store* m_store = nullptr;
    QString m_asset;
    QString m_directory;
    QString m_path;
    QString m_sourceUrl;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<Net::HttpJob> m_job;
    bool m_running = false;
    bool m_cancelled = false;
    qint64 m_maxAssetBytes = kMaxAssetBytes;
    QByteArray m_expected;
    QByteArray m_actual;
    Outcome m_outcome = Outcome::NetworkError;
    QString m_message;
};

} // namespace Lattice
