#include "CliProcess.h"
#include "TestArchives.h"
#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <clocale>
#include <sys/stat.h>

// Drives the real lattice-desk-cli binary for `verify` and `sums`: the exit
// codes, output lines and JSON shape are a contract scripts depend on.
class TestVerifyCli : public QObject
{
    Q_OBJECT
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray sha(const QByteArray& data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }

    static bool write(const QString& file, const QByteArray& data)
    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

    Run cli(const QStringList& args, const QByteArray& stdinData = {}, const QString& cwd = {})
    {
        Lattice::Test::CliOptions options;
        options.home = m_dir.path();
        options.input = stdinData;
        options.workingDirectory = cwd;
        const Lattice::Test::CliResult r = Lattice::Test::runCli(args, options);
        return {r.exitCode, r.out, r.err};
    }

    static Run shell(const QString& command, const QString& cwd)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(cwd);
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // A release folder: two good files, one tampered, one listed but absent.
    QString release()
    {
        const QString dir = path(QStringLiteral("release"));
        if (QFileInfo::exists(dir + QStringLiteral("/SHA256SUMS")))
            return dir;
        write(dir + QStringLiteral("/agent-linux-amd64"), "agent amd64");
        write(dir + QStringLiteral("/agent-linux-arm64"), "agent arm64");
        write(dir + QStringLiteral("/plugin.tar.gz"), "tampered");
        write(dir + QStringLiteral("/SHA256SUMS"),
              sha("agent amd64") + "  agent-linux-amd64\n" + sha("agent arm64") +
                  "  agent-linux-arm64\n" + sha("plugin") + "  plugin.tar.gz\n" + sha("gone") +
                  "  agent-darwin-arm64\n");
        write(dir + QStringLiteral("/GOOD"), sha("agent amd64") + "  agent-linux-amd64\n" +
                                                 sha("agent arm64") + "  agent-linux-arm64\n");
        write(dir + QStringLiteral("/WITH-MISSING"), sha("agent amd64") + "  agent-linux-amd64\n" +
                                                         sha("gone") + "  agent-darwin-arm64\n");
        return dir;
    }

