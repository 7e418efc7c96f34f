#pragma once

#include "AsyncSha256.h"
#include "Sha256.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace Lattice {

// Hashes one file at a time through a fixed buffer, so memory does not grow
// with file size. One instance per worker thread.
class FileHasher
{
public:
    // 1 MiB: large enough that syscalls vanish from the profile, small
    // enough to stay in a core's L2 between read() and the hash.
    static constexpr qsizetype BufferSize = 1024 * 1024;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        bool notFound = false; // the file does not exist (any other failure is unreadable)
        QByteArray digest;     // lowercase hex
        qint64 size = 0;       // bytes hashed
        QString error;
    };
    // Called after every buffer with the bytes hashed so far.
    using Progress = std::function<void(qint64 bytesDone)>;

    // Pipelined: read() on this thread, hashing on a second one. Worth it
    // only when a core would otherwise idle (fewer files than cores): the
    // copy out of the page cache then overlaps the hashing.
    enum class Mode { Inline, Pipelined };
    explicit FileHasher(Mode mode = Mode::Inline);

    // Opens only regular files: a FIFO or device named in a checksum file
    // would otherwise block or never end.
    Result hash(const QString& path, const std::atomic_bool* cancel = nullptr,
                const Progress& progress = {});

private:
    std::unique_ptr<char[]> m_buffer;
    std::unique_ptr<AsyncSha256> m_pipeline;
    Sha256 m_sha;
};

} // namespace Lattice
