#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/evp.h>

// Drives the real lattice-desk-cli binary's plugins commands: exit codes and
// JSON shapes are a contract with release scripts.
class TestPluginCli : public QObject
{
    Q_OBJECT
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QTemporaryDir m_home;
    QTemporaryDir m_files;

    static QString shared(const QString& relative)
    {
        return Lattice::Test::sharedDir() + QLatin1Char('/') + relative;
    }
    static QString realIndex() { return shared("data/plugin-index/plugins.json"); }
    static QString exampleIndex() { return shared("data/plugin-index/plugins.example.json"); }
    static QString manifest(const char* version)
    {
        return shared(QStringLiteral("data/plugin-manifests/netguard-0.1.0-%1.manifest.json")
                          .arg(QLatin1String(version)));
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

    // Runs the CLI while this thread's event loop keeps serving, so a test
    // can answer the CLI's requests from an in-process server.
    Run run(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
        env.insert("XDG_DATA_HOME", m_home.filePath("data"));
        p.setProcessEnvironment(env);
        p.start(Lattice::Test::cliExecutable(), args);
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static void checkShape(const QJsonObject& o)
    {
        QCOMPARE(o.keys(), (QStringList{"errors", "plugins", "releases", "signatures", "status"}));
        QVERIFY(o.value("status").isString());
        QVERIFY(o.value("plugins").isDouble());
        QVERIFY(o.value("releases").isDouble());
        for (const QJsonValue& e : o.value("errors").toArray()) {
            QCOMPARE(e.toObject().keys(), (QStringList{"message", "path", "rule"}));
            QVERIFY(e.toObject().value("rule").isDouble());
            QVERIFY(e.toObject().value("path").isString());
            QVERIFY(!e.toObject().value("message").toString().isEmpty());
        }
        for (const QJsonValue& s : o.value("signatures").toArray()) {
            QCOMPARE(s.toObject().keys(), (QStringList{"publisher", "valid"}));
            QVERIFY(s.toObject().value("valid").isBool());
        }
    }

    static void checkManifestShape(const QJsonObject& o)
    {
        QCOMPARE(o.keys(),
                 (QStringList{"artifact_sha256_ok", "publisher", "schema", "signature_valid"}));
        QVERIFY(o.value("publisher").isString());
        QVERIFY(o.value("schema") == QJsonValue("v1") || o.value("schema") == QJsonValue("v2"));
        QVERIFY(o.value("signature_valid").isBool());
        QVERIFY(o.value("artifact_sha256_ok").isBool() || o.value("artifact_sha256_ok").isNull());
    }

private slots:
    void helpListsThePluginCommands()
    {
        const Run r = run({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("plugins check"));
        QVERIFY(r.out.contains("plugins verify-manifest"));
        const Run sub = run({"plugins", "verify-manifest", "--help"});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains("--index"));
        QVERIFY(sub.out.contains("--key"));
        QVERIFY(sub.out.contains("--artifact"));
    }

    void realIndexChecksClean()
    {
        const Run r = run({"plugins", "check", realIndex(), "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        checkShape(o);
        QCOMPARE(o.value("status").toString(), QStringLiteral("draft"));
        QCOMPARE(o.value("plugins").toInt(), 4);
        QCOMPARE(o.value("releases").toInt(), 32);
        QVERIFY(o.value("errors").toArray().isEmpty());
        QVERIFY(o.value("signatures").toArray().isEmpty());
        QVERIFY(r.out.endsWith("}\n"));
        QCOMPARE(r.out.count('\n'), 1);
    }

    void exampleChecksCleanWithAPlaceholderSignature()
    {
        const Run r = run({"plugins", "check", exampleIndex(), "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        checkShape(o);
        QCOMPARE(o.value("status").toString(), QStringLiteral("example"));
        const QJsonArray signatures = o.value("signatures").toArray();
        QCOMPARE(signatures.size(), 1);
        QCOMPARE(signatures.at(0).toObject().value("publisher").toString(),
                 QStringLiteral("latticenet"));
        QCOMPARE(signatures.at(0).toObject().value("valid").toBool(), false);

        const Run text = run({"plugins", "check", exampleIndex()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("provisional") || text.out.contains("placeholder"));
        QVERIFY(text.out.contains("blocked by upstream policy"));
    }

    void brokenIndexExitsOne()
    {
        QByteArray bytes = readFile(realIndex());
        bytes.replace("\"artifact_sha256\": \"73564a677608", "\"artifact_sha256\": \"73564A677608");
        bytes.replace("\"status\": \"draft\"", "\"status\": \"official\"");
        const QString broken = writeFile("broken.json", bytes);
        const Run r = run({"plugins", "check", broken, "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json();
        checkShape(o);
        QCOMPARE(o.value("status").toString(), QStringLiteral("official"));
        const QJsonArray errors = o.value("errors").toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toObject().value("rule").toInt(), 5);
        QCOMPARE(errors.at(0).toObject().value("path").toString(), QStringLiteral("signatures"));
        QCOMPARE(errors.at(1).toObject().value("rule").toInt(), 30);
        QCOMPARE(errors.at(1).toObject().value("path").toString(),
                 QStringLiteral("plugins[0].releases[0].artifact_sha256"));

        const Run text = run({"plugins", "check", broken});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("rule 30 plugins[0].releases[0].artifact_sha256: "));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no source") << QStringList{"plugins", "check"} << QByteArray("exactly one");
        QTest::newRow("two sources")
            << QStringList{"plugins", "check", "a", "b"} << QByteArray("exactly one");
        QTest::newRow("missing file")
            << QStringList{"plugins", "check", "/nonexistent/plugins.json"}
            << QByteArray("cannot read");
        QTest::newRow("http url") << QStringList{"plugins", "check",
                                                 "http://example.com/plugins.json"}
                                  << QByteArray("only allowed for loopback");
        QTest::newRow("loopback without flag")
            << QStringList{"plugins", "check", "http://127.0.0.1:9/plugins.json"}
            << QByteArray("--insecure-loopback");
        QTest::newRow("ftp url") << QStringList{"plugins", "check",
                                                "ftp://example.com/plugins.json"}
                                 << QByteArray("https");
        QTest::newRow("unknown option")
            << QStringList{"plugins", "check", "x", "--bogus"} << QByteArray("bogus");
        QTest::newRow("neither index nor key")
            << QStringList{"plugins", "verify-manifest", "m.json"}
            << QByteArray("exactly one of --index and --key");
        QTest::newRow("index and key")
            << QStringList{"plugins", "verify-manifest", "m.json", "--index", "i", "--key", "k"}
            << QByteArray("exactly one of --index and --key");
        QTest::newRow("no manifest") << QStringList{"plugins", "verify-manifest", "--key", "k"}
                                     << QByteArray("exactly one MANIFEST");
        QTest::newRow("missing manifest")
            << QStringList{"plugins", "verify-manifest", "/nonexistent/m.json", "--key",
                           "Ex4sJBNHgemwqhtaBwuoOf4Zg3iz5kojM+JeWBcDo40="}
            << QByteArray("cannot read");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void unreadableInputExitsTwo()
    {
        const QString notJson = writeFile("not-json.json", "{\"schema\": ");
        QCOMPARE(run({"plugins", "check", notJson, "--json"}).exitCode, 2);
        const QString array = writeFile("array.json", "[]");
        QCOMPARE(run({"plugins", "check", array}).exitCode, 2);
        QCOMPARE(run({"plugins", "verify-manifest", notJson, "--index", realIndex()}).exitCode, 2);
        QCOMPARE(
            run({"plugins", "verify-manifest", manifest("alpha.7"), "--index", notJson}).exitCode,
            2);
        const Run badKey =
            run({"plugins", "verify-manifest", manifest("alpha.7"), "--key", "AAAA"});
        QCOMPARE(badKey.exitCode, 2);
        QVERIFY(badKey.err.contains("32-byte"));
        QCOMPARE(run({"plugins", "verify-manifest", manifest("alpha.7"), "--key",
                      "Ex4sJBNHgemwqhtaBwuoOf4Zg3iz5kojM+JeWBcDo40=", "--artifact",
                      "/nonexistent/a.tar.gz"})
                     .exitCode,
                 2);
    }

    void networkFailureExitsThree()
    {
        // Port 9 (discard) on loopback refuses connections.
        const Run https = run({"plugins", "check", "https://127.0.0.1:9/plugins.json", "--json"});
        QCOMPARE(https.exitCode, 3);
        QVERIFY(https.out.isEmpty());
        QVERIFY(https.err.contains("cannot fetch"));
        QCOMPARE(run({"plugins", "check", "http://127.0.0.1:9/plugins.json", "--insecure-loopback"})
                     .exitCode,
                 3);
        QCOMPARE(run({"plugins", "verify-manifest", manifest("alpha.7"), "--index",
                      "https://127.0.0.1:9/plugins.json"})
                     .exitCode,
                 3);
    }

    void fetchesAnIndexOverHttp()
    {
        // A one-shot loopback server: the index for /plugins.json, 404 for
        // anything else.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QByteArray index = readFile(realIndex());
        connect(&server, &QTcpServer::newConnection, this, [&server, index] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, index] {
                    const QByteArray request = socket->readAll();
                    const bool found = request.startsWith("GET /plugins.json ");
                    const QByteArray body = found ? index : QByteArray("not found");
                    socket->write(
                        (found ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n") +
                        QByteArray("Content-Type: application/json\r\nConnection: close\r\n"
                                   "Content-Length: ") +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        const Run ok =
            run({"plugins", "check", base + "/plugins.json", "--insecure-loopback", "--json"});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.json().value("releases").toInt(), 32);
        const Run missing =
            run({"plugins", "check", base + "/nothing.json", "--insecure-loopback", "--json"});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains("404"));
        const Run verify = run({"plugins", "verify-manifest", manifest("alpha.7"), "--index",
                                base + "/plugins.json", "--insecure-loopback", "--json"});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(verify.json().value("signature_valid").toBool(), true);
    }

    void realManifestsVerify_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("schema");
        QTest::newRow("v1") << "alpha.2"
                            << "v1";
        QTest::newRow("v2") << "alpha.7"
                            << "v2";
    }

    void realManifestsVerify()
    {
        QFETCH(QString, version);
        QFETCH(QString, schema);
        const QString file = manifest(version.toLatin1().constData());
        for (const QStringList& keySource :
             {QStringList{"--index", realIndex()},
              QStringList{"--key", "Ex4sJBNHgemwqhtaBwuoOf4Zg3iz5kojM+JeWBcDo40="}}) {
            const Run r =
                run(QStringList{"plugins", "verify-manifest", file, "--json"} + keySource);
            QCOMPARE(r.exitCode, 0);
            const QJsonObject o = r.json();
            checkManifestShape(o);
            QCOMPARE(o.value("publisher").toString(), QStringLiteral("latticenet"));
            QCOMPARE(o.value("schema").toString(), schema);
            QCOMPARE(o.value("signature_valid").toBool(), true);
            QVERIFY(o.value("artifact_sha256_ok").isNull());
        }
    }

    void tamperingExitsOne()
    {
        QByteArray bytes = readFile(manifest("alpha.7"));
        bytes.replace("\"ui/index.html\"", "\"ui/index.htm\"");
        const QString tampered = writeFile("tampered.json", bytes);
        const Run r =
            run({"plugins", "verify-manifest", tampered, "--index", realIndex(), "--json"});
        QCOMPARE(r.exitCode, 1);
        checkManifestShape(r.json());
        QCOMPARE(r.json().value("signature_valid").toBool(), false);

        // One byte of the key changed.
        const Run wrongKey = run({"plugins", "verify-manifest", manifest("alpha.2"), "--key",
                                  "Fx4sJBNHgemwqhtaBwuoOf4Zg3iz5kojM+JeWBcDo40=", "--json"});
        QCOMPARE(wrongKey.exitCode, 1);
        QCOMPARE(wrongKey.json().value("signature_valid").toBool(), false);

        // The example index pins only a placeholder key.
        const Run unknown = run({"plugins", "verify-manifest", manifest("alpha.2"), "--index",
                                 exampleIndex(), "--json"});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.json().value("signature_valid").toBool(), false);
    }

    void artifactMismatchExitsOne()
    {
        const QString artifact = writeFile("artifact.tar.gz", "not the real artifact");
        const Run r = run({"plugins", "verify-manifest", manifest("alpha.7"), "--index",
                           realIndex(), "--artifact", artifact, "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json();
        checkManifestShape(o);
        QCOMPARE(o.value("signature_valid").toBool(), true);
        QCOMPARE(o.value("artifact_sha256_ok").toBool(), false);
    }

    void matchingArtifactExitsZero()
    {
        // No real artifact is at hand, so publish one: a fresh key signs a v1
        // manifest whose digest is the artifact's, payload built by hand.
        const QByteArray artifactBytes("a small plugin bundle\n");
        const QString artifact = writeFile("bundle.tar.gz", artifactBytes);
        const QByteArray digest =
            QCryptographicHash::hash(artifactBytes, QCryptographicHash::Sha256).toHex();
        const QByteArray payload =
            "lattice-plugin-manifest-v1\nacme.tool\nTool\nworker\n1.0.0\nbin/tool\nacme\n" +
            digest + "\nkv:read" + QByteArray(1, '\0') + "kv:write";

        EVP_PKEY* pkey = nullptr;
        EVP_PKEY_CTX* kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
        QVERIFY(kctx && EVP_PKEY_keygen_init(kctx) == 1 && EVP_PKEY_keygen(kctx, &pkey) == 1);
        EVP_PKEY_CTX_free(kctx);
        unsigned char pub[32];
        size_t pubLen = sizeof pub;
        unsigned char sig[64];
        size_t sigLen = sizeof sig;
        EVP_MD_CTX* mctx = EVP_MD_CTX_new();
        QVERIFY(EVP_PKEY_get_raw_public_key(pkey, pub, &pubLen) == 1);
        QVERIFY(EVP_DigestSignInit(mctx, nullptr, nullptr, nullptr, pkey) == 1);
        QVERIFY(EVP_DigestSign(mctx, sig, &sigLen,
                               reinterpret_cast<const unsigned char*>(payload.constData()),
                               size_t(payload.size())) == 1);
        EVP_MD_CTX_free(mctx);
        EVP_PKEY_free(pkey);
        const QByteArray key = QByteArray(reinterpret_cast<const char*>(pub), 32).toBase64();
        const QByteArray signature = QByteArray(reinterpret_cast<const char*>(sig), 64).toBase64();

        const QString manifestFile = writeFile(
            "acme.manifest.json",
            "{\n  \"id\": \"acme.tool\",\n  \"name\": \"Tool\",\n  \"type\": \"worker\",\n"
            "  \"capabilities\": [\"kv:write\", \"kv:read\"],\n  \"version\": \"1.0.0\",\n"
            "  \"entrypoint\": \"bin/tool\",\n  \"publisher\": \"acme\",\n"
            "  \"digest_sha256\": \"" +
                digest + "\",\n  \"signature_ed25519\": \"" + signature + "\"\n}\n");
        const Run r = run({"plugins", "verify-manifest", manifestFile, "--key",
                           QString::fromLatin1(key), "--artifact", artifact, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        checkManifestShape(o);
        QCOMPARE(o.value("publisher").toString(), QStringLiteral("acme"));
        QCOMPARE(o.value("schema").toString(), QStringLiteral("v1"));
        QCOMPARE(o.value("signature_valid").toBool(), true);
        QCOMPARE(o.value("artifact_sha256_ok").toBool(), true);

        const Run text = run({"plugins", "verify-manifest", manifestFile, "--key",
                              QString::fromLatin1(key), "--artifact", artifact});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("signature: valid"));
        QVERIFY(text.out.contains("matches the manifest"));
    }
};

QTEST_GUILESS_MAIN(TestPluginCli)
#include "tst_plugincli.moc"
