#include "AsyncSha256.h"

namespace Lattice {

AsyncSha256::AsyncSha256(int buffers, qsizetype bufferSize)
    : m_bufferSize(bufferSize)
    , m_slots(size_t(std::max(2, buffers)))
{
    for (Slot& slot : m_slots)
        slot.data.reset(new char[size_t(bufferSize)]);
    m_thread = std::thread([this] { hashLoop(); });
}

AsyncSha256::~AsyncSha256()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

char* AsyncSha256::buffer()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queued < m_slots.size(); });
    return m_slots[m_free].data.get();
}

void AsyncSha256::submit(qsizetype size)
{
    {
        const std::lock_guard lock(m_mutex);
        m_slots[m_free].size = size;
        m_free = (m_free + 1) % m_slots.size();
        ++m_queued;
    }
    m_changed.notify_all();
}

QByteArray AsyncSha256::hexDigest()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queued == 0; });
    return m_sha.hexDigest();
}

void AsyncSha256::hashLoop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_queued > 0 || m_stop; });
        if (m_queued == 0)
            return; // stopping, and nothing left to hash
        const Slot& slot = m_slots[m_next];
        lock.unlock();
        m_sha.addData(slot.data.get(), slot.size);
        lock.lock();
        m_next = (m_next + 1) % m_slots.size();
        --m_queued;
        m_changed.notify_all();
    }
}

} // namespace Lattice
