#pragma once

#include "GoBuildInfo.h"

#include <QByteArray>
#include <QString>
#include <optional>

// The two executable formats Go agents ship in, read only as far as finding
// the section that holds Go's build information. Internal to GoBuildInfo,
// which adds the Go-specific decoding on top.
namespace Lattice::Agent::Executable {

// Bounds-checked reads over GoBuildInfo's Reader, so no format reader ever
// indexes past what the file holds.
class Input
{
public:
    Input(qint64 size, const GoBuildInfo::Reader& read)
        : m_size(size)
        , m_read(read)
    {}
    qint64 size() const { return m_size; }
    // Exactly length bytes, or an empty array when they are not all there.
    QByteArray exact(qint64 offset, qint64 length) const
    {
        if (offset < 0 || length < 0 || offset > m_size || length > m_size - offset)
            return {};
        QByteArray bytes = m_read(offset, length);
        return bytes.size() == length ? bytes : QByteArray();
    }
    // Up to length bytes, fewer at the end of the input.
    QByteArray upTo(qint64 offset, qint64 length) const
    {
        if (offset < 0 || offset >= m_size)
            return {};
        return m_read(offset, qMin(length, m_size - offset));
    }

private:
    qint64 m_size;
    const GoBuildInfo::Reader& m_read;
};

struct Section
{
    qint64 offset = -1;
    qint64 size = 0;
};

// An unsigned integer of width bytes at offset; 0 when it is not all there.
quint64 readUnsigned(const QByteArray& b, qint64 offset, int width, bool bigEndian);
GoBuildInfo failure(GoBuildInfo info, GoBuildInfo::Error error, const QString& text);

// Each sets info's header fields (format, bits, endianness, machine, OS and
// architecture) and *found to the build information's section, or returns
// info with an error.
std::optional<GoBuildInfo> readElf(const Input& in, GoBuildInfo& info, Section* found);
std::optional<GoBuildInfo> readMachO(const Input& in, GoBuildInfo& info, Section* found);

} // namespace Lattice::Agent::Executable
