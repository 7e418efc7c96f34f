// Archive listing as `verify` does it for a downloaded tarball or zip: every
// header and every byte of every entry, within the reader's limits. The bytes
// live in a memfd, so nothing is written to disk and the reader opens its
// input by path exactly as it does in the product.
#include "ArchiveReader.h"

#include <sys/mman.h>
#include <unistd.h>

using namespace Lattice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const int fd = memfd_create("fuzz-archive", MFD_CLOEXEC);
    if (fd < 0)
        return 0;
    size_t written = 0;
    while (written < size) {
        const ssize_t n = write(fd, data + written, size - written);
        if (n <= 0)
            break;
        written += static_cast<size_t>(n);
    }
    {
        // Tight limits keep a decompression bomb from turning into a timeout
        // while still exercising the limit paths.
        ArchiveLimits limits;
        limits.maxEntryBytes = 4 << 20;
        limits.maxTotalBytes = 16 << 20;
        limits.maxEntries = 4096;
        ArchiveReader reader(QStringLiteral("/proc/self/fd/%1").arg(fd), limits);
        if (reader.open()) {
            ArchiveReader::Entry entry;
            char buffer[16384];
            while (reader.next(&entry)) {
                while (reader.read(buffer, sizeof buffer) > 0) {
                }
            }
            reader.errorString();
        }
    }
    close(fd);
    return 0;
}
