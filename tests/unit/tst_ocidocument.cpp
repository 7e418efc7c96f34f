#include "OciDocument.h"

#include <QTest>

using namespace Lattice::Oci;

namespace {
const QString kD1 = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
const QString kD2 = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
const QString kD3 = QStringLiteral("sha256:") + QString(64, QLatin1Char('c'));

QByteArray index(const QByteArray& mediaType, const QByteArray& extraEntry = {})
{
    return "{\"schemaVersion\":2,\"mediaType\":\"" + mediaType +
           "\",\"manifests\":[ "
           "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" +
           kD1.toLatin1() +
           "\",\"size\":100, \"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}}, "
           "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" +
           kD2.toLatin1() +
           "\",\"size\":100, "
           "\"platform\":{\"architecture\":\"arm64\",\"os\":\"linux\",\"variant\":\"v8\"}}" +
           extraEntry + "], \"annotations\":{\"org.opencontainers.image.version\":\"0.2.1\"}}";
}
} // namespace

class TestOciDocument : public QObject
{
    Q_OBJECT
private slots:
    void parsesAnOciIndex()
    {
        QString error;
        const auto doc = Document::parse(
            index(MediaType::OciIndex),
            QStringLiteral("application/vnd.oci.image.index.v1+json; charset=utf-8"), &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->kind, Document::Kind::Index);
        QCOMPARE(doc->manifests.size(), 2);
        QCOMPARE(doc->manifests.at(1).platform->toString(), QStringLiteral("linux/arm64/v8"));
        QCOMPARE(doc->annotations.value(QLatin1String(Annotation::Version)),
                 QStringLiteral("0.2.1"));
    }

    void filtersAttestations()
    {
        const QByteArray attestation =
            ",{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" +
            kD3.toLatin1() +
            "\",\"size\":566,\"platform\":{\"architecture\":\"unknown\",\"os\":\"unknown\"}, "
            "\"annotations\":{\"vnd.docker.reference.digest\":\"" +
            kD1.toLatin1() + "\",\"vnd.docker.reference.type\":\"attestation-manifest\"}}";
        const auto doc = Document::parse(index(MediaType::OciIndex, attestation), {}, nullptr);
        QVERIFY(doc);
        QCOMPARE(doc->manifests.size(), 3);
        QCOMPARE(doc->platformManifests().size(), 2);
        QCOMPARE(doc->attestations().size(), 1);
        QCOMPARE(doc->attestations().first().digest, kD3);
    }

    void parsesADockerListAndManifest()
    {
        const auto list = Document::parse(index(MediaType::DockerList),
                                          QString::fromLatin1(MediaType::DockerList), nullptr);
        QVERIFY(list);
        QCOMPARE(list->kind, Document::Kind::Index);
        const QByteArray manifest =
            "{\"schemaVersion\":2,\"mediaType\":\"application/"
            "vnd.docker.distribution.manifest.v2+json\", "
            "\"config\":{\"mediaType\":\"application/"
            "vnd.docker.container.image.v1+json\",\"digest\":\"" +
            kD1.toLatin1() +
            "\",\"size\":10}, "
            "\"layers\":[{\"mediaType\":\"application/"
            "vnd.docker.image.rootfs.diff.tar.gzip\",\"digest\":\"" +
            kD2.toLatin1() +
            "\",\"size\":20}, "
            "{\"mediaType\":\"application/vnd.docker.image.rootfs.diff.tar.gzip\",\"digest\":\"" +
            kD3.toLatin1() + "\",\"size\":30}]}";
        const auto doc = Document::parse(manifest, {}, nullptr);
        QVERIFY(doc);
        QCOMPARE(doc->kind, Document::Kind::Manifest);
        QCOMPARE(doc->config.digest, kD1);
        QCOMPARE(doc->layers.size(), 2);
    }

