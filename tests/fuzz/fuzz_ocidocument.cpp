// Registry responses: image indexes, image manifests and image configs, and
// the image references a maintainer types.
#include "OciDocument.h"

using namespace Lattice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    // The Content-Type the registry claimed decides what the body must be.
    static const QString contentTypes[] = {
        QString(),
        QString::fromLatin1(Oci::MediaType::OciIndex),
        QString::fromLatin1(Oci::MediaType::OciManifest),
        QString::fromLatin1(Oci::MediaType::DockerList),
        QString::fromLatin1(Oci::MediaType::DockerManifest),
    };
    for (const QString& contentType : contentTypes) {
        if (const auto doc = Oci::Document::parse(bytes, contentType, &error)) {
            doc->platformManifests();
            doc->attestations();
            for (const Oci::Descriptor& d : doc->manifests) {
                if (d.platform)
                    d.platform->toString();
                d.isAttestation();
                Oci::isValidDigest(d.digest);
            }
        }
    }
    Oci::ImageConfig::parse(bytes, &error);
    const QString text = QString::fromUtf8(bytes);
    Oci::ImageReference::parse(text, &error);
    Oci::isValidTag(text);
    Oci::isValidRepository(text);
    Oci::isValidDigest(text);
    return 0;
}
