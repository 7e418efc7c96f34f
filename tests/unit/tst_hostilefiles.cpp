#include "ProcessMemory.h"
#include "Sha256.h"
#include "TestArchives.h"
#include "VerificationTestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <clocale>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Lattice;
using namespace VerificationTest;
using TestArchives::Container;

Q_DECLARE_METATYPE(TestArchives::Container)

// Checksum verification against files and archives made to hurt it: archives
// that expand far beyond their size, sparse and truncated ones, names that are
// not UTF-8, and FIFOs, devices and links out of the folder. Nothing outside
// the chosen base is read, nothing is extracted, memory stays bounded, and no
// hostile entry can pass as OK.
class TestHostileFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void archiveBombIsBoundedAndReported()
    {
        // Default limits: the archive is a few hundred KiB, so it may expand to
        // 1 GiB; its members claim 1.4 GiB.
        const qint64 member = qint64(700) << 20;
        QVERIFY(TestArchives::write(path(QStringLiteral("bomb.tar.zst")),
                                    {TestArchives::zeros("one", member),
                                     TestArchives::zeros("two", member),
                                     TestArchives::file("small", "small")},
                                    Container::TarZst));
        QVERIFY(QFileInfo(path(QStringLiteral("bomb.tar.zst"))).size() < 1 << 20);
        const QByteArray zeros = Sha256::hash(QByteArray(1, '\0')); // a wrong digest is fine
        QVERIFY(writeFile(path(QStringLiteral("bomb.sums")),
                          zeros + "  one\n" + zeros + "  two\n" + sha("small") + "  small\n"));
        Lattice::Test::resetPeakRss();
        const qint64 before = Lattice::Test::currentRssKiB();
        const VerificationReport report = verify(
            path(QStringLiteral("bomb.sums")), archiveSource(path(QStringLiteral("bomb.tar.zst"))));
        QVERIFY((Lattice::Test::peakRssKiB() - before) < 64 * 1024);
        EXPECT_STATUS(report, "one", EntryStatus::Failed); // read in full, within the bound
        EXPECT_STATUS(report, "two", EntryStatus::Unreadable);
        QVERIFY2(
            find(report, QStringLiteral("two"))->detail.contains(QStringLiteral("expands beyond")),
            qPrintable(find(report, QStringLiteral("two"))->detail));
        EXPECT_STATUS(report, "small", EntryStatus::Unreadable); // never reached, so not "missing"
        QVERIFY(find(report, QStringLiteral("small"))
                    ->detail.startsWith(QStringLiteral("not reached")));
        QVERIFY(!report.sourceError.isEmpty());
    }

    void sparseMemberIsRefusedFromItsHeader()
    {
        const QString dir = path(QStringLiteral("sparse"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(
            shell(QStringLiteral("truncate -s 64G huge.img && echo tail > tail.txt && "
                                 "bsdtar -czf ../sparse.tar.gz huge.img tail.txt && rm huge.img"),
                  dir)
                .exitCode == 0);
        QVERIFY(writeFile(path(QStringLiteral("sparse.sums")),
                          sha("x") + "  huge.img\n" + sha("tail\n") + "  tail.txt\n"));
        const VerificationReport report =
            verify(path(QStringLiteral("sparse.sums")),
                   archiveSource(path(QStringLiteral("sparse.tar.gz"))));
        EXPECT_STATUS(report, "huge.img", EntryStatus::Unreadable);
        QVERIFY(
            find(report, QStringLiteral("huge.img"))->detail.contains(QStringLiteral("declares")));
        EXPECT_STATUS(report, "tail.txt", EntryStatus::Ok);
    }

    void bombInEveryContainerStaysInBoundedMemory_data()
    {
        QTest::addColumn<Container>("container");
        QTest::newRow("tar.gz") << Container::TarGz;
        QTest::newRow("zip") << Container::Zip;
    }

    void bombInEveryContainerStaysInBoundedMemory()
    {
        // tar.zst at the default limits is archiveBombIsBoundedAndReported;
        // here each member alone is larger than the memory allowed to grow.
        QFETCH(Container, container);
        const QString name =
            path(QStringLiteral("bomb-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        const qint64 member = qint64(64) << 20;
        QVERIFY(TestArchives::write(name,
                                    {TestArchives::zeros("one", member),
                                     TestArchives::zeros("two", member),
                                     TestArchives::file("small", "small")},
                                    container));
        QVERIFY(QFileInfo(name).size() < member / 100);
        const QByteArray zero = Sha256::hash(QByteArray(1, '\0'));
        QVERIFY(writeFile(name + QStringLiteral(".sums"),
                          zero + "  one\n" + zero + "  two\n" + sha("small") + "  small\n"));
        ArchiveLimits limits;
        limits.maxTotalBytes = qint64(96) << 20;
        Lattice::Test::resetPeakRss();
        const qint64 before = Lattice::Test::currentRssKiB();
        const VerificationReport report =
            verify(name + QStringLiteral(".sums"), archiveSource(name), 0, limits);
        const qint64 grown = Lattice::Test::peakRssKiB() - before;
        QVERIFY2(grown < 32 * 1024, qPrintable(QStringLiteral("peak grew by %1 KiB").arg(grown)));
        EXPECT_STATUS(report, "one", EntryStatus::Failed); // expanded in full, within the limit
        EXPECT_STATUS(report, "two", EntryStatus::Unreadable);
        QVERIFY(
            find(report, QStringLiteral("two"))->detail.contains(QStringLiteral("expands beyond")));
        EXPECT_STATUS(report, "small", EntryStatus::Unreadable);
    }

    void truncatedArchiveIsNeverMissingOrOk_data()
    {
        QTest::addColumn<Container>("container");
        QTest::newRow("tar") << Container::Tar;
        QTest::newRow("tar.gz") << Container::TarGz;
        QTest::newRow("zip") << Container::Zip;
    }

    void truncatedArchiveIsNeverMissingOrOk()
    {
        QFETCH(Container, container);
        const QString whole =
            path(QStringLiteral("whole-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        // Random bytes do not compress, so half the archive ends inside "b".
        const QByteArray a = randomBytes(64 * 1024, 11);
        const QByteArray b = randomBytes(256 * 1024, 12);
        QVERIFY(TestArchives::write(
            whole,
            {TestArchives::file("a", a), TestArchives::file("b", b), TestArchives::file("c", "c")},
            container));
        QFile file(whole);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString cut = whole + QStringLiteral(".cut");
        QVERIFY(writeFile(cut, bytes.left(bytes.size() / 2)));
        QVERIFY(writeFile(cut + QStringLiteral(".sums"),
                          sha(a) + "  a\n" + sha(b) + "  b\n" + sha("c") + "  c\n"));

        const VerificationReport report = verify(cut + QStringLiteral(".sums"), archiveSource(cut));
        QVERIFY(!report.sourceError.isEmpty());
        // What the cut archive still holds whole may pass; nothing else may,
        // and what was not reached is not "missing" either: it may be there.
        const EntryResult* first = find(report, QStringLiteral("a"));
        QVERIFY(first->status == EntryStatus::Ok || first->status == EntryStatus::Unreadable);
        EXPECT_STATUS(report, "b", EntryStatus::Unreadable);
        EXPECT_STATUS(report, "c", EntryStatus::Unreadable);
        QVERIFY2(
            find(report, QStringLiteral("c"))->detail.startsWith(QStringLiteral("not reached")),
            qPrintable(find(report, QStringLiteral("c"))->detail));
    }

    void archiveNamesThatAreNotUtf8NeverMatch_data()
    {
        QTest::addColumn<Container>("container");
        QTest::addColumn<QString>("unlisted");
        QTest::newRow("tar") << Container::Tar
                             << QStringLiteral("bad-\\xff.bin (the name is not valid UTF-8)");
        QTest::newRow("zip") << Container::Zip
                             << QStringLiteral("entry 1 (the name is not valid UTF-8)");
    }

    void archiveNamesThatAreNotUtf8NeverMatch()
    {
        QFETCH(Container, container);
        QFETCH(QString, unlisted);
        const QString name =
            path(QStringLiteral("not-utf8-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        {
            const QByteArray previous = setlocale(LC_CTYPE, nullptr);
            QVERIFY(setlocale(LC_CTYPE, "C.UTF-8"));
            const bool written =
                TestArchives::write(name, {TestArchives::file("bad-\xff.bin", "x")}, container);
            setlocale(LC_CTYPE, previous.constData());
            QVERIFY(written);
        }
        // The listed name is valid UTF-8 and reads exactly as the member's
        // bytes would if each bad byte became U+FFFD.
        QVERIFY(writeFile(name + QStringLiteral(".sums"), sha("x") + "  bad-\xef\xbf\xbd.bin\n"));
        const VerificationReport report =
            verify(name + QStringLiteral(".sums"), archiveSource(name));
        EXPECT_STATUS(report, "bad-\ufffd.bin", EntryStatus::Missing);
        QCOMPARE(report.unlisted, QStringList{unlisted});
    }

    void directoryNamesThatAreNotUtf8NeverMatch()
    {
        const QString dir = path(QStringLiteral("not-utf8-dir"));
        QVERIFY(writeFile(dir + QStringLiteral("/ok"), "ok"));
        const QByteArray raw = QFile::encodeName(dir) + "/bad-\xff.bin";
        const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "x", 1), ssize_t(1));
        ::close(fd);
        QVERIFY(writeFile(dir + QStringLiteral("/SHA256SUMS"),
                          sha("ok") + "  ok\n" + sha("x") + "  bad-\xef\xbf\xbd.bin\n"));
        const VerificationReport report = verify(dir + QStringLiteral("/SHA256SUMS"), {});
        EXPECT_STATUS(report, "ok", EntryStatus::Ok);
        QCOMPARE(::unlink(raw.constData()), 0); // QTemporaryDir cannot name it
        EXPECT_STATUS(report, "bad-\ufffd.bin", EntryStatus::Missing);
        // Qt's directory listing skips the name altogether.
        QCOMPARE(report.unlisted,
                 QStringList{QStringLiteral("bad-\\xff.bin (the name is not valid UTF-8)")});
    }

    void directoryNeverReadsFifosDevicesOrWhatLinksLeadTo()
    {
        const QString dir = path(QStringLiteral("specials"));
        QVERIFY(writeFile(dir + QStringLiteral("/ok"), "ok"));
        QCOMPARE(mkfifo(QFile::encodeName(dir + QStringLiteral("/pipe")).constData(), 0600), 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir + QStringLiteral("/zero")));
        QVERIFY(QFile::link(QStringLiteral("/etc"), dir + QStringLiteral("/etc")));
        // Each listed with the digest of no bytes, which an empty read would match.
        const QByteArray empty = sha({});
        QVERIFY(writeFile(dir + QStringLiteral("/SHA256SUMS"),
                          sha("ok") + "  ok\n" + empty + "  pipe\n" + empty + "  zero\n" + empty +
                              "  etc/hostname\n" + empty + "  /dev/zero\n" + empty +
                              "  ../../../../../../dev/zero\n"));
        // Opened blocking, the FIFO would wait for a writer for ever, and
        // /dev/zero never ends: returning at all is the first check.
        const VerificationReport report = verify(dir + QStringLiteral("/SHA256SUMS"), {});
        EXPECT_STATUS(report, "ok", EntryStatus::Ok);
        for (const char* name :
             {"pipe", "zero", "etc/hostname", "/dev/zero", "../../../../../../dev/zero"}) {
            const EntryResult* e = find(report, QString::fromLatin1(name));
            QVERIFY2(e && e->status == EntryStatus::Unreadable, name);
            QVERIFY2(e->actual.isEmpty(), name); // nothing was hashed
        }
        QCOMPARE(find(report, QStringLiteral("pipe"))->detail,
                 QStringLiteral("not a regular file"));
        QVERIFY(find(report, QStringLiteral("zero"))->detail.contains(QStringLiteral("outside")));
        QVERIFY(find(report, QStringLiteral("etc/hostname"))
                    ->detail.contains(QStringLiteral("outside")));

        // Devices inside the chosen folder itself are opened, seen not to be
        // files, and closed unread.
        VerifySource devices;
        devices.path = QStringLiteral("/dev");
        QVERIFY(writeFile(path(QStringLiteral("dev.sums")),
                          empty + "  zero\n" + empty + "  urandom\n" + empty + "  null\n"));
        Lattice::Test::resetPeakRss();
        const qint64 before = Lattice::Test::currentRssKiB();
        const VerificationReport dev = verify(path(QStringLiteral("dev.sums")), devices);
        QVERIFY((Lattice::Test::peakRssKiB() - before) < 16 * 1024);
        for (const char* name : {"zero", "urandom", "null"}) {
            const EntryResult* e = find(dev, QString::fromLatin1(name));
            QVERIFY2(e && e->status == EntryStatus::Unreadable, name);
            QCOMPARE(e->detail, QStringLiteral("not a regular file"));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
