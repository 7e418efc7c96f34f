#include "ArchiveReader.h"
#include "TestArchives.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <clocale>

using namespace Lattice;
using TestArchives::Container;
using TestArchives::Member;

Q_DECLARE_METATYPE(TestArchives::Container)

namespace {
QByteArray readAll(ArchiveReader& reader)
{
    QByteArray data;
    char buffer[4096];
    for (;;) {
        const qint64 got = reader.read(buffer, sizeof buffer);
        if (got <= 0)
            return got < 0 ? QByteArray("<error>") : data;
        data.append(buffer, got);
    }
}

// Switches LC_CTYPE for one scope; the test is single-threaded.
struct CtypeLocale
{
    explicit CtypeLocale(const char* name)
        : previous(setlocale(LC_CTYPE, nullptr))
        , ok(setlocale(LC_CTYPE, name) != nullptr)
    {}
    ~CtypeLocale() { setlocale(LC_CTYPE, previous.constData()); }
    CtypeLocale(const CtypeLocale&) = delete;
    CtypeLocale& operator=(const CtypeLocale&) = delete;
    const QByteArray previous;
    const bool ok;
};

bool run(const QString& command, const QString& directory)
{
    QProcess shell;
    shell.setWorkingDirectory(directory);
    shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
    return shell.waitForFinished(120000) && shell.exitStatus() == QProcess::NormalExit &&
           shell.exitCode() == 0;
}
} // namespace

class TestArchiveReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void readsEveryContainer_data()
    {
        QTest::addColumn<Container>("container");
        QTest::addColumn<QString>("name");
        QTest::newRow("tar") << Container::Tar << QStringLiteral("r.tar");
        QTest::newRow("tar.gz") << Container::TarGz << QStringLiteral("r.tar.gz");
        QTest::newRow("tar.xz") << Container::TarXz << QStringLiteral("r.tar.xz");
        QTest::newRow("tar.zst") << Container::TarZst << QStringLiteral("r.tar.zst");
        QTest::newRow("zip") << Container::Zip << QStringLiteral("r.zip");
    }

    void readsEveryContainer()
    {
        QFETCH(Container, container);
        QFETCH(QString, name);
        Member dir;
        dir.kind = Member::Directory;
        dir.path = "bin/";
        const QByteArray big = QByteArray("0123456789abcdef").repeated(300000); // crosses buffers
        QVERIFY(TestArchives::write(
            path(name),
            {TestArchives::file("README", "hello\n"), dir, TestArchives::file("bin/agent", big)},
            container));
        ArchiveReader reader(path(name));
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        ArchiveReader::Entry e;
        QVERIFY(reader.next(&e));
        QCOMPARE(e.path, QStringLiteral("README"));
        QCOMPARE(e.type, ArchiveReader::EntryType::File);
        QCOMPARE(readAll(reader), QByteArray("hello\n"));
        QVERIFY(reader.next(&e));
        QCOMPARE(e.type, ArchiveReader::EntryType::Directory);
        QVERIFY(reader.next(&e));
        QCOMPARE(e.path, QStringLiteral("bin/agent"));
        QCOMPARE(e.size, big.size());
        QCOMPARE(readAll(reader), big);
        QVERIFY(!reader.next(&e));
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    }

    void readsWhatBsdtarWrites_data()
    {
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("name");
        QTest::newRow("gzip") << QStringLiteral("-czf") << QStringLiteral("b.tar.gz");
        QTest::newRow("bzip2") << QStringLiteral("-cjf") << QStringLiteral("b.tar.bz2");
        QTest::newRow("xz") << QStringLiteral("-cJf") << QStringLiteral("b.tar.xz");
        QTest::newRow("zstd") << QStringLiteral("--zstd -cf") << QStringLiteral("b.tar.zst");
        QTest::newRow("zip") << QStringLiteral("--format zip -cf") << QStringLiteral("b.zip");
    }

    void readsWhatBsdtarWrites()
    {
        QFETCH(QString, flags);
        QFETCH(QString, name);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("tree/sub")));
        QFile f(path(QStringLiteral("tree/sub/data.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'z'));
        f.close();
        QVERIFY(run(QStringLiteral("bsdtar %1 %2 -C tree sub").arg(flags, name), m_dir.path()));
        ArchiveReader reader(path(name));
        QVERIFY(reader.open());
        ArchiveReader::Entry e;
        bool found = false;
        while (reader.next(&e)) {
            if (e.path == QLatin1String("sub/data.bin")) {
                found = true;
                QCOMPARE(readAll(reader), QByteArray(100000, 'z'));
            }
        }
        QVERIFY(found);
        QVERIFY(!reader.hasError());
    }

    void linksAndDevicesAreReportedNotFollowed()
    {
        QVERIFY(TestArchives::write(path(QStringLiteral("links.tar")),
                                    {TestArchives::file("real", "data"),
                                     TestArchives::link(Member::Symlink, "soft", "/etc/passwd"),
                                     TestArchives::link(Member::Hardlink, "hard", "real"),
                                     TestArchives::link(Member::Fifo, "pipe", {})},
                                    Container::Tar));
        ArchiveReader reader(path(QStringLiteral("links.tar")));
        QVERIFY(reader.open());
        ArchiveReader::Entry e;
        QVERIFY(reader.next(&e));
        QVERIFY(reader.next(&e));
        QCOMPARE(e.type, ArchiveReader::EntryType::Symlink);
        QCOMPARE(e.target, QStringLiteral("/etc/passwd"));
        QVERIFY(reader.next(&e));
        QCOMPARE(e.type, ArchiveReader::EntryType::Hardlink);
        QCOMPARE(e.target, QStringLiteral("real"));
        QVERIFY(reader.next(&e));
        QCOMPARE(e.type, ArchiveReader::EntryType::Other);
        QVERIFY(!reader.next(&e));
        QVERIFY(!reader.hasError());
    }

    void devicesAndFifosHaveNoData_data()
    {
        QTest::addColumn<Container>("container");
        QTest::newRow("tar") << Container::Tar;
        QTest::newRow("tar.gz") << Container::TarGz;
    }

    void devicesAndFifosHaveNoData()
    {
        QFETCH(Container, container);
        const QString name =
            path(QStringLiteral("devices-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(TestArchives::write(name,
                                    {TestArchives::special(Member::CharDevice, "dev/zero"),
                                     TestArchives::special(Member::BlockDevice, "dev/sda"),
                                     TestArchives::special(Member::Fifo, "pipe"),
                                     TestArchives::file("after", "after")},
                                    container));
        ArchiveReader reader(name);
        QVERIFY(reader.open());
        ArchiveReader::Entry e;
        for (const char* special : {"dev/zero", "dev/sda", "pipe"}) {
            QVERIFY2(reader.next(&e), special);
            QCOMPARE(e.path, QString::fromLatin1(special));
            QCOMPARE(e.type, ArchiveReader::EntryType::Other);
            // The header is all there is: no device is opened in its place.
            QCOMPARE(readAll(reader), QByteArray());
        }
        QVERIFY(reader.next(&e));
        QCOMPARE(e.path, QStringLiteral("after"));
        QCOMPARE(readAll(reader), QByteArray("after"));
        QVERIFY(!reader.next(&e));
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    }

    void namesThatAreNotUtf8AreFlaggedAndEscaped_data()
    {
        QTest::addColumn<Container>("container");
        QTest::addColumn<QString>("badName"); // what the reader shows
        // tar keeps the bytes; a zip that flags the name as UTF-8 keeps none.
        QTest::newRow("tar") << Container::Tar << QStringLiteral("bad-\\xff\\xfe\\x5c.bin");
        QTest::newRow("tar.gz") << Container::TarGz << QStringLiteral("bad-\\xff\\xfe\\x5c.bin");
        QTest::newRow("zip") << Container::Zip << QString();
    }

    void namesThatAreNotUtf8AreFlaggedAndEscaped()
    {
        QFETCH(Container, container);
        QFETCH(QString, badName);
        const QString name =
            path(QStringLiteral("names-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        {
            // Written as a UTF-8 desktop writes them, whatever the test runs under.
            const CtypeLocale utf8("C.UTF-8");
            QVERIFY(utf8.ok);
            QVERIFY(TestArchives::write(name,
                                        {TestArchives::file("bad-\xff\xfe\\.bin", "bad"),
                                         TestArchives::file("ok-\xc3\xa9.bin", "ok"),
                                         TestArchives::file("rep-\xef\xbf\xbd.bin", "rep")},
                                        container));
        }
        ArchiveReader reader(name);
        QVERIFY(reader.open());
        ArchiveReader::Entry e;
        QVERIFY(reader.next(&e));
        QVERIFY(!e.validName);
        // Not "bad-\uFFFD\uFFFD.bin", which a listed name could spell too.
        QCOMPARE(e.path, badName);
        QCOMPARE(readAll(reader), QByteArray("bad")); // the member itself is fine
        QVERIFY(reader.next(&e));
        QVERIFY(e.validName);
        QCOMPARE(e.path, QStringLiteral("ok-\u00e9.bin"));
        QVERIFY(reader.next(&e));
        QVERIFY(e.validName); // U+FFFD is a character like any other
        QCOMPARE(e.path, QStringLiteral("rep-\ufffd.bin"));
        QVERIFY(!reader.next(&e));
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    }

    void utf8NamesSurviveACLocale_data()
    {
        QTest::addColumn<Container>("container");
        QTest::newRow("tar") << Container::Tar;
        QTest::newRow("zip") << Container::Zip;
    }

    void utf8NamesSurviveACLocale()
    {
        // A script run under LC_ALL=C: libarchive alone has no name for a
        // zip member flagged UTF-8 that is not ASCII.
        QFETCH(Container, container);
        const QString name =
            path(QStringLiteral("c-locale-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        {
            const CtypeLocale utf8("C.UTF-8");
            QVERIFY(utf8.ok);
            QVERIFY(TestArchives::write(name, {TestArchives::file("bin/\xc3\xa9t\xc3\xa9", "x")},
                                        container));
        }
        const CtypeLocale c("C");
        QVERIFY(c.ok);
        ArchiveReader reader(name);
        QVERIFY(reader.open());
        ArchiveReader::Entry e;
        QVERIFY(reader.next(&e));
        QVERIFY(e.validName);
        QCOMPARE(e.path, QStringLiteral("bin/\u00e9t\u00e9"));
        QCOMPARE(readAll(reader), QByteArray("x"));
    }

    void totalLimitStopsReading()
    {
        QVERIFY(TestArchives::write(path(QStringLiteral("three.tar.gz")),
                                    {TestArchives::zeros("one", 4 << 20),
                                     TestArchives::zeros("two", 4 << 20),
                                     TestArchives::zeros("three", 4 << 20)},
                                    Container::TarGz));
        ArchiveLimits limits;
        limits.maxTotalBytes = 6 << 20;
        ArchiveReader reader(path(QStringLiteral("three.tar.gz")), limits);
        QVERIFY(reader.open());
        ArchiveReader::Entry e;
        QVERIFY(reader.next(&e));
        QCOMPARE(readAll(reader).size(), 4 << 20);
        QVERIFY(reader.next(&e));
        QCOMPARE(readAll(reader), QByteArray("<error>"));
        QVERIFY(reader.limitReached());
        QVERIFY(reader.hasError());
        QVERIFY2(reader.errorString().contains(QStringLiteral("expands beyond")),
                 qPrintable(reader.errorString()));
        QVERIFY(!reader.next(&e));
    }

    void entryLimitStopsReading()
    {
        QVERIFY(TestArchives::write(path(QStringLiteral("one.tar.zst")),
                                    {TestArchives::zeros("big", 10 << 20)}, Container::TarZst));
        ArchiveLimits limits;
        limits.maxEntryBytes = 1 << 20;
        ArchiveReader reader(path(QStringLiteral("one.tar.zst")), limits);
        QVERIFY(reader.open());
        ArchiveReader::Entry e;
        QVERIFY(reader.next(&e));
        QCOMPARE(readAll(reader), QByteArray("<error>"));
        QVERIFY(reader.limitReached());
    }

    void skippingCompressedDataCountsAgainstTheLimit()
    {
        // libarchive's own skip would inflate the whole member unbounded.
        QVERIFY(TestArchives::write(
            path(QStringLiteral("skip.tar.gz")),
            {TestArchives::zeros("bomb", 64 << 20), TestArchives::file("after", "x")},
            Container::TarGz));
        ArchiveLimits limits;
        limits.maxTotalBytes = 8 << 20;
        ArchiveReader reader(path(QStringLiteral("skip.tar.gz")), limits);
        QVERIFY(reader.open());
        ArchiveReader::Entry e;
        QVERIFY(reader.next(&e));
        QVERIFY(!reader.next(&e)); // skipping "bomb" runs into the limit
        QVERIFY(reader.limitReached());
    }

    void skippingUncompressedDataSeeks()
    {
        QVERIFY(TestArchives::write(
            path(QStringLiteral("skip.tar")),
            {TestArchives::zeros("big", 64 << 20), TestArchives::file("after", "x")},
            Container::Tar));
        ArchiveLimits limits;
        limits.maxTotalBytes = 8 << 20;
        ArchiveReader reader(path(QStringLiteral("skip.tar")), limits);
        QVERIFY(reader.open());
        ArchiveReader::Entry e;
        QVERIFY(reader.next(&e));
        QVERIFY(reader.next(&e));
        QCOMPARE(e.path, QStringLiteral("after"));
        QCOMPARE(readAll(reader), QByteArray("x"));
    }

    void sparseMemberDeclaresItsSizeAndSkipsCheaply_data()
    {
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("name");
        QTest::newRow("tar") << QStringLiteral("-cf") << QStringLiteral("sparse.tar");
        QTest::newRow("tar.gz") << QStringLiteral("-czf") << QStringLiteral("sparse.tar.gz");
    }

    void sparseMemberDeclaresItsSizeAndSkipsCheaply()
    {
        QFETCH(QString, flags);
        QFETCH(QString, name);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sparse")));
        QVERIFY(
            run(QStringLiteral("truncate -s 64G sparse/huge.img && echo tail > sparse/tail.txt && "
                               "bsdtar %1 %2 -C sparse huge.img tail.txt && rm sparse/huge.img")
                    .arg(flags, name),
                m_dir.path()));
        QVERIFY(QFileInfo(path(name)).size() < 1 << 20);
        // Reading the 64 GiB of holes would take minutes and hit the test's
        // timeout; the header alone must be enough to skip the member.
        ArchiveReader reader(path(name));
        QVERIFY(reader.open());
        ArchiveReader::Entry e;
        QVERIFY(reader.next(&e));
        QCOMPARE(e.size, qint64(64) << 30);
        QVERIFY(e.size > reader.limits().maxEntryBytes);
        QVERIFY2(reader.next(&e), qPrintable(reader.errorString()));
        QCOMPARE(e.path, QStringLiteral("tail.txt"));
        QCOMPARE(readAll(reader), QByteArray("tail\n"));
    }

    void entryCountIsBounded()
    {
        QList<Member> members;
        for (int i = 0; i < 50; ++i)
            members.append(TestArchives::file("f" + QByteArray::number(i), "x"));
        QVERIFY(TestArchives::write(path(QStringLiteral("many.tar")), members, Container::Tar));
        ArchiveLimits limits;
        limits.maxEntries = 10;
        ArchiveReader reader(path(QStringLiteral("many.tar")), limits);
        QVERIFY(reader.open());
        ArchiveReader::Entry e;
        int seen = 0;
        while (reader.next(&e))
            ++seen;
        QCOMPARE(seen, 10);
        QVERIFY(reader.limitReached());
    }

    void junkAndTruncationAreErrorsNotCrashes()
    {
        QRandomGenerator random(7);
        QByteArray junk(256 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(junk.data()), junk.size() / 4);
        QFile f(path(QStringLiteral("junk.tar.gz")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(junk);
        f.close();
        {
            ArchiveReader reader(path(QStringLiteral("junk.tar.gz")));
            ArchiveReader::Entry e;
            QVERIFY(!reader.open() || !reader.next(&e));
            QVERIFY(reader.hasError());
        }

        QVERIFY(TestArchives::write(path(QStringLiteral("whole.tar.gz")),
                                    {TestArchives::file("a", junk), TestArchives::file("b", junk)},
                                    Container::TarGz));
        QFile whole(path(QStringLiteral("whole.tar.gz")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QFile cut(path(QStringLiteral("cut.tar.gz")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        ArchiveReader reader(path(QStringLiteral("cut.tar.gz")));
        QVERIFY(reader.open());
        ArchiveReader::Entry e;
        bool failedSomewhere = false;
        while (reader.next(&e)) {
            if (readAll(reader) == "<error>")
                failedSomewhere = true;
        }
        QVERIFY(failedSomewhere || reader.hasError());
    }

    void missingEmptyAndDirectoryPaths()
    {
        ArchiveReader missing(path(QStringLiteral("nope.tar")));
        QVERIFY(!missing.open());
        QVERIFY(!missing.errorString().isEmpty());
        ArchiveReader directory(m_dir.path());
        QVERIFY(!directory.open());
        QFile empty(path(QStringLiteral("empty.tar")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        ArchiveReader emptyReader(path(QStringLiteral("empty.tar")));
        ArchiveReader::Entry e;
        QVERIFY(!emptyReader.open() || !emptyReader.next(&e));
    }

    void limitsScaleWithTheArchive()
    {
        const qint64 GiB = qint64(1) << 30;
        QCOMPARE(ArchiveLimits::forArchiveSize(1 << 20).maxTotalBytes, GiB);
        QCOMPARE(ArchiveLimits::forArchiveSize(10 * GiB).maxTotalBytes, 10000 * GiB);
        QVERIFY(
            ArchiveLimits::forArchiveSize(std::numeric_limits<qint64>::max() / 2).maxTotalBytes >
            0);
    }

    void archiveNames()
    {
        QVERIFY(ArchiveReader::isArchiveFileName(QStringLiteral("agent.tar.gz")));
        QVERIFY(ArchiveReader::isArchiveFileName(QStringLiteral("PLUGIN.ZIP")));
        QVERIFY(ArchiveReader::isArchiveFileName(QStringLiteral("x.tar.zst")));
        QVERIFY(!ArchiveReader::isArchiveFileName(QStringLiteral("SHA256SUMS")));
        QVERIFY(!ArchiveReader::isArchiveFileName(QStringLiteral("agent.gz")));
    }
};

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "tst_archivereader.moc"
