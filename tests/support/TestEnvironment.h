#pragma once

#include <QString>
#include <QUrl>

namespace Lattice::Test {

// Paths and service addresses the CTest harness passes to every test.
QString testDataDir();     // tests/data
QString sharedDir();       // ../shared (spec and real data)
QString fixtureServerExecutable();
QString cliExecutable();
// The real registry started by the "registry" fixture; empty when the test
// was run without it (the test must then fail, not skip).
QUrl registryUrl();

} // namespace Lattice::Test
