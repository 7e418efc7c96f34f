#include "BuildInfo.h"

#include "BuildConfig.h"
#include "GitDescribe.h"

#include <QSslSocket>
#include <QtGlobal>

#include <archive.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>

namespace Lattice {

QString BuildInfo::version()
{
    return QStringLiteral(LATTICE_PROJECT_VERSION);
}

QString BuildInfo::gitDescribe()
{
    return QStringLiteral(LATTICE_GIT_DESCRIBE);
}

QString BuildInfo::versionLine(const QString& program)
{
    QString line = program + QLatin1Char(' ') + version();
    if (!gitDescribe().isEmpty())
        line += QStringLiteral(" (%1)").arg(gitDescribe());
    return line;
}

QList<BuildInfo::Library> BuildInfo::libraries()
{
    QList<Library> libs;
    libs.append({QStringLiteral("Qt"), QString::fromLatin1(qVersion())});
    libs.append({QStringLiteral("OpenSSL (libcrypto)"),
                 QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))});
    libs.append({QStringLiteral("Qt TLS backend"), QSslSocket::sslLibraryVersionString()});
    libs.append({QStringLiteral("libarchive"), QString::fromLatin1(archive_version_details())});
    libs.append({QStringLiteral("QtKeychain"), QStringLiteral(LATTICE_QTKEYCHAIN_VERSION)});
    return libs;
}

} // namespace Lattice
