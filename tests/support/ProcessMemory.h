#pragma once

#include <QtGlobal>

namespace Lattice::Test {

// Resident memory of this process, from /proc, for tests that assert memory
// stays bounded. The peak can be reset, unlike getrusage's, so an earlier
// test's peak does not hide this one's.
void resetPeakRss();
qint64 currentRssKiB(); // VmRSS; -1 when /proc cannot be read
qint64 peakRssKiB();    // VmHWM since the last reset; -1 when unreadable

} // namespace Lattice::Test
