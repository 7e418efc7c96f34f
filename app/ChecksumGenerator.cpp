#include "ChecksumGenerator.h"

#include "ParallelHasher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QThread>

namespace Lattice {

struct ChecksumGenerator::Run
{
    std::atomic_bool cancel{false};
    QThread* thread = nullptr;
};

ChecksumGenerator::ChecksumGenerator(QObject* parent)
    : QObject(parent)
{}

ChecksumGenerator::~ChecksumGenerator()
{
    if (m_run && m_run->thread) {
        m_run->cancel = true;
        m_run->thread->wait();
        delete m_run->thread;
    }
}

ChecksumGenerator::Outcome ChecksumGenerator::hash(const QList<Item>& items, int jobs,
                                                   const std::atomic_bool& cancel,
                                                   const Progress& progress)
{
    QList<ParallelHasher::Job> work;
    qint64 total = 0;
    for (const Item& item : items) {
        work.append({item.path, QFileInfo(item.path).size()});
        total += work.last().size;
    }
    QList<FileHasher::Result> results(items.size());
    ParallelHasher::Callbacks callbacks;
    callbacks.bytes = progress;
    // Each job writes only its own slot.
    callbacks.finished = [&](int job, const FileHasher::Result& r) {
        results[job] = r;
    };
    ParallelHasher(jobs).run(work, callbacks, cancel);

    Outcome outcome;
    outcome.cancelled = cancel.load();
    for (int i = 0; i < items.size(); ++i) {
        const FileHasher::Result& r = results.at(i);
        if (r.ok)
            outcome.lines.append({items.at(i).name, r.digest});
        else if (!r.cancelled)
            outcome.errors.append(QStringLiteral("%1: %2").arg(items.at(i).name, r.error));
    }
    if (progress)
        progress(total, total);
    return outcome;
}

QList<ChecksumGenerator::Item> ChecksumGenerator::folderItems(const QString& folder,
                                                              const QString& exclude)
{
    const QDir base(folder);
    const QString excluded = exclude.isEmpty() ? QString() : QFileInfo(exclude).absoluteFilePath();
    QList<Item> items;
    QDirIterator it(base.absolutePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == excluded)
            continue;
        items.append({base.relativeFilePath(path), path});
    }
    return items;
}

bool ChecksumGenerator::isRunning() const
{
    return m_run && m_run->thread && !m_run->thread->isFinished();
}

void ChecksumGenerator::cancel()
{
    if (m_run)
        m_run->cancel = true;
}

bool ChecksumGenerator::start(const QString& folder, const QString& outputFile, int jobs)
{
    if (isRunning())
        return false;
    if (m_run && m_run->thread) {
        m_run->thread->wait();
        delete m_run->thread;
    }
    auto run = std::make_shared<Run>();
    const QPointer<ChecksumGenerator> self(this);
    run->thread = QThread::create([run, self, folder, outputFile, jobs] {
        auto report = [self](bool ok, const QString& message, int count) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, ok, message, count] {
                    if (self)
                        emit self->finished(ok, message, count);
                },
                Qt::QueuedConnection);
        };
        const QList<Item> items = folderItems(folder, outputFile);
        if (items.isEmpty()) {
            report(false, tr("%1 holds no files.").arg(folder), 0);
            return;
        }
        const Outcome outcome = hash(items, jobs, run->cancel, [self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        emit self->progress(done, total);
                },
                Qt::QueuedConnection);
        });
        if (outcome.cancelled) {
            report(false, tr("Cancelled; nothing was written."), 0);
            return;
        }
        if (!outcome.errors.isEmpty()) {
            report(false,
                   tr("Nothing was written: %1").arg(outcome.errors.join(QStringLiteral("; "))), 0);
            return;
        }
        QSaveFile file(outputFile);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(ChecksumList::format(outcome.lines)) < 0 || !file.commit()) {
            report(false, tr("Cannot write %1: %2").arg(outputFile, file.errorString()), 0);
            return;
        }
        report(true,
               tr("Wrote %1 with %n file(s).", nullptr, int(outcome.lines.size())).arg(outputFile),
               int(outcome.lines.size()));
    });
    m_run = run;
    run->thread->start();
    return true;
}

} // namespace Lattice
