#include "HttpSession.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Lattice;
using Net::HttpRequest;
using Net::HttpResponse;

namespace {
// The credentials a refused handshake must never deliver.
constexpr char Token[] = "Bearer lattice-tls-test-token-4f1c";
constexpr char Body[] = "{\"secret\":\"tls-test-body-9a7e\"}";

// An HTTPS server on loopback that keeps every byte it decrypted, so a test
// can assert on the receiving side that nothing reached it.
class TlsServer : public QTcpServer
{
public:
    QSslConfiguration config;
    QByteArray received;
    int requests = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(config);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            QByteArray& pending = m_pending[socket];
            const QByteArray chunk = socket->readAll();
            received += chunk;
            pending += chunk;
            const qsizetype headerEnd = pending.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            qsizetype bodyBytes = 0;
            for (const QByteArray& line : pending.left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    bodyBytes = line.mid(15).trimmed().toLongLong();
            }
            if (pending.size() < headerEnd + 4 + bodyBytes)
                return;
            ++requests;
            m_pending.remove(socket);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                          "Content-Length: 2\r\nConnection: close\r\n\r\nok");
            socket->disconnectFromHost();
        });
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QHash<QSslSocket*, QByteArray> m_pending;
};
} // namespace

class TestTlsPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList& arguments)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            qWarning().noquote() << "openssl" << arguments.join(QLatin1Char(' '))
                                 << "failed:" << QString::fromLocal8Bit(p.readAll());
            return false;
        }
        return true;
    }

    // A server certificate signed by the test CA: names are subjectAltNames,
    // days may be negative for a certificate that has already expired.
    bool issue(const QString& name, const QString& altNames, int days)
    {
        const QString ext = name + QStringLiteral(".ext");
        QFile extFile(file(ext));
        if (!extFile.open(QIODevice::WriteOnly))
            return false;
        extFile.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=" +
                      altNames.toLatin1() + '\n');
        extFile.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                        name + QStringLiteral(".key"), QStringLiteral("-out"),
                        name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=lattice-test-server")}) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        name + QStringLiteral(".csr"), QStringLiteral("-CA"),
                        QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                        QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QString::number(days), QStringLiteral("-extfile"),
                        ext, QStringLiteral("-out"), name + QStringLiteral(".pem")});
    }

    bool serve(TlsServer& server, const QString& name)
    {
        QFile certFile(file(name + QStringLiteral(".pem")));
        QFile keyFile(file(name + QStringLiteral(".key")));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        server.config = QSslConfiguration::defaultConfiguration();
        server.config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        server.config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
        server.config.setPeerVerifyMode(QSslSocket::VerifyNone);
        return !server.config.localCertificate().isNull() && !server.config.privateKey().isNull() &&
               server.listen(QHostAddress::LocalHost);
    }

    static HttpResponse post(Net::HttpSession& session, const TlsServer& server)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = QUrl(QStringLiteral("https://localhost:%1/api/v1/agent-update/policies")
                               .arg(server.serverPort()));
        request.headers = {{"Content-Type", "application/json"}};
        request.body = Body;
        request.authorization = Token;
        request.limits.totalTimeoutMs = 20000;
        Net::HttpJob* job = session.send(request);
        QSignalSpy finished(job, &Net::HttpJob::finished);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<HttpResponse>();
    }

    static void verifyNothingReached(const TlsServer& server)
    {
        QCOMPARE(server.requests, 0);
        QVERIFY2(!server.received.contains("lattice-tls-test-token"),
                 "the token reached a server whose certificate was refused");
        QVERIFY2(!server.received.contains("tls-test-body"),
                 "the request body reached a server whose certificate was refused");
        QVERIFY(server.received.isEmpty());
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend");
        QVERIFY(m_dir.isValid());
        QVERIFY(
            openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                     QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=Lattice Test CA")}));
        const QString loopback = QStringLiteral("DNS:localhost,IP:127.0.0.1");
        QVERIFY(issue(QStringLiteral("good"), loopback, 2));
        QVERIFY(issue(QStringLiteral("expired"), loopback, -1));
        QVERIFY(issue(QStringLiteral("wronghost"), QStringLiteral("DNS:lattice.example.net"), 2));
    }

    // The control: with the CA named, the same request gets through, so the
    // refusals below are about the certificate and not about the harness.
    void certificateFromTheNamedCaIsAccepted()
    {
        TlsServer server;
        QVERIFY(serve(server, QStringLiteral("good")));
        Net::HttpSession session;
        QString error;
        QVERIFY2(session.addCaFile(file(QStringLiteral("ca.pem")), &error), qPrintable(error));
        const HttpResponse response = post(session, server);
        QVERIFY2(response.ok(), qPrintable(response.describe()));
        QCOMPARE(response.body, QByteArray("ok"));
        QCOMPARE(server.requests, 1);
        QVERIFY(server.received.contains(QByteArray("Authorization: ") + Token));
        QVERIFY(server.received.contains(Body));
    }

    // Each certificate the profile must not accept, whether or not it names
    // the CA that issued it; the handshake fails before the request is sent.
    void untrustedCertificateIsRefused_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("namesTheCa");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown CA") << "good" << false << "issuer certificate";
        QTest::newRow("expired, even from the named CA") << "expired" << true << "expired";
        QTest::newRow("wrong host, even from the named CA") << "wronghost" << true << "host name";
    }

    void untrustedCertificateIsRefused()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, namesTheCa);
        QFETCH(QString, reason);
        TlsServer server;
        QVERIFY(serve(server, certificate));
        Net::HttpSession session;
        session.setRetryDelays(10, 20);
        if (namesTheCa)
            QVERIFY(session.addCaFile(file(QStringLiteral("ca.pem"))));
        const HttpResponse response = post(session, server);
        QCOMPARE(response.error, HttpResponse::Error::Network);
        QCOMPARE(response.status, 0);
        QVERIFY2(response.errorText.contains(reason), qPrintable(response.errorText));
        verifyNothingReached(server);
    }

    // A CA file that holds no certificate must not silently leave the session
    // as it was while the profile claims a private CA.
    void caFileWithoutCertificatesIsAnError()
    {
        QFile junk(file(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate\n");
        junk.close();
        Net::HttpSession session;
        QString error;
        QVERIFY(!session.addCaFile(junk.fileName(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!session.addCaFile(file(QStringLiteral("missing.pem")), &error));
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"
