// A SHA256SUMS-style file as a release or a maintainer's directory ships it.
#include "ChecksumList.h"

#include <QBuffer>

using namespace Lattice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ChecksumList fromBytes = ChecksumList::parse(bytes);

    // The device path reads in chunks and must agree with the in-memory path.
    QByteArray copy(bytes.constData(), bytes.size());
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const ChecksumList fromDevice = ChecksumList::parse(&buffer);
    if (fromDevice.entries().size() != fromBytes.entries().size() ||
        fromDevice.lineCount() != fromBytes.lineCount())
        __builtin_trap();

    QList<ChecksumList::Line> lines;
    for (const ChecksumList::Entry& entry : fromBytes.entries()) {
        ChecksumList::refusalText(ChecksumList::refusalFor(entry.name));
        ChecksumList::keyFor(entry.name);
        lines.append({entry.name, entry.digest});
        // The generator's line for any name the parser accepted reads back as
        // that name, or `generate` would write files `verify` misreads.
        const ChecksumList one =
            ChecksumList::parse(ChecksumList::formatLine(entry.name, entry.digest));
        if (one.entries().size() != 1 || one.entries().first().name != entry.name ||
            one.entries().first().digest != entry.digest)
            __builtin_trap();
    }
    ChecksumList::format(lines);
    fromBytes.malformedLines();
    fromBytes.conflicts();
    return 0;
}
