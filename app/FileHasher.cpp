#include "FileHasher.h"

#include <QFile>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lattice {

namespace {
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};
} // namespace

FileHasher::FileHasher(Mode mode)
{
    if (mode == Mode::Pipelined)
        m_pipeline = std::make_unique<AsyncSha256>(4, BufferSize);
    else
        m_buffer.reset(new char[BufferSize]);
}

FileHasher::Result FileHasher::hash(const QString& path, const std::atomic_bool* cancel,
                                    const Progress& progress)
{
    Result result;
    const QByteArray nativePath = QFile::encodeName(path);
    // O_NONBLOCK keeps open() from waiting for a FIFO's writer; it is
    // cleared again before reading a regular file.
    const FileDescriptor fd(
        ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (fd.get() < 0) {
        result.notFound = errno == ENOENT;
        result.error = qt_error_string(errno);
        return result;
    }
    struct stat info;
    if (::fstat(fd.get(), &info) != 0) {
        result.error = qt_error_string(errno);
        return result;
    }
    if (S_ISDIR(info.st_mode)) {
        result.error = qt_error_string(EISDIR);
        return result;
    }
    if (!S_ISREG(info.st_mode)) {
        result.error = QStringLiteral("not a regular file");
        return result;
    }
    ::fcntl(fd.get(), F_SETFL, ::fcntl(fd.get(), F_GETFL) & ~O_NONBLOCK);
    // Doubles the kernel's readahead window for this file.
    ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);

    m_sha.reset();
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            if (m_pipeline)
                m_pipeline->hexDigest(); // drain, so the next file starts clean
            result.cancelled = true;
            result.error = QStringLiteral("cancelled");
            return result;
        }
        char* target = m_pipeline ? m_pipeline->buffer() : m_buffer.get();
        const ssize_t got = ::read(fd.get(), target, size_t(BufferSize));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            result.error = qt_error_string(errno);
            if (m_pipeline)
                m_pipeline->hexDigest();
            return result;
        }
        if (got == 0)
            break;
        if (m_pipeline)
            m_pipeline->submit(got);
        else
            m_sha.addData(target, got);
        result.size += got;
        if (progress)
            progress(result.size);
    }
    result.digest = m_pipeline ? m_pipeline->hexDigest() : m_sha.hexDigest();
    result.ok = true;
    return result;
}

} // namespace Lattice
