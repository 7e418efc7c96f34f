#include "OrderedJson.h"

#include <QTest>

using Lattice::OrderedJson;

// The v2 manifest signature covers Go's re-encoding of the manifest, so the
// encoder is held to Go's output byte for byte.
class TestOrderedJson : public QObject
{
    Q_OBJECT

    static QByteArray go(const QByteArray& json)
    {
        QString error;
        const auto value = OrderedJson::parse(json, &error);
        if (!value)
            return "PARSE ERROR: " + error.toUtf8();
        return value->toGoCompact();
    }

private slots:
    void goEncoding_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("key order kept")
            << QByteArray("{ \"b\": 1, \"a\": 2, \"c\": {\"z\": true, \"y\": null} }")
            << QByteArray("{\"b\":1,\"a\":2,\"c\":{\"z\":true,\"y\":null}}");
        QTest::newRow("html escaping")
            << QByteArray("[\"<a href='x'>&</a>\"]")
            << QByteArray("[\"\\u003ca href='x'\\u003e\\u0026\\u003c/a\\u003e\"]");
        QTest::newRow("escapes decoded then re-escaped")
            << QByteArray("[\"\\u003e=0.2.1\", \"\\/path\", \"\\u0041\"]")
            << QByteArray("[\"\\u003e=0.2.1\",\"/path\",\"A\"]");
        QTest::newRow("short escapes") << QByteArray("[\"\\\" \\\\ \\b \\f \\n \\r \\t\"]")
                                       << QByteArray("[\"\\\" \\\\ \\b \\f \\n \\r \\t\"]");
        QTest::newRow("other controls")
            << QByteArray("[\"\\u0001\\u001f\\u007f\"]") << QByteArray("[\"\\u0001\\u001f\x7f\"]");
        QTest::newRow("line separators")
            << QByteArray("[\"\\u2028\\u2029\"]") << QByteArray("[\"\\u2028\\u2029\"]");
        QTest::newRow("non-ascii raw") << QByteArray("[\"\\u00e9 \xc3\xa9 \\ud83d\\ude00\"]")
                                       << QByteArray("[\"\xc3\xa9 \xc3\xa9 \xf0\x9f\x98\x80\"]");
        QTest::newRow("lone surrogate")
            << QByteArray("[\"\\ud800x\"]") << QByteArray("[\"\xef\xbf\xbdx\"]");
        QTest::newRow("high then non-low") << QByteArray("[\"\\ud800\\u0041\"]")
                                           << QByteArray("[\"\xef\xbf\xbd"
                                                         "A\"]");
        QTest::newRow("invalid utf-8") << QByteArray("[\"a\xff"
                                                     "b\xc0\xaf\"]")
                                       << QByteArray("[\"a\xef\xbf\xbd"
                                                     "b\xef\xbf\xbd\xef\xbf\xbd\"]");
        QTest::newRow("numbers as written")
            << QByteArray("[1.50, -0, 1e5, 2E-3]") << QByteArray("[1.50,-0,1e5,2E-3]");
        QTest::newRow("empty containers")
            << QByteArray(" { \"a\" : [ ] , \"b\" : { } } ") << QByteArray("{\"a\":[],\"b\":{}}");
        QTest::newRow("escaped key")
            << QByteArray("{\"a<b\": 1}") << QByteArray("{\"a\\u003cb\":1}");
    }

    void goEncoding()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(go(input), expected);
    }

    void refusesWhatGoRefuses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("trailing comma") << QByteArray("[1,]");
        QTest::newRow("trailing data") << QByteArray("{} {}");
        QTest::newRow("comment") << QByteArray("{/* x */}");
        QTest::newRow("single quotes") << QByteArray("['a']");
        QTest::newRow("leading zero") << QByteArray("[01]");
        QTest::newRow("bare dot") << QByteArray("[1.]");
        QTest::newRow("raw control") << QByteArray("[\"a\tb\"]");
        QTest::newRow("bad escape") << QByteArray("[\"\\x41\"]");
        QTest::newRow("short unicode escape") << QByteArray("[\"\\u00\"]");
        QTest::newRow("unterminated") << QByteArray("[\"abc");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}");
        QTest::newRow("duplicate key") << QByteArray("{\"a\":1,\"a\":2}");
        QTest::newRow("too deep") << QByteArray(600, '[') + QByteArray(600, ']');
    }

    void refusesWhatGoRefuses()
    {
        QFETCH(QByteArray, input);
        QString error;
        QVERIFY(!OrderedJson::parse(input, &error));
        QVERIFY(!error.isEmpty());
    }

    void withoutMemberKeepsTheRestInOrder()
    {
        const auto value = OrderedJson::parse("{\"z\":1,\"signature_ed25519\":\"x\",\"a\":2}");
        QVERIFY(value);
        QCOMPARE(value->withoutMember(QStringLiteral("signature_ed25519")).toGoCompact(),
                 QByteArray("{\"z\":1,\"a\":2}"));
        QVERIFY(value->member(QStringLiteral("a")));
        QVERIFY(!value->member(QStringLiteral("b")));
    }

    void canonicalSortsAndDoesNotHtmlEscape()
    {
        const auto value =
            OrderedJson::parse("{\"b\":\"<&>\",\"a\":{\"d\":1,\"c\":[\"\\u2028\"]}}");
        QVERIFY(value);
        QCOMPARE(value->toCanonical(),
                 QByteArray("{\"a\":{\"c\":[\"\xe2\x80\xa8\"],\"d\":1},\"b\":\"<&>\"}"));
    }
};

QTEST_GUILESS_MAIN(TestOrderedJson)
#include "tst_orderedjson.moc"
