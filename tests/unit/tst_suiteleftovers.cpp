#include "TokenScan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Lattice::Test::Finding;
using Lattice::Test::Secret;

namespace {
const QString kFixture = QStringLiteral("suite-leftovers");
const QString kSelf = QStringLiteral("tst_suiteleftovers");

// Token-shaped literals in test sources: Lattice PATs ("token_<name>.<secret>"),
// GitHub classic and fine-grained tokens. Tests that make a token at run time
// (a prefix plus a UUID) are caught by their literal prefix.
const QRegularExpression
    kTokenLiteral(QStringLiteral("token_[a-z]+\\.[A-Za-z0-9_-]{16,}|\\bgh[pousr]_[A-Za-z0-9_]{8,}|"
                                 "github_pat_[A-Za-z0-9_]{16,}"));

bool addSecret(QList<Secret>& list, const QString& label, const QByteArray& value)
{
    for (const Secret& s : std::as_const(list)) {
        if (s.value == value)
            return false;
    }
    list.append({label, value});
    return true;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}
} // namespace

// Runs after every other test of a ctest run (each one requires the CTest
// fixture "suite-leftovers", whose cleanup this is; see Harness.cmake), and
// searches what the suite left behind for the tokens the tests use: the
// fixture server's tokens.json files and every token-shaped literal in the
// test sources. Searched:
//  - the CTest log of this run (Testing/Temporary/LastTest.log.tmp while
//    ctest runs, renamed LastTest.log when it ends) and the last finished
//    run's, which hold every test's stdout and stderr;
//  - test-home/<test>/{config,data,cache}: the XDG directories of each test,
//    where the app writes settings, the store, the cache and downloads.
// Not searched, because tests hold the tokens there as input: the source
// tree (scenario data under tests/fixtures/data, test sources) and
// test-services/keyring (gnome-keyring's own, encrypted storage of what the
// tests stored in it). The rest of test-services is the services' own state,
// which the app never writes. Temporary directories are gone by now; the
// tests that run token flows in one search it before it goes
// (tst_tokenleaks, tst_desktokenleaks, tst_crashoutput).
class TestSuiteLeftovers : public QObject
{
    Q_OBJECT

    static QString buildDir() { return qEnvironmentVariable("LATTICE_BUILD_DIR"); }
    static QString sourceDir() { return qEnvironmentVariable("LATTICE_SOURCE_DIR"); }

    static QList<Secret> tokensIn(const QString& sourceRoot)
    {
        QList<Secret> list;
        QDirIterator data(sourceRoot + QStringLiteral("/tests/fixtures/data"),
                          {QStringLiteral("tokens.json")}, QDir::Files,
                          QDirIterator::Subdirectories);
        while (data.hasNext()) {
            const QString path = data.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QJsonArray entries = QJsonDocument::fromJson(f.readAll()).array();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                addSecret(list,
                          QStringLiteral("token %1 of %2")
                              .arg(i)
                              .arg(QDir(sourceRoot).relativeFilePath(path)),
                          entries.at(i)[QStringLiteral("token")].toString().toUtf8());
            }
        }
        QDirIterator sources(
            sourceRoot + QStringLiteral("/tests"),
            {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.sh")}, QDir::Files,
            QDirIterator::Subdirectories);
        while (sources.hasNext()) {
            const QString path = sources.next();
            // This file's literals are the self-test's plants, not tokens a
            // test uses.
            if (QFileInfo(path).completeBaseName() == kSelf)
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            auto it = kTokenLiteral.globalMatch(QString::fromUtf8(f.readAll()));
            while (it.hasNext()) {
                addSecret(
                    list,
                    QStringLiteral("a literal in %1").arg(QDir(sourceRoot).relativeFilePath(path)),
                    it.next().captured().toUtf8());
            }
        }
        return list;
    }

