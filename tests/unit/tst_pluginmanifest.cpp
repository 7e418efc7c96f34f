#include "Ed25519.h"
#include "OrderedJson.h"
#include "PluginManifest.h"
#include "PluginSignatures.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QTest>
#include <openssl/evp.h>

using namespace Lattice;

namespace {
const QString RealKey = QStringLiteral("Ex4sJBNHgemwqhtaBwuoOf4Zg3iz5kojM+JeWBcDo40=");

QByteArray readManifest(const QString& name)
{
    QFile file(Lattice::Test::sharedDir() + QStringLiteral("/data/plugin-manifests/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray realKey()
{
    return QByteArray::fromBase64(RealKey.toLatin1());
}

// Byte offsets of every string token (keys and values) in a JSON document,
// just past the opening quote.
QList<qsizetype> stringTokens(const QByteArray& json)
{
    QList<qsizetype> starts;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            starts.append(i + 1);
        }
    }
    return starts;
}

bool verifies(const QByteArray& manifestBytes, const QByteArray& key)
{
    const auto manifest = PluginManifest::parse(manifestBytes);
    return manifest && PluginSignatures::verifyManifest(*manifest, key);
}
} // namespace

class TestPluginManifest : public QObject
{
    Q_OBJECT

private slots:
    void realManifestsVerify_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("digest");
        QTest::newRow("v1 alpha.2")
            << "netguard-0.1.0-alpha.2.manifest.json"
            << "v1"
            << "e6b3c13ce7ecbbb3bda8f2926b96048639485ac3198c05aa00d053cc3bf433bf";
        QTest::newRow("v2 alpha.7")
            << "netguard-0.1.0-alpha.7.manifest.json"
            << "v2"
            << "873c4461c68f2673c3792735ab8e67a675bc012bf5b6af55d88012b4c69bfcc4";
    }

