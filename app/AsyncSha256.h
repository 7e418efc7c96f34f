#pragma once

#include "Sha256.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Lattice {

// SHA-256 on a thread of its own, fed through a small ring of buffers: the
// caller fills the next buffer (decompressing an archive, say) while the
// previous one is hashed, so a stream costs the slower of the two rather than
// their sum. Memory is fixed at buffers × bufferSize.
class AsyncSha256
{
public:
    explicit AsyncSha256(int buffers = 4, qsizetype bufferSize = 1024 * 1024);
    ~AsyncSha256();
    AsyncSha256(const AsyncSha256&) = delete;
    AsyncSha256& operator=(const AsyncSha256&) = delete;

    qsizetype bufferSize() const { return m_bufferSize; }
    // A buffer to fill; waits while every buffer is queued for hashing.
    char* buffer();
    // Queues the buffer from buffer() with its first size bytes.
    void submit(qsizetype size);
    // Waits for everything submitted, then returns the digest and starts over.
    QByteArray hexDigest();

private:
    void hashLoop();

    struct Slot
    {
        std::unique_ptr<char[]> data;
        qsizetype size = 0;
    };
    const qsizetype m_bufferSize;
    std::vector<Slot> m_slots;
    size_t m_next = 0;   // the slot hashed next
    size_t m_free = 0;   // the slot buffer() hands out
    size_t m_queued = 0; // slots waiting or being hashed
    bool m_stop = false;
    Sha256 m_sha; // touched by the hashing thread, and by hexDigest() only when it is idle
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_thread;
};

} // namespace Lattice
