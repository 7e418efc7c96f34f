#include "PluginArtifact.h"

#include "FileHasher.h"

#include <QCoreApplication>

namespace Lattice::PluginArtifact {

std::optional<QString> sha256OfFile(const QString& path, QString* error)
{
    // The same streaming OpenSSL hasher the Verify page uses: bounded memory
    // and SHA extensions, where QCryptographicHash reads 1 KiB at a time.
    FileHasher hasher;
    const FileHasher::Result result = hasher.hash(path);
    if (!result.ok) {
        if (error)
            *error = QCoreApplication::translate("Lattice::PluginArtifact", "cannot read %1: %2")
                         .arg(path, result.error);
        return std::nullopt;
    }
    return QString::fromLatin1(result.digest);
}

} // namespace Lattice::PluginArtifact