    void realManifestsVerify()
    {
        QFETCH(QString, file);
        QFETCH(QString, schema);
        QFETCH(QString, digest);
        QString error;
        const auto manifest = PluginManifest::parse(readManifest(file), &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(PluginManifest::schemaId(manifest->schema), schema);
        QCOMPARE(manifest->publisher, QStringLiteral("latticenet"));
        QCOMPARE(manifest->id, QStringLiteral("latticenet.netguard"));
        QCOMPARE(manifest->artifactDigest, digest);
        QCOMPARE(manifest->signature.size(), 64);
        const auto key = PluginSignatures::decodePublicKey(RealKey);
        QVERIFY(key);
        QVERIFY(PluginSignatures::verifyManifest(*manifest, *key));
    }

    void v1PayloadLayout()
    {
        const auto manifest =
            PluginManifest::parse(readManifest("netguard-0.1.0-alpha.2.manifest.json"));
        QVERIFY(manifest);
        const QList<QByteArray> lines = manifest->signedPayload.split('\n');
        QCOMPARE(lines.size(), 11);
        QCOMPARE(lines.at(0), QByteArray("lattice-plugin-manifest-v1"));
        QCOMPARE(lines.at(1), QByteArray("latticenet.netguard"));
        QCOMPARE(lines.at(3), QByteArray("system"));
        QCOMPARE(lines.at(5), QByteArray("system-go/lattice-plugin-netguard"));
        // Sorted byte-wise and NUL-joined, whatever the manifest's order.
        QCOMPARE(lines.at(8), QByteArray("network:apply\0network:plan\0node:read\0task:run", 45));
        QVERIFY(lines.at(9).startsWith("{\"nav\":[{\"section\":\"network-security\""));
        QCOMPARE(lines.at(10), QByteArray("null")); // no interfaces
    }

    void v1WithoutUiHasNineLines()
    {
        const auto manifest =
            PluginManifest::parse("{\"id\":\"a.b\",\"name\":\"n\",\"type\":\"worker\",\"version\":"
                                  "\"1\",\"entrypoint\":\"e\","
                                  "\"publisher\":\"p\",\"digest_sha256\":\"d\",\"capabilities\":["
                                  "\"kv:write\",\"kv:read\"],"
                                  "\"interfaces\":[]}");
        QVERIFY(manifest);
        QCOMPARE(manifest->schema, PluginManifest::Schema::V1);
        static const char expected[] =
            "lattice-plugin-manifest-v1\na.b\nn\nworker\n1\ne\np\nd\nkv:read\0kv:write";
        QCOMPARE(manifest->signedPayload, QByteArray(expected, sizeof expected - 1));
    }

    void v2PayloadIsGoReencodingInFileOrder()
    {
        const auto manifest =
            PluginManifest::parse(readManifest("netguard-0.1.0-alpha.7.manifest.json"));
        QVERIFY(manifest);
        const QByteArray payload = manifest->signedPayload;
        QVERIFY(payload.startsWith(
            "LATTICE-PLUGIN-MANIFEST-V2\n{\"schema\":\"lattice.plugin.manifest.v2\",\"id\":"));
        QVERIFY(!payload.contains("signature_ed25519"));
        QVERIFY(payload.contains("\"server\":\"\\u003e=0.2.1\""));
        const QByteArray json = payload.mid(int(qstrlen("LATTICE-PLUGIN-MANIFEST-V2\n")));
        QVERIFY(!json.contains('\n'));
        QVERIFY(!json.contains("  "));
        QVERIFY(json.endsWith(
            "\"effect\":\"plan\",\"scopes\":[\"netguard:admin\",\"network:plan\"]}]}]}"));
    }

    void anyChangedByteBreaksTheSignature_data()
    {
        QTest::addColumn<QByteArray>("tampered");
        for (const char* file :
             {"netguard-0.1.0-alpha.2.manifest.json", "netguard-0.1.0-alpha.7.manifest.json"}) {
            const QByteArray original = readManifest(QString::fromLatin1(file));
            const QByteArray signature = PluginManifest::parse(original)->signatureText.toLatin1();
            for (const qsizetype at : stringTokens(original)) {
                if (original.mid(at, signature.size()) == signature)
                    continue; // the signature itself: tested below
                QByteArray t = original;
                // One byte, still valid JSON: a letter for a letter, and a
                // backslash escape turned into plain text.
                t[at] = t.at(at) == 'x' ? 'y' : 'x';
                const qsizetype end = original.indexOf('"', at);
                QTest::addRow("%s @%lld %s", file, qlonglong(at),
                              original.mid(at, qMin<qsizetype>(end - at, 24)).constData())
                    << t;
            }
        }
    }

    void anyChangedByteBreaksTheSignature()
    {
        QFETCH(QByteArray, tampered);
        QVERIFY(!verifies(tampered, realKey()));
    }

    void whitespaceAndKeyIndentationDoNotMatter()
    {
        // Layout is not signed: the compact re-encoding is.
        QByteArray original = readManifest("netguard-0.1.0-alpha.7.manifest.json");
        const auto compact = OrderedJson::parse(original)->toGoCompact();
        QVERIFY(verifies(compact, realKey()));
        QVERIFY(verifies(original.replace("\n  ", "\n\t\t"), realKey()));
    }

    void reorderedMembersFailForV2()
    {
        const QByteArray original = readManifest("netguard-0.1.0-alpha.7.manifest.json");
        QByteArray moved = original;
        moved.replace("  \"schema\": \"lattice.plugin.manifest.v2\",\n", "");
        moved.replace(
            "  \"publisher\": \"latticenet\",\n",
            "  \"publisher\": \"latticenet\",\n  \"schema\": \"lattice.plugin.manifest.v2\",\n");
        QVERIFY(moved != original);
        QVERIFY(PluginManifest::parse(moved));
        QVERIFY(!verifies(moved, realKey()));
    }

    void changedKeyOrSignatureFails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("byte");
        for (const char* file :
             {"netguard-0.1.0-alpha.2.manifest.json", "netguard-0.1.0-alpha.7.manifest.json"})
            for (int byte : {0, 13, 31})
                QTest::addRow("%s byte %d", file, byte) << QString::fromLatin1(file) << byte;
    }

