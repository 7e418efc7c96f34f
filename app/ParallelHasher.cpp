#include "ParallelHasher.h"

#include "Sha256.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <mutex>
#include <numeric>
#include <vector>

namespace Lattice {

ParallelHasher::ParallelHasher(int threads)
    : m_threads(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()))
{}

void ParallelHasher::run(const QList<Job>& jobs, const Callbacks& callbacks,
                         const std::atomic_bool& cancel)
{
    QList<int> order(jobs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&jobs](int a, int b) { return jobs.at(a).size > jobs.at(b).size; });
    std::atomic_int next{0};
    qint64 total = 0;
    for (const Job& job : jobs)
        total += job.size;
    // Summed and reported under one lock, so reports arrive in order: a sum
    // reported outside it can overtake a newer one, and progress would run
    // backwards and could end below the total.
    std::mutex bytesMutex;
    qint64 done = 0;
    // Each job is hashed by one thread, so its slot needs no lock.
    std::vector<qint64> reported(size_t(jobs.size()), 0);
    if (callbacks.bytes)
        callbacks.bytes(0, total);

    // With more cores than files, each file gets a second thread for hashing.
    const FileHasher::Mode mode =
        jobs.size() < m_threads ? FileHasher::Mode::Pipelined : FileHasher::Mode::Inline;
    auto work = [&] {
        FileHasher hasher(mode);
        for (;;) {
            const int slot = next.fetch_add(1);
            if (slot >= order.size())
                return;
            const int job = order.at(slot);
            if (cancel.load()) {
                FileHasher::Result skipped;
                skipped.cancelled = true;
                skipped.error = QStringLiteral("cancelled");
                if (callbacks.finished)
                    callbacks.finished(job, skipped);
                continue;
            }
            if (callbacks.started)
                callbacks.started(job);
            const FileHasher::Progress progress = [&, job](qint64 bytes) {
                qint64& last = reported[size_t(job)];
                if (bytes - last < ProgressStep && bytes < jobs.at(job).size)
                    return;
                const qint64 delta = bytes - last;
                last = bytes;
                if (callbacks.progress)
                    callbacks.progress(job, bytes);
                const std::lock_guard lock(bytesMutex);
                done += delta;
                if (callbacks.bytes)
                    callbacks.bytes(done, std::max(total, done));
            };
            const FileHasher::Result result = hasher.hash(jobs.at(job).path, &cancel, progress);
            if (callbacks.finished)
                callbacks.finished(job, result);
        }
    };

    const int helpers = std::min<int>(m_threads, int(jobs.size())) - 1;
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, helpers));
    for (int i = 0; i < helpers; ++i) {
        pool.start([&work] {
            work();
            // These threads end with the pool; their OpenSSL state must not
            // outlive waitForDone() (see Sha256::releaseThreadState).
            Sha256::releaseThreadState();
        });
    }
    work();
    pool.waitForDone();
}

} // namespace Lattice