    // The places listed in the class comment, under a build directory.
    static QStringList leftoversIn(const QString& build)
    {
        QStringList files;
        const QDir temporary(build + QStringLiteral("/Testing/Temporary"));
        for (const QString& name : temporary.entryList(
                 {QStringLiteral("LastTest*.log"), QStringLiteral("LastTest*.log.tmp")},
                 QDir::Files))
            files << temporary.filePath(name);
        files += Lattice::Test::filesUnder(build + QStringLiteral("/test-home"));
        return files;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(buildDir() + QStringLiteral("/CMakeCache.txt")).exists(),
                 "LATTICE_BUILD_DIR is not a build directory");
        QVERIFY2(QFileInfo(sourceDir() + QStringLiteral("/tests")).isDir(),
                 "LATTICE_SOURCE_DIR is not the source tree");
    }

    // Every planted token, in every form, in every kind of place, is found,
    // and a report never repeats the token it found.
    void findsPlantedTokens()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QByteArray token = "token_scannercanary." +
                                 QByteArray::number(QRandomGenerator::global()->generate64(), 36) +
                                 QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        // A token of another alphabet, for the form that changes only such.
        const QByteArray odd =
            "pat+/=" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "==";
        const QByteArray basic = QByteArray("mira:" + token).toBase64();
        struct Plant
        {
            QString path;
            QByteArray bytes;
            QString form;
        };
        const QString home = root.filePath(QStringLiteral("test-home/tst_x"));
        const QList<Plant> plants{
            {root.filePath(QStringLiteral("Testing/Temporary/LastTest.log.tmp")),
             "PASS   : x\nAuthorization: Bearer " + token + "\n", QStringLiteral("plain")},
            {root.filePath(QStringLiteral("Testing/Temporary/LastTest.log")),
             "QDEBUG : Authorization: Basic " + basic + "\n", QStringLiteral("base64")},
            {home + QStringLiteral("/config/latticenet/lattice-desk.conf"),
             "[General]\ntoken=" + token.mid(token.indexOf('.') + 1) + "\n",
             QStringLiteral("secret half")},
            {home + QStringLiteral("/data/latticenet/lattice-desk/lattice-desk.sqlite"),
             QByteArray("SQLite format 3\0\x10", 18) + token.toBase64() + QByteArray(64, '\0'),
             QStringLiteral("base64")},
            {home + QStringLiteral("/data/latticenet/lattice-desk/artifacts/v0.2.9/.partial"),
             "GET /x?access_token=" + odd.toPercentEncoding() + " HTTP/1.1",
             QStringLiteral("percent-encoded")},
            {home + QStringLiteral("/cache/latticenet/lattice-desk/http/0/entry"),
             QByteArray(3, '\0') + token, QStringLiteral("plain")},
        };
        for (const Plant& p : plants)
            writeFile(p.path, p.bytes);
        writeFile(home + QStringLiteral("/config/clean.conf"), "[General]\nname=Fixture\n");
        writeFile(root.filePath(QStringLiteral("Testing/Temporary/CTestCostData.txt")),
                  token); // not a log: not one of the places

        const QStringList files = leftoversIn(root.path());
        QCOMPARE(files.size(), plants.size() + 1);
        const QList<Secret> secrets{{QStringLiteral("the canary"), token},
                                    {QStringLiteral("the odd canary"), odd}};
        const QList<Finding> found = Lattice::Test::findSecretsInFiles(files, secrets);
        for (const Plant& p : plants) {
            const bool hit = std::any_of(found.cbegin(), found.cend(), [&p](const Finding& f) {
                return f.where == p.path && f.form == p.form;
            });
            QVERIFY2(hit, qPrintable(p.path + QStringLiteral(" as ") + p.form));
        }
        for (const Finding& f : found)
            QVERIFY2(!f.where.endsWith(QLatin1String("clean.conf")), qPrintable(f.where));
        const QString report = Lattice::Test::describe(found);
        QVERIFY(!report.isEmpty());
        for (const Secret& s : secrets) {
            for (const auto& needle : Lattice::Test::needlesFor(s.value))
                QVERIFY(!report.toUtf8().contains(needle.bytes));
        }
    }

    // The token list comes from the fixture's data and the test sources.
    void collectsTokensFromFixturesAndSources()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        writeFile(root.filePath(QStringLiteral("tests/fixtures/data/default/lattice/tokens.json")),
                  "[{\"token\": \"token_plantedfixture.Pl4ntedF1xtureS3cretN0tAT0ken0\"}]");
        writeFile(root.filePath(QStringLiteral("tests/unit/tst_x.cpp")),
                  "const char t[] = \"ghp_PlantedLiteral000000000000\";\n"
                  "const char u[] = \"ghp_short\";\n"); // "short": 5 characters, not a token
        QList<QByteArray> values;
        for (const Secret& s : tokensIn(root.path()))
            values << s.value;
        QCOMPARE(values, (QList<QByteArray>{"token_plantedfixture.Pl4ntedF1xtureS3cretN0tAT0ken0",
                                            "ghp_PlantedLiteral000000000000"}));

        // The real tree: every tokens.json entry is on the list.
        const QList<Secret> real = tokensIn(sourceDir());
        int fromFixtures = 0;
        for (const Secret& s : real)
            fromFixtures += s.label.contains(QLatin1String("tokens.json"));
        QVERIFY(fromFixtures >= 2);
        QVERIFY(real.size() > fromFixtures);
    }

    // With ctest --parallel, "after the whole suite" holds only if every
    // other test requires the fixture this test cleans up.
    void runsAfterEveryOtherTest()
    {
        // ctest asked about the build directory itself would rewrite
        // Testing/Temporary/LastTest.log, the very log searched below (and the
        // one the ctest running us is writing): ask it about a copy of the
        // test files instead.
        QTemporaryDir copy;
        QVERIFY(copy.isValid());
        QStringList pending{QString()};
        while (!pending.isEmpty()) {
            const QString dir = pending.takeFirst();
            QFile testfile(buildDir() + dir + QStringLiteral("/CTestTestfile.cmake"));
            if (!testfile.open(QIODevice::ReadOnly))
                continue; // a directory without tests
            const QByteArray text = testfile.readAll();
            writeFile(copy.path() + dir + QStringLiteral("/CTestTestfile.cmake"), text);
            static const QRegularExpression subdirs(QStringLiteral("subdirs\\(\"([^\"]+)\"\\)"));
            auto it = subdirs.globalMatch(QString::fromUtf8(text));
            while (it.hasNext())
                pending << dir + QLatin1Char('/') + it.next().captured(1);
        }
        QProcess ctest;
        ctest.start(
            qEnvironmentVariable("LATTICE_CTEST"),
            {QStringLiteral("--test-dir"), copy.path(), QStringLiteral("--show-only=json-v1")});
        QVERIFY(ctest.waitForFinished(60000));
        QCOMPARE(ctest.exitCode(), 0);
        const QJsonArray tests =
            QJsonDocument::fromJson(ctest.readAllStandardOutput())[QStringLiteral("tests")]
                .toArray();
        QVERIFY(tests.size() > 1);
        QStringList unordered;
        bool selfIsCleanup = false;
        for (const QJsonValue& test : tests) {
            QStringList required;
            QStringList cleans;
            for (const QJsonValue& p : test[QStringLiteral("properties")].toArray()) {
                const QString name = p[QStringLiteral("name")].toString();
                const QJsonValue value = p[QStringLiteral("value")];
                QStringList values = value.toString().split(u';', Qt::SkipEmptyParts);
                for (const QJsonValue& v : value.toArray())
                    values << v.toString();
                if (name == QLatin1String("FIXTURES_REQUIRED"))
                    required = values;
                else if (name == QLatin1String("FIXTURES_CLEANUP"))
                    cleans = values;
            }
            const QString name = test[QStringLiteral("name")].toString();
            if (name == kSelf)
                selfIsCleanup = cleans.contains(kFixture) && !required.contains(kFixture);
            else if (!required.contains(kFixture))
                unordered << name;
        }
        QVERIFY(selfIsCleanup);
        QVERIFY2(unordered.isEmpty(), qPrintable(unordered.join(QStringLiteral(", "))));
    }

    void suiteLeftNoToken()
    {
        const QList<Secret> secrets = tokensIn(sourceDir());
        const QStringList files = leftoversIn(buildDir());
        QVERIFY2(
            std::any_of(files.cbegin(), files.cend(),
                        [](const QString& f) { return f.contains(QLatin1String("/LastTest")); }),
            "no CTest log to search: run this through ctest");
        qInfo("searched %lld files for %lld tokens", static_cast<long long>(files.size()),
              static_cast<long long>(secrets.size()));
        const QList<Finding> found = Lattice::Test::findSecretsInFiles(files, secrets);
        QVERIFY2(found.isEmpty(), qPrintable(Lattice::Test::describe(found)));
    }
};

QTEST_GUILESS_MAIN(TestSuiteLeftovers)
#include "tst_suiteleftovers.moc"
