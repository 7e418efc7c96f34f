#pragma once

#include <QList>
#include <QString>

namespace Lattice {

// What --version and the About dialog report: the project version, the
// commit it was built from, and the versions of the libraries that do the
// security-relevant work (TLS, hashing, archives, storage).
class BuildInfo
{
public:
    static QString version();       // "0.1.0"
    static QString gitDescribe();   // "v0.1.0-3-gabc1234-dirty", empty outside git
    static QString versionLine(const QString& program); // "lattice-desk 0.1.0 (abc1234)"

    struct Library
    {
        QString name;
        QString version;
    };
    static QList<Library> libraries();
};

} // namespace Lattice
