#include "BaseUrlPolicy.h"

#include <QTest>

using Lattice::BaseUrlPolicy;

class TestBaseUrlPolicy : public QObject
{
    Q_OBJECT
private slots:
    void verdicts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("insecureFlag");
        QTest::addColumn<bool>("accepted");

        QTest::newRow("https") << "https://ghcr.io" << false << true;
        QTest::newRow("https with flag") << "https://api.github.com" << true << true;
        QTest::newRow("https loopback") << "https://127.0.0.1:8443" << false << true;
        QTest::newRow("http remote") << "http://ghcr.io" << false << false;
        QTest::newRow("http remote even with flag") << "http://ghcr.io" << true << false;
        QTest::newRow("http private address with flag") << "http://10.0.0.5:8088" << true << false;
        QTest::newRow("http loopback without flag") << "http://127.0.0.1:5000" << false << false;
        QTest::newRow("http loopback with flag") << "http://127.0.0.1:5000" << true << true;
        QTest::newRow("http 127/8 with flag") << "http://127.12.0.3:5000" << true << true;
        QTest::newRow("http localhost with flag") << "http://localhost:5000" << true << true;
        QTest::newRow("http LOCALHOST with flag") << "http://LOCALHOST:5000" << true << true;
        QTest::newRow("http ipv6 loopback with flag") << "http://[::1]:5000" << true << true;
        QTest::newRow("http ipv6 long loopback") << "http://[0:0:0:0:0:0:0:1]:5000" << true << true;
        QTest::newRow("http localhost.evil") << "http://localhost.evil.example:80" << true << false;
        QTest::newRow("http 127 prefix hostname") << "http://127.0.0.1.nip.io" << true << false;
        // QUrl canonicalises the short form to 127.0.0.1, which is loopback.
        QTest::newRow("http short ipv4 form") << "http://127.1:5000" << true << true;
        QTest::newRow("http ipv4-mapped ipv6") << "http://[::ffff:127.0.0.1]:5000" << true << false;
        QTest::newRow("http unspecified") << "http://0.0.0.0:5000" << true << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/" << true << false;
        QTest::newRow("file") << "file:///etc/passwd" << true << false;
        QTest::newRow("no host") << "https://" << false << false;
        QTest::newRow("relative") << "/v2/" << false << false;
        QTest::newRow("userinfo") << "https://user:pass@ghcr.io" << false << false;
    }

    void verdicts()
    {
        QFETCH(QString, url);
        QFETCH(bool, insecureFlag);
        QFETCH(bool, accepted);
        const auto verdict = BaseUrlPolicy::check(QUrl(url), insecureFlag);
        QCOMPARE(verdict.accepted, accepted);
        QCOMPARE(verdict.reason.isEmpty(), accepted);
    }

    void refusalNamesTheFlag()
    {
        const auto verdict = BaseUrlPolicy::check(QUrl(QStringLiteral("http://127.0.0.1:1")), false);
        QVERIFY(verdict.reason.contains(QStringLiteral("--insecure-loopback")));
    }
};

QTEST_GUILESS_MAIN(TestBaseUrlPolicy)
#include "tst_baseurlpolicy.moc"
