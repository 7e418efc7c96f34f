#pragma once

#include <QString>
#include <optional>

namespace Lattice::PluginArtifact {

// Lower-case hex SHA-256 of a file, streamed. Blocking: artifacts can be
// large, so the desk calls this from a worker thread.
std::optional<QString> sha256OfFile(const QString& path, QString* error = nullptr);

} // namespace Lattice::PluginArtifact
