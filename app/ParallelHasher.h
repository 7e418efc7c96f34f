#pragma once

#include "FileHasher.h"

#include <QList>

namespace Lattice {

// Hashes a list of files on a pool of threads, one file per thread at a time,
// largest first so that the last big file does not start when the others are
// done. SHA-256 of one stream cannot be split, so the parallelism is across
// files.
class ParallelHasher
{
public:
    struct Job
    {
        QString path;
        qint64 size = 0; // for scheduling and progress; 0 when unknown
    };
    // Progress is reported every ProgressStep bytes of a file and at its end,
    // often enough for a smooth bar, rarely enough to cost nothing.
    static constexpr qint64 ProgressStep = 4 * 1024 * 1024;

    // Called from worker threads, concurrently; they must be thread-safe.
    struct Callbacks
    {
        std::function<void(int job)> started;
        std::function<void(int job, qint64 bytesDone)> progress;
        // Bytes hashed over all jobs, against the sum of their sizes.
        std::function<void(qint64 done, qint64 total)> bytes;
        std::function<void(int job, const FileHasher::Result& result)> finished;
    };

    explicit ParallelHasher(int threads = 0); // 0: one per core
    int threads() const { return m_threads; }

    // Blocks until every job has finished or the cancel flag was seen; the
    // calling thread works too.
    void run(const QList<Job>& jobs, const Callbacks& callbacks, const std::atomic_bool& cancel);

private:
    int m_threads;
};

} // namespace Lattice