    void changedKeyOrSignatureFails()
    {
        QFETCH(QString, file);
        QFETCH(int, byte);
        const auto manifest = PluginManifest::parse(readManifest(file));
        QVERIFY(manifest);
        QByteArray key = realKey();
        key[byte] = char(key.at(byte) ^ 0x01);
        QVERIFY(!PluginSignatures::verifyManifest(*manifest, key));
        PluginManifest forged = *manifest;
        forged.signature[byte * 2] = char(forged.signature.at(byte * 2) ^ 0x01);
        QVERIFY(!PluginSignatures::verifyManifest(forged, realKey()));
    }

    void unpaddedSignatureIsAcceptedLikeTheServer()
    {
        QByteArray bytes = readManifest("netguard-0.1.0-alpha.7.manifest.json");
        bytes.replace("0sknBA==\"", "0sknBA\"");
        const auto manifest = PluginManifest::parse(bytes);
        QVERIFY(manifest);
        QCOMPARE(manifest->signature.size(), 64);
        QVERIFY(PluginSignatures::verifyManifest(*manifest, realKey()));
    }

    void malformedManifests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not json") << QByteArray("manifest");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("number id") << QByteArray("{\"id\":5}");
        QTest::newRow("capability object") << QByteArray("{\"capabilities\":[{}]}");
        QTest::newRow("duplicate member") << QByteArray("{\"id\":\"a\",\"id\":\"b\"}");
    }

    void malformedManifests()
    {
        QFETCH(QByteArray, bytes);
        QString error;
        QVERIFY(!PluginManifest::parse(bytes, &error));
        QVERIFY(!error.isEmpty());
    }

    void smallOrderKeysNeverVerify()
    {
        // The example index's placeholder: an all-zero key and signature
        // would otherwise "verify" about one message in four.
        const QByteArray zeroKey(32, '\0');
        const QByteArray zeroSignature(64, '\0');
        QVERIFY(Ed25519::isWeakKey(zeroKey));
        QVERIFY(!Ed25519::isWeakKey(realKey()));
        for (int i = 0; i < 16; ++i)
            QVERIFY(!Ed25519::verify(zeroKey, QByteArray::number(i), zeroSignature));
    }

    void freshKeyRoundTrip()
    {
        // Independent of the real data: sign with a new key through OpenSSL
        // and verify through the desk.
        EVP_PKEY* pkey = nullptr;
        EVP_PKEY_CTX* kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
        QVERIFY(kctx && EVP_PKEY_keygen_init(kctx) == 1 && EVP_PKEY_keygen(kctx, &pkey) == 1);
        EVP_PKEY_CTX_free(kctx);
        unsigned char pub[32];
        size_t pubLen = sizeof pub;
        QVERIFY(EVP_PKEY_get_raw_public_key(pkey, pub, &pubLen) == 1);
        const QByteArray message("LATTICE-PLUGIN-MANIFEST-V2\n{}");
        unsigned char sig[64];
        size_t sigLen = sizeof sig;
        EVP_MD_CTX* mctx = EVP_MD_CTX_new();
        QVERIFY(EVP_DigestSignInit(mctx, nullptr, nullptr, nullptr, pkey) == 1);
        QVERIFY(EVP_DigestSign(mctx, sig, &sigLen,
                               reinterpret_cast<const unsigned char*>(message.constData()),
                               size_t(message.size())) == 1);
        EVP_MD_CTX_free(mctx);
        EVP_PKEY_free(pkey);
        const QByteArray key(reinterpret_cast<const char*>(pub), 32);
        const QByteArray signature(reinterpret_cast<const char*>(sig), 64);
        QVERIFY(Ed25519::verify(key, message, signature));
        QVERIFY(!Ed25519::verify(key, message + ' ', signature));
        QVERIFY(!Ed25519::verify(key.left(31), message, signature));
    }
};

QTEST_GUILESS_MAIN(TestPluginManifest)
#include "tst_pluginmanifest.moc"
