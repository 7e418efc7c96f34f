#include "ParallelHasher.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <numeric>

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
            FileHasher::Progress progress;
            if (callbacks.progress)
                progress = [&callbacks, job](qint64 done) {
                    callbacks.progress(job, done);
                };
            const FileHasher::Result result = hasher.hash(jobs.at(job).path, &cancel, progress);
            if (callbacks.finished)
                callbacks.finished(job, result);
        }
    };

    const int helpers = std::min<int>(m_threads, int(jobs.size())) - 1;
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, helpers));
    for (int i = 0; i < helpers; ++i)
        pool.start(work);
    work();
    pool.waitForDone();
}

} // namespace Lattice
