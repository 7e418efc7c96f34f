#pragma once

#include "AgentIdentity.h"
#include "GoBuildInfo.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <memory>
#include <optional>

class QProcess;
class QTemporaryDir;

namespace Lattice {

// Learns what an agent binary says about itself: its -version and
// -compat-json output. Upstream links with -s -w -trimpath, so these values
// exist only in the running program. The binary is copied into a private
// directory and hashed on a worker thread (what runs is exactly what was
// hashed), and runs only when it still hashes to the verified digest, when it
// is built for this machine, and inside bubblewrap: no network or other
// namespaces shared, a read-only /usr, an empty environment, killed with its
// parent and after 5 seconds, with bounded output.
class AgentIdentityProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 5000;
    static constexpr qint64 kMaxOutputBytes = 64 * 1024;

    enum class Status {
        Ran,                // both flags answered (compat may be absent before v0.2.9)
        NotGo,              // not a Go executable, or unreadable build info
        NotVerified,        // the bytes no longer hash to the verified digest
        CannotRunHere,      // built for another OS or architecture
        SandboxUnavailable, // bwrap is missing or cannot create its namespaces
        Failed,             // the binary failed, timed out or printed nonsense
        Cancelled,
    };

    struct Request
    {
        QString path;
        QString assetName; // for the name checks; the file name when empty
        // Lowercase hex. When set, the run is refused unless the copy about
        // to run hashes to it. The GUI always sets it from a verified
        // download; the CLI runs the file its user names.
        std::optional<QByteArray> expectedSha256;
    };

    struct Result
    {
        Status status = Status::Failed;
        QString message; // one line: why it did not run, or what failed
        Agent::GoBuildInfo buildInfo;
        QByteArray sha256;
        std::optional<QString> version;
        std::optional<Agent::Compat> compat;
        QString compatNote; // why compat is empty after a run
    };

    explicit AgentIdentityProbe(QObject* parent = nullptr);
    ~AgentIdentityProbe() override;

    void start(const Request& request);
    void cancel();
    bool isRunning() const { return m_running; }
    const Result& result() const { return m_result; }

    // The bwrap arguments up to (not including) the program to run.
    static QStringList sandboxArguments(const QString& binaryOnHost, const QString& binaryInside);
    static QString statusName(Status status);

signals:
    void finished();

private:
    enum class Step { SandboxCheck, Version, Compat };

    void onPrepared(const Result& prepared, const QString& copyPath);
    void runStep(Step step);
    void onStepFinished(int exitCode, bool crashed, bool failedToStart);
    void finish(Status status, const QString& message);

    Request m_request;
    Result m_result;
    bool m_running = false;
    quint64 m_generation = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_copy;
    QString m_bwrap;
    Step m_step = Step::SandboxCheck;
    QProcess* m_process = nullptr;
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_overflow = false;
    bool m_timedOut = false;
    QTimer m_timer;
};

} // namespace Lattice
