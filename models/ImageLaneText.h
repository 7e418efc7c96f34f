#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Lattice::Oci {

// How the image lane writes digests, media types and times, so that every
// table and the exported reports agree on one spelling.

// "sha256:993e56759a74…": enough to tell digests apart at a glance.
QString shortDigest(const QString& digest);
// "OCI index", "Docker manifest list", …; the raw type when it is unknown.
QString mediaTypeLabel(const QString& mediaType);
// Registry timestamps are RFC 3339 strings; shown as "2026-07-10 09:41 UTC".
QString timestampText(const QString& rfc3339);
QString timestampText(const QDateTime& at);
// Orders tags the way a maintainer reads them: "0.2.1" before "0.2" before
// "0.1.9", then pins such as "alpha-0.2.2a41", numbers compared as numbers.
bool tagPrecedes(const QString& a, const QString& b);
QStringList sortedTags(QStringList tags);

} // namespace Lattice::Oci
