#include "PluginArtifact.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace Lattice::PluginArtifact {

std::optional<QString> sha256OfFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Lattice::PluginArtifact", "cannot read %1: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file) || file.error() != QFileDevice::NoError) {
        if (error)
            *error = QCoreApplication::translate("Lattice::PluginArtifact", "cannot read %1: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Lattice::PluginArtifact
