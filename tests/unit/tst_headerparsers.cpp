#include "HeaderParsers.h"

#include <QTest>

using namespace Lattice;

class TestHeaderParsers : public QObject
{
    Q_OBJECT
private slots:
    void ghcrChallenge()
    {
        const auto c = AuthChallenge::bearer(
            "Bearer "
            "realm=\"https://ghcr.io/token\",service=\"ghcr.io\",scope=\"repository:latticenet/"
            "lattice-server:pull\"");
        QVERIFY(c);
        QCOMPARE(c->params.value(QStringLiteral("realm")), QStringLiteral("https://ghcr.io/token"));
        QCOMPARE(c->params.value(QStringLiteral("service")), QStringLiteral("ghcr.io"));
        QCOMPARE(c->params.value(QStringLiteral("scope")),
                 QStringLiteral("repository:latticenet/lattice-server:pull"));
    }

    void severalChallengesAndErrors()
    {
        const auto all = AuthChallenge::parse(
            "Basic realm=\"x\", Bearer "
            "realm=\"https://auth.example/token\",error=\"invalid_token\", scope=\"a:b\"");
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).scheme, QStringLiteral("basic"));
        QCOMPARE(all.at(1).params.value(QStringLiteral("error")), QStringLiteral("invalid_token"));
        QCOMPARE(all.at(1).params.value(QStringLiteral("scope")), QStringLiteral("a:b"));
    }

    void escapesAndCase()
    {
        const auto c = AuthChallenge::bearer("bEaReR REALM=\"https://a\\\"b\", Service=plain");
        QVERIFY(c);
        QCOMPARE(c->params.value(QStringLiteral("realm")), QStringLiteral("https://a\"b"));
        QCOMPARE(c->params.value(QStringLiteral("service")), QStringLiteral("plain"));
    }

    void hostileChallenges_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unterminated") << QByteArray("Bearer realm=\"https://x");
        QTest::newRow("junk") << QByteArray("\x01\x02\xff===,,,\"\"");
        QTest::newRow("only commas") << QByteArray(",,,,");
        QTest::newRow("long") << QByteArray(200000, 'a');
        QTest::newRow("trailing backslash") << QByteArray("Bearer realm=\"abc\\");
    }

    void hostileChallenges()
    {
        QFETCH(QByteArray, header);
        const auto c = AuthChallenge::bearer(header);
        QVERIFY(!c || c->params.value(QStringLiteral("realm")).isEmpty() ||
                c->params.value(QStringLiteral("realm")).startsWith(QStringLiteral("https://")));
    }

    void linkNext()
    {
        const QUrl base(
            QStringLiteral("https://ghcr.io/v2/latticenet/lattice-server/tags/list?n=100"));
        const auto next = LinkHeader::find(
            "</v2/latticenet/lattice-server/tags/list?last=0.2.1&n=100>; rel=\"next\"",
            QStringLiteral("next"), base);
        QVERIFY(next);
        QCOMPARE(next->toString(),
                 QStringLiteral(
                     "https://ghcr.io/v2/latticenet/lattice-server/tags/list?last=0.2.1&n=100"));
    }

    void linkGitHubStyle()
    {
        const QByteArray header =
            "<https://api.github.com/repositories/1/releases?per_page=100&page=2>; rel=\"next\", "
            "<https://api.github.com/repositories/1/releases?per_page=100&page=5>; rel=\"last\"";
        const QUrl base(QStringLiteral("https://api.github.com/repos/a/b/releases?per_page=100"));
        QCOMPARE(LinkHeader::find(header, QStringLiteral("last"), base)->query(),
                 QStringLiteral("per_page=100&page=5"));
        QCOMPARE(LinkHeader::find(header, QStringLiteral("next"), base)->query(),
                 QStringLiteral("per_page=100&page=2"));
        QVERIFY(!LinkHeader::find(header, QStringLiteral("prev"), base));
    }

    void linkMultipleRels()
    {
        const auto next = LinkHeader::find("<p2>; rel=\"prefetch next\"", QStringLiteral("next"),
                                           QUrl(QStringLiteral("https://h/a/p1")));
        QVERIFY(next);
        QCOMPARE(next->toString(), QStringLiteral("https://h/a/p2"));
    }

    void hostileLinks_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no brackets") << QByteArray("https://x; rel=next");
        QTest::newRow("unclosed") << QByteArray("<https://x; rel=\"next\"");
        QTest::newRow("unterminated quote") << QByteArray("<https://x>; rel=\"next");
        QTest::newRow("no rel") << QByteArray("<https://x>; title=\"next\"");
        QTest::newRow("garbage") << QByteArray("\xff\xfe<>;;;,,,");
    }

    void hostileLinks()
    {
        QFETCH(QByteArray, header);
        QVERIFY(
            !LinkHeader::find(header, QStringLiteral("next"), QUrl(QStringLiteral("https://h/"))));
    }
};

QTEST_GUILESS_MAIN(TestHeaderParsers)
#include "tst_headerparsers.moc"