    void ociIndexWithoutMediaTypeIsAnIndex()
    {
        QByteArray body = index(MediaType::OciIndex);
        body.replace("\"mediaType\":\"application/vnd.oci.image.index.v1+json\",", "");
        const auto doc = Document::parse(body, {}, nullptr);
        QVERIFY(doc);
        QCOMPARE(doc->kind, Document::Kind::Index);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("<html>") << QString() << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << QString() << "not a JSON object";
        QTest::newRow("schema 1") << QByteArray("{\"schemaVersion\":1}") << QString()
                                  << "schemaVersion";
        QTest::newRow("type mismatch") << index(MediaType::OciIndex)
                                       << QString::fromLatin1(MediaType::DockerList) << "disagrees";
        QTest::newRow("bad digest")
            << QByteArray(index(MediaType::OciIndex)).replace(kD1.toLatin1(), "sha256:ABC")
            << QString() << "invalid digest";
        QTest::newRow("uppercase digest")
            << QByteArray(index(MediaType::OciIndex))
                   .replace(kD1.toLatin1(), "sha256:" + QByteArray(64, 'A'))
            << QString() << "invalid digest";
        QTest::newRow("negative size")
            << QByteArray(index(MediaType::OciIndex)).replace("\"size\":100", "\"size\":-1")
            << QString() << "size";
        QTest::newRow("no manifests") << QByteArray("{\"schemaVersion\":2,\"mediaType\":"
                                                    "\"application/vnd.oci.image.index.v1+json\"}")
                                      << QString() << "no manifests";
        QTest::newRow("legacy v1") << QByteArray("{\"schemaVersion\":2,\"mediaType\":\"application/"
                                                 "vnd.docker.distribution.manifest.v1+json\"}")
                                   << QString() << "unsupported media type";
        QTest::newRow("platform without os")
            << QByteArray(index(MediaType::OciIndex)).replace("\"os\":\"linux\"}", "\"os\":\"\"}")
            << QString() << "without os";
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, contentType);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Document::parse(body, contentType, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void grammar()
    {
        QVERIFY(isValidDigest(kD1));
        QVERIFY(!isValidDigest(QStringLiteral("sha256:") + QString(63, QLatin1Char('a'))));
        QVERIFY(isValidDigest(QStringLiteral("sha512:") + QString(128, QLatin1Char('0'))));
        QVERIFY(!isValidDigest(QStringLiteral("md5:") + QString(32, QLatin1Char('0'))));
        QVERIFY(isValidTag(QStringLiteral("alpha-0.2.2a41")));
        QVERIFY(isValidTag(QStringLiteral("latest")));
        QVERIFY(!isValidTag(QStringLiteral(".hidden")));
        QVERIFY(!isValidTag(QString(129, QLatin1Char('a'))));
        QVERIFY(!isValidTag(QStringLiteral("a/b")));
        QVERIFY(isValidRepository(QStringLiteral("latticenet/lattice-server")));
        QVERIFY(!isValidRepository(QStringLiteral("LatticeNet/lattice-server")));
        QVERIFY(!isValidRepository(QStringLiteral("a//b")));
        QVERIFY(manifestAcceptHeader().contains(
            "application/vnd.docker.distribution.manifest.list.v2+json"));
        QCOMPARE(manifestAcceptHeader().count(','), 3);
    }

    void imageReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("repository");
        QTest::newRow("default registry") << "latticenet/lattice-server"
                                          << "ghcr.io"
                                          << "latticenet/lattice-server";
        QTest::newRow("explicit ghcr") << "ghcr.io/latticenet/lattice-server"
                                       << "ghcr.io"
                                       << "latticenet/lattice-server";
        QTest::newRow("loopback port") << "127.0.0.1:5000/a/b"
                                       << "127.0.0.1:5000"
                                       << "a/b";
        QTest::newRow("localhost") << "localhost/a/b"
                                   << "localhost"
                                   << "a/b";
        QTest::newRow("deep") << "registry.example/a/b/c"
                              << "registry.example"
                              << "a/b/c";
        QTest::newRow("upper case") << "LatticeNet/lattice-server"
                                    << ""
                                    << "";
        QTest::newRow("single name") << "lattice-server"
                                     << ""
                                     << "";
        QTest::newRow("with tag") << "a/b:latest"
                                  << ""
                                  << "";
        QTest::newRow("with digest") << "a/b@sha256:00"
                                     << ""
                                     << "";
        QTest::newRow("scheme") << "https://ghcr.io/a/b"
                                << ""
                                << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }

    void imageReferences()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(QString, repository);
        QString error;
        const auto ref = ImageReference::parse(text, &error);
        QCOMPARE(ref.has_value(), !host.isEmpty());
        if (ref) {
            QCOMPARE(ref->registryHost, host);
            QCOMPARE(ref->repository, repository);
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    void imageConfigLabels()
    {
        const auto config = ImageConfig::parse(
            "{\"architecture\":\"arm64\",\"os\":\"linux\",\"created\":\"2026-07-10T08:00:00Z\", "
            "\"config\":{\"Labels\":{\"org.opencontainers.image.version\":\"v0.2.1\",\"org."
            "opencontainers.image.revision\":\"993e567\"}}}",
            nullptr);
        QVERIFY(config);
        QCOMPARE(config->architecture, QStringLiteral("arm64"));
        QCOMPARE(config->labels.value(QLatin1String(Annotation::Revision)),
                 QStringLiteral("993e567"));
        QVERIFY(!ImageConfig::parse("nope", nullptr));
    }
};

QTEST_GUILESS_MAIN(TestOciDocument)
#include "tst_ocidocument.moc"
