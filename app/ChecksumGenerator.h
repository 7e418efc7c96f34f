#pragma once

#include "ChecksumList.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace Lattice {

// Writes SHA256SUMS: hashes files in parallel and formats the result as GNU
// text-mode lines sorted by name, the bytes `sha256sum | LC_ALL=C sort -k2`
// would produce.
class ChecksumGenerator : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        QString name; // as written into the checksum file
        QString path; // where to read it
    };
    struct Outcome
    {
        QList<ChecksumList::Line> lines;
        QStringList errors; // "name: reason" for each file that could not be read
        bool cancelled = false;
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ChecksumGenerator(QObject* parent = nullptr);
    ~ChecksumGenerator() override; // cancels and waits

    // Blocking; the lines come back in the order of items.
    static Outcome hash(const QList<Item>& items, int jobs, const std::atomic_bool& cancel,
                        const Progress& progress = {});
    // Every file below folder, named relative to it, except the file `exclude`.
    static QList<Item> folderItems(const QString& folder, const QString& exclude = {});

    // Hashes every file below folder on a worker thread and writes the
    // checksum file atomically; nothing is written if a file is unreadable.
    bool start(const QString& folder, const QString& outputFile, int jobs = 0);
    bool isRunning() const;
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString& message, int fileCount);

private:
    struct Run;
    std::shared_ptr<Run> m_run;
};

} // namespace Lattice