    static QJsonObject json(const Run& r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        return doc.object();
    }

private slots:
    void helpListsTheCommands()
    {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("verify"));
        QVERIFY(r.out.contains("sums"));
        const Run v = cli({QStringLiteral("verify"), QStringLiteral("--help")});
        QCOMPARE(v.exitCode, 0);
        for (const char* option :
             {"--dir", "--archive", "--ignore-missing", "--strict", "--jobs", "--json"})
            QVERIFY2(v.out.contains(option), option);
    }

    void allOkExitsZero()
    {
        const QString dir = release();
        const Run r = cli({QStringLiteral("verify"), dir + QStringLiteral("/GOOD")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            r.out,
            QByteArray("agent-linux-amd64: OK\nagent-linux-arm64: OK\n"
                       "Summary: 2 ok, 0 failed, 0 missing, 0 unreadable, 3 unlisted, 0 malformed, "
                       "0 conflicting\n"));
        QVERIFY2(r.err.contains("WARNING: 3 files in the source are not listed"),
                 r.err.constData());
    }

    void problemsExitOneWithSha256sumLines()
    {
        const QString dir = release();
        const Run r = cli({QStringLiteral("verify"), dir + QStringLiteral("/SHA256SUMS")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("agent-linux-amd64: OK\n"));
        QVERIFY(r.out.contains("plugin.tar.gz: FAILED\n"));
        QVERIFY(r.out.contains("agent-darwin-arm64: FAILED open or read\n"));
        QVERIFY(r.out.contains("Summary: 2 ok, 1 failed, 1 missing, 0 unreadable"));
        QVERIFY(
            r.err.contains("lattice-desk-cli: agent-darwin-arm64: No such file or directory\n"));
        QVERIFY(r.err.contains("lattice-desk-cli: WARNING: 1 listed file could not be read\n"));
        QVERIFY(r.err.contains("lattice-desk-cli: WARNING: 1 computed checksum did NOT match\n"));
    }

    void resultLinesMatchSha256sum()
    {
        const QString dir = release();
        const Run ours = cli({QStringLiteral("verify"), QStringLiteral("SHA256SUMS")}, {}, dir);
        const Run theirs = shell(QStringLiteral("sha256sum -c SHA256SUMS"), dir);
        QCOMPARE(ours.exitCode, theirs.exitCode);
        QByteArray resultLines = ours.out;
        resultLines.truncate(resultLines.indexOf("Summary: "));
        QCOMPARE(resultLines, theirs.out);
    }

    void ignoreMissing()
    {
        const QString dir = release();
        const Run strictRun =
            cli({QStringLiteral("verify"), dir + QStringLiteral("/WITH-MISSING")});
        QCOMPARE(strictRun.exitCode, 1);
        const Run r = cli({QStringLiteral("verify"), QStringLiteral("--ignore-missing"),
                           dir + QStringLiteral("/WITH-MISSING")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("agent-darwin-arm64"));
        QVERIFY(r.out.contains("1 missing (ignored)"));

        write(dir + QStringLiteral("/ONLY-MISSING"), sha("gone") + "  agent-darwin-arm64\n");
        const Run nothing = cli({QStringLiteral("verify"), QStringLiteral("--ignore-missing"),
                                 dir + QStringLiteral("/ONLY-MISSING")});
        QCOMPARE(nothing.exitCode, 1); // verifying nothing is not success
        QVERIFY(nothing.err.contains("no file was verified"));
    }

    void refusedNamesAreUnreadable()
    {
        const QString dir = path(QStringLiteral("refused"));
        write(dir + QStringLiteral("/ok"), "ok");
        write(path(QStringLiteral("secret")), "secret");
        write(dir + QStringLiteral("/SUMS"),
              sha("ok") + "  ok\n" + sha("secret") + "  ../secret\n");
        const Run r = cli(
            {QStringLiteral("verify"), QStringLiteral("--json"), dir + QStringLiteral("/SUMS")});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray entries = json(r).value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("unreadable"));
        QVERIFY(entries.at(1).toObject().value(QStringLiteral("actual")).isNull());
    }

    void strictMakesMalformedLinesFail()
    {
        const QString dir = release();
        write(dir + QStringLiteral("/MALFORMED"),
              sha("agent amd64") + "  agent-linux-amd64\nthis is not a line\n");
        const Run lax = cli({QStringLiteral("verify"), dir + QStringLiteral("/MALFORMED")});
        QCOMPARE(lax.exitCode, 0);
        QVERIFY2(lax.err.contains("MALFORMED: 2: improperly formatted SHA256 checksum line"),
                 lax.err.constData());
        QVERIFY(lax.err.contains("WARNING: 1 line is improperly formatted"));
        const Run strict = cli({QStringLiteral("verify"), QStringLiteral("--strict"),
                                dir + QStringLiteral("/MALFORMED")});
        QCOMPARE(strict.exitCode, 1);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        const QString sums = release() + QStringLiteral("/GOOD");
        QTest::newRow("no sums") << QStringList{QStringLiteral("verify")}
                                 << QByteArray("exactly one checksum file");
        QTest::newRow("two sums") << QStringList{QStringLiteral("verify"), sums, sums}
                                  << QByteArray("exactly one");
        QTest::newRow("dir and archive")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--dir"),
                           QStringLiteral("."),      QStringLiteral("--archive"),
                           QStringLiteral("a.tar"),  sums}
            << QByteArray("cannot be used together");
        QTest::newRow("jobs zero")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--jobs"), QStringLiteral("0"),
                           sums}
            << QByteArray("--jobs");
        QTest::newRow("jobs text")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--jobs"),
                           QStringLiteral("many"), sums}
            << QByteArray("--jobs");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--quick"), sums}
            << QByteArray("quick");
        QTest::newRow("no such sums")
            << QStringList{QStringLiteral("verify"), path(QStringLiteral("nope"))}
            << QByteArray("No such file");
        QTest::newRow("sums is a directory")
            << QStringList{QStringLiteral("verify"), release()} << QByteArray("is a directory");
        QTest::newRow("no such dir")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--dir"),
                           path(QStringLiteral("nope")), sums}
            << QByteArray("not a directory");
        QTest::newRow("not an archive")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--archive"), sums, sums}
            << QByteArray("Unrecognized archive format");
        QTest::newRow("sums without files")
            << QStringList{QStringLiteral("sums")} << QByteArray("at least one file");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void checksumFileWithoutAValidLineExitsTwo()
    {
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 7919) % 251));
        write(path(QStringLiteral("junk/SHA256SUMS")), junk);
        const Run r = cli({QStringLiteral("verify"), path(QStringLiteral("junk/SHA256SUMS"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no properly formatted checksum lines found"));
        write(path(QStringLiteral("junk/EMPTY")), {});
        QCOMPARE(cli({QStringLiteral("verify"), path(QStringLiteral("junk/EMPTY"))}).exitCode, 2);
        // --json still prints its one object, with the bad lines numbered.
        const Run j = cli({QStringLiteral("verify"), QStringLiteral("--json"),
                           path(QStringLiteral("junk/SHA256SUMS"))});
        QCOMPARE(j.exitCode, 2);
        const QJsonObject o = json(j);
        QVERIFY(o.value(QStringLiteral("entries")).toArray().isEmpty());
        QVERIFY(!o.value(QStringLiteral("malformed_lines")).toArray().isEmpty());
        QCOMPARE(o.value(QStringLiteral("malformed_lines")).toArray().first().toInt(), 1);
    }

    void jsonIsOneObjectOfTheDocumentedShape()
    {
        const QString dir = release();
        write(dir + QStringLiteral("/CONFLICT"),
              sha("agent amd64") + "  agent-linux-amd64\n" + sha("other") +
                  "  agent-linux-amd64\nnot a line\n" + sha("plugin") + "  plugin.tar.gz\n");
        const Run r =
            cli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--jobs"),
                 QStringLiteral("2"), dir + QStringLiteral("/CONFLICT")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count('\n'), 1); // exactly one line, one object
        QVERIFY(r.err.isEmpty());
        const QJsonObject o = json(r);
        QCOMPARE(QStringList(o.keys()),
                 (QStringList{QStringLiteral("conflicts"), QStringLiteral("entries"),
                              QStringLiteral("malformed_lines"), QStringLiteral("source"),
                              QStringLiteral("summary"), QStringLiteral("sums_file"),
                              QStringLiteral("unlisted")}));
        QCOMPARE(o.value(QStringLiteral("sums_file")).toString(),
                 QDir(dir).absoluteFilePath(QStringLiteral("CONFLICT")));
        const QJsonObject source = o.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("kind")).toString(), QStringLiteral("dir"));
        QCOMPARE(source.value(QStringLiteral("path")).toString(), QDir(dir).absolutePath());
        const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        for (const QJsonValue& v : entries) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.size(), 4);
            QVERIFY(e.value(QStringLiteral("name")).isString());
            QVERIFY(e.value(QStringLiteral("expected")).isString());
            QVERIFY(e.value(QStringLiteral("actual")).isString() ||
                    e.value(QStringLiteral("actual")).isNull());
        }
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("actual")).toString(),
                 QString::fromLatin1(sha("agent amd64")));
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(o.value(QStringLiteral("malformed_lines")).toArray(), QJsonArray{3});
        QCOMPARE(o.value(QStringLiteral("conflicts")).toArray(),
                 QJsonArray{QStringLiteral("agent-linux-amd64")});
        QVERIFY(
            o.value(QStringLiteral("unlisted")).toArray().contains(QStringLiteral("SHA256SUMS")));
        const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary, (QJsonObject{{QStringLiteral("ok"), 1},
                                       {QStringLiteral("failed"), 2},
                                       {QStringLiteral("missing"), 0},
                                       {QStringLiteral("unreadable"), 0}}));
    }

    void archiveSource()
    {
        const QString dir = path(QStringLiteral("archive"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(TestArchives::write(
            dir + QStringLiteral("/bundle.tar.zst"),
            {TestArchives::file("bin/agent", "agent"),
             TestArchives::link(TestArchives::Member::Symlink, "bin/latest", "agent")},
            TestArchives::Container::TarZst));
        write(dir + QStringLiteral("/SUMS"), sha("agent") + "  bin/agent\n");
        const Run ok =
            cli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--archive"),
                 dir + QStringLiteral("/bundle.tar.zst"), dir + QStringLiteral("/SUMS")});
        QCOMPARE(ok.exitCode, 0);
        const QJsonObject o = json(ok);
        QCOMPARE(
            o.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("archive"));
        QCOMPARE(o.value(QStringLiteral("unlisted")).toArray(),
                 QJsonArray{QStringLiteral("bin/latest")});
        write(dir + QStringLiteral("/SUMS-LINK"),
              sha("agent") + "  bin/agent\n" + sha("agent") + "  bin/latest\n");
        const Run link =
            cli({QStringLiteral("verify"), QStringLiteral("--archive"),
                 dir + QStringLiteral("/bundle.tar.zst"), dir + QStringLiteral("/SUMS-LINK")});
        QCOMPARE(link.exitCode, 1);
        QVERIFY(link.out.contains("bin/latest: FAILED open or read"));
        QVERIFY(link.err.contains("not followed"));
    }

    void specialFilesAndLinksOutOfTheFolderAreNeverRead()
    {
        const QString dir = path(QStringLiteral("hostile"));
        write(dir + QStringLiteral("/ok"), "ok");
        QCOMPARE(mkfifo(QFile::encodeName(dir + QStringLiteral("/pipe")).constData(), 0600), 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir + QStringLiteral("/zero")));
        QVERIFY(QFile::link(QStringLiteral("/etc"), dir + QStringLiteral("/etc")));
        const QByteArray empty = sha({}); // what an empty read would hash to
        write(dir + QStringLiteral("/SUMS"), sha("ok") + "  ok\n" + empty + "  pipe\n" + empty +
                                                 "  zero\n" + empty + "  etc/hostname\n" + empty +
                                                 "  /dev/zero\n" + empty + "  bad-\xff\n");
        // Blocking on the FIFO or reading /dev/zero would never return.
        const Run r = cli({QStringLiteral("verify"), dir + QStringLiteral("/SUMS")});
        QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1\n%2")
                                                 .arg(r.exitCode)
                                                 .arg(QString::fromUtf8(r.err.right(4000)))));
        QVERIFY(r.out.startsWith("ok: OK\n"));
        for (const char* name : {"pipe", "zero", "etc/hostname", "/dev/zero"})
            QVERIFY2(r.out.contains(QByteArray(name) + ": FAILED open or read\n"), name);
        QVERIFY2(r.err.contains("pipe: not a regular file"), r.err.constData());
        QVERIFY2(r.err.contains("SUMS: 6: improperly formatted SHA256 checksum line (the name is "
                                "not valid UTF-8)"),
                 r.err.constData());

        // Devices in the chosen folder itself: opened, seen not to be files.
        write(path(QStringLiteral("dev.sums")), empty + "  zero\n" + empty + "  urandom\n");
        const Run dev = cli({QStringLiteral("verify"), QStringLiteral("--dir"),
                             QStringLiteral("/dev"), path(QStringLiteral("dev.sums"))});
        QCOMPARE(dev.exitCode, 1);
        QVERIFY(dev.out.contains("zero: FAILED open or read\n"));
        QVERIFY(dev.out.contains("urandom: FAILED open or read\n"));
        const Run sums = cli({QStringLiteral("sums"), QStringLiteral("/dev/zero")});
        QCOMPARE(sums.exitCode, 2);
        QVERIFY(sums.out.isEmpty());
    }

    void archiveNamesInAnyLocale()
    {
        const QString dir = path(QStringLiteral("names"));
        QVERIFY(QDir().mkpath(dir));
        {
            // Written the way a UTF-8 desktop writes them.
            const QByteArray previous = setlocale(LC_CTYPE, nullptr);
            QVERIFY(setlocale(LC_CTYPE, "C.UTF-8"));
            const bool written = TestArchives::write(dir + QStringLiteral("/names.zip"),
                                                     {TestArchives::file("caf\xc3\xa9", "coffee")},
                                                     TestArchives::Container::Zip) &&
                                 TestArchives::write(dir + QStringLiteral("/names.tar"),
                                                     {TestArchives::file("caf\xc3\xa9", "coffee"),
                                                      TestArchives::file("caf\xe9", "latin-1")},
                                                     TestArchives::Container::Tar);
            setlocale(LC_CTYPE, previous.constData());
            QVERIFY(written);
        }
        write(dir + QStringLiteral("/SUMS"), sha("coffee") + "  caf\xc3\xa9\n");
        // A script's LC_ALL=C must not lose a UTF-8 name from a zip.
        Lattice::Test::CliOptions options;
        options.home = m_dir.path();
        options.environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        const Lattice::Test::CliResult zip = Lattice::Test::runCli(
            {QStringLiteral("verify"), QStringLiteral("--archive"),
             dir + QStringLiteral("/names.zip"), dir + QStringLiteral("/SUMS")},
            options);
        QVERIFY2(zip.exitCode == 0, zip.out.constData());

        // A Latin-1 name is not UTF-8: shown with its byte, never matched.
        const Run tar =
            cli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--archive"),
                 dir + QStringLiteral("/names.tar"), dir + QStringLiteral("/SUMS")});
        QCOMPARE(tar.exitCode, 0);
        QCOMPARE(json(tar).value(QStringLiteral("unlisted")).toArray(),
                 QJsonArray{QStringLiteral("caf\\xe9 (the name is not valid UTF-8)")});
    }

    void explicitDirAndStandardInput()
    {
        const QString dir = release();
        QFile good(dir + QStringLiteral("/GOOD"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const Run r =
            cli({QStringLiteral("verify"), QStringLiteral("--dir"), dir, QStringLiteral("-")},
                good.readAll());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("agent-linux-amd64: OK\n"));
    }

    void sumsIsByteIdenticalToSha256sum()
    {
        const QString dir = path(QStringLiteral("sums"));
        const QStringList names{QStringLiteral("zeta.bin"),    QStringLiteral("Alpha.tar.gz"),
                                QStringLiteral("with space"),  QStringLiteral("ünï"),
                                QStringLiteral("sub/dir.bin"), QStringLiteral("back\\slash")};
        QStringList quoted;
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY(write(dir + QLatin1Char('/') + names.at(i),
                          QByteArray::number(i).repeated(100000 * i + 1)));
            quoted << QLatin1Char('\'') + names.at(i) + QLatin1Char('\'');
        }
        const Run ours =
            cli(QStringList{QStringLiteral("sums"), QStringLiteral("--jobs"), QStringLiteral("3")} +
                    names,
                {}, dir);
        QCOMPARE(ours.exitCode, 0);
        QVERIFY(ours.err.isEmpty());
        const Run theirs = shell(
            QStringLiteral("sha256sum %1 | sort -k2").arg(quoted.join(QLatin1Char(' '))), dir);
        QCOMPARE(ours.out, theirs.out);
        QVERIFY(write(dir + QStringLiteral("/OURS"), ours.out));
        const Run check = shell(QStringLiteral("sha256sum -c --strict OURS"), dir);
        QCOMPARE(check.exitCode, 0);
    }

    void sumsWithAnUnreadableFileExitsTwo()
    {
        const QString dir = path(QStringLiteral("sums-bad"));
        write(dir + QStringLiteral("/ok"), "ok");
        const Run r = cli({QStringLiteral("sums"), QStringLiteral("ok"), QStringLiteral("absent"),
                           QStringLiteral(".")},
                          {}, dir);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, sha("ok") + "  ok\n");
        QVERIFY(r.err.contains("lattice-desk-cli: absent: No such file or directory"));
        QVERIFY(r.err.contains("lattice-desk-cli: .: Is a directory"));
    }
};

QTEST_GUILESS_MAIN(TestVerifyCli)
#include "tst_verifycli.moc"
