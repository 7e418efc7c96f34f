#include "AsyncSha256.h"
#include "ChecksumGenerator.h"
#include "ChecksumList.h"
#include "ChecksumVerification.h"
#include "ChecksumVerifier.h"
#include "FileHasher.h"
#include "ParallelHasher.h"
#include "ProcessMemory.h"
#include "Sha256.h"
#include "TestArchives.h"
#include "VerificationTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <clocale>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Lattice;
using TestArchives::Container;
using TestArchives::Member;

Q_DECLARE_METATYPE(TestArchives::Container)

namespace {
using namespace VerificationTest;
} // namespace

class TestChecksumVerification : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void sha256KnownAnswers()
    {
        QCOMPARE(Sha256::hash({}),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::hash("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        Sha256 streaming;
        const QByteArray a(1000, 'a');
        for (int i = 0; i < 1000; ++i)
            streaming.addData(a.constData(), a.size());
        QCOMPARE(streaming.hexDigest(),
                 QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
        QCOMPARE(streaming.hexDigest(), Sha256::hash({})); // reset after a digest
    }

    void asyncSha256MatchesOneShotHashing()
    {
        AsyncSha256 pipeline(3, 4096);
        const QByteArray data = randomBytes(1000003, 5);
        for (int round = 0; round < 3; ++round) { // the digest resets for the next stream
            qsizetype offset = 0;
            int step = 1;
            while (offset < data.size()) {
                const qsizetype n =
                    std::min<qsizetype>({data.size() - offset, pipeline.bufferSize(), step});
                memcpy(pipeline.buffer(), data.constData() + offset, size_t(n));
                pipeline.submit(n);
                offset += n;
                step = step * 3 % 4099 + 1; // uneven chunk sizes, some a single byte
            }
            QCOMPARE(pipeline.hexDigest(), Sha256::hash(data));
        }
        QCOMPARE(pipeline.hexDigest(), Sha256::hash({}));
        memcpy(pipeline.buffer(), "abc", 3);
        pipeline.submit(3); // destroyed with work queued: must not hang or crash
    }

    void fileHasherAgreesWithSha256sum_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("inline") << int(FileHasher::Mode::Inline);
        QTest::newRow("pipelined") << int(FileHasher::Mode::Pipelined);
    }

    void fileHasherAgreesWithSha256sum()
    {
        QFETCH(int, mode);
        // One byte past five buffers, so the last read is short.
        const QByteArray data = randomBytes(5 * FileHasher::BufferSize + 1, 11);
        QVERIFY(writeFile(path(QStringLiteral("h/odd.bin")), data));
        QVERIFY(writeFile(path(QStringLiteral("h/empty")), {}));
        FileHasher hasher{FileHasher::Mode(mode)};
        const Shell s = shell(QStringLiteral("sha256sum odd.bin"), path(QStringLiteral("h")));
        for (int round = 0; round < 2; ++round) { // a second file starts from a clean state
            qint64 lastProgress = 0;
            int calls = 0;
            const FileHasher::Result r =
                hasher.hash(path(QStringLiteral("h/odd.bin")), nullptr, [&](qint64 done) {
                    QVERIFY(done > lastProgress);
                    lastProgress = done;
                    ++calls;
                });
            QVERIFY(r.ok);
            QCOMPARE(r.digest, s.out.left(64));
            QCOMPARE(r.size, data.size());
            QCOMPARE(lastProgress, data.size());
            QCOMPARE(calls, 6);
        }
        QCOMPARE(hasher.hash(path(QStringLiteral("h/empty"))).digest, Sha256::hash({}));

        // Cancelled part-way, then reused: the next digest must not carry
        // the abandoned bytes.
        std::atomic_bool cancel{false};
        const FileHasher::Result cancelled =
            hasher.hash(path(QStringLiteral("h/odd.bin")), &cancel, [&](qint64) { cancel = true; });
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.ok);
        QCOMPARE(hasher.hash(path(QStringLiteral("h/odd.bin"))).digest, s.out.left(64));
    }

    void fileHasherRefusesWhatIsNotAFile()
    {
        FileHasher hasher;
        const QString fifo = path(QStringLiteral("h/pipe"));
        QDir().mkpath(path(QStringLiteral("h")));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Opened blocking, this would wait forever for a writer and the test
        // would hang until CTest's timeout: returning at all is the check.
        const FileHasher::Result pipe = hasher.hash(fifo);
        QVERIFY(!pipe.ok);
        QVERIFY(!pipe.notFound);
        const FileHasher::Result dir = hasher.hash(path(QStringLiteral("h")));
        QVERIFY(!dir.ok);
        QCOMPARE(dir.error, qt_error_string(EISDIR));
        const FileHasher::Result none = hasher.hash(path(QStringLiteral("h/none")));
        QVERIFY(none.notFound);
    }

    void parallelHasherReportsEveryByte()
    {
        const QString dir = path(QStringLiteral("progress"));
        QList<ParallelHasher::Job> jobs;
        qint64 total = 0;
        for (int i = 0; i < 5; ++i) {
            const qint64 size = (i + 1) * 3 * 1024 * 1024 + i;
            QVERIFY(
                writeFile(dir + QStringLiteral("/f%1").arg(i), QByteArray(size, char('a' + i))));
            jobs.append({dir + QStringLiteral("/f%1").arg(i), size});
            total += size;
        }
        QMutex mutex;
        QList<QPair<qint64, qint64>> bytes;
        QHash<int, qint64> lastPerJob;
        QHash<int, QByteArray> digests;
        ParallelHasher::Callbacks callbacks;
        callbacks.bytes = [&](qint64 done, qint64 all) {
            const QMutexLocker lock(&mutex);
            bytes.append({done, all});
        };
        callbacks.progress = [&](int job, qint64 done) {
            const QMutexLocker lock(&mutex);
            lastPerJob[job] = done;
        };
        callbacks.finished = [&](int job, const FileHasher::Result& r) {
            const QMutexLocker lock(&mutex);
            digests[job] = r.digest;
        };
        const std::atomic_bool never{false};
        ParallelHasher(2).run(jobs, callbacks, never);
        QCOMPARE(bytes.first(), (QPair<qint64, qint64>(0, total)));
        QCOMPARE(bytes.last(), (QPair<qint64, qint64>(total, total)));
        QVERIFY(bytes.size() > jobs.size()); // during files, not only at their ends
        for (int i = 0; i < jobs.size(); ++i) {
            QCOMPARE(lastPerJob.value(i), jobs.at(i).size);
            QCOMPARE(digests.value(i), sha(QByteArray(jobs.at(i).size, char('a' + i))));
        }
    }

    // Regression: the sum was taken atomically but reported outside any lock,
    // so a thread delayed between the two reported an older, smaller sum after
    // a newer one; under ASan the verifier's last progress was 34 of 40 MB.
    // A slow per-file callback holds each thread in exactly that gap.
    void parallelHasherBytesNeverRunBackwards()
    {
        const QString dir = path(QStringLiteral("ordered"));
        QList<ParallelHasher::Job> jobs;
        qint64 total = 0;
        for (int i = 0; i < 8; ++i) {
            const qint64 size = 2 * ParallelHasher::ProgressStep + 1000 * i;
            QVERIFY(
                writeFile(dir + QStringLiteral("/f%1").arg(i), QByteArray(size, char('a' + i))));
            jobs.append({dir + QStringLiteral("/f%1").arg(i), size});
            total += size;
        }
        QMutex mutex;
        QList<qint64> reported;
        ParallelHasher::Callbacks callbacks;
        callbacks.progress = [](int, qint64) {
            QThread::usleep(QRandomGenerator::global()->bounded(3000));
        };
        callbacks.bytes = [&](qint64 done, qint64) {
            const QMutexLocker lock(&mutex);
            reported.append(done);
        };
        const std::atomic_bool never{false};
        ParallelHasher(4).run(jobs, callbacks, never);
        for (qsizetype i = 1; i < reported.size(); ++i)
            QVERIFY2(reported.at(i) >= reported.at(i - 1),
                     qPrintable(QStringLiteral("%1 reported after %2")
                                    .arg(reported.at(i))
                                    .arg(reported.at(i - 1))));
        QCOMPARE(reported.last(), total);
    }

    void verifiesWhatSha256sumWrites_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("text") << QStringLiteral("sha256sum");
        QTest::newRow("binary") << QStringLiteral("sha256sum -b");
        QTest::newRow("tag") << QStringLiteral("sha256sum --tag");
        QTest::newRow("openssl") << QStringLiteral("openssl dgst -sha256");
    }

    void verifiesWhatSha256sumWrites()
    {
        QFETCH(QString, command);
        const QString dir =
            path(QStringLiteral("interop-") + QString::fromLatin1(QTest::currentDataTag()));
        const QStringList names{QStringLiteral("agent-linux-amd64"),
                                QStringLiteral("with space.tar.gz"), QStringLiteral("ünïcode.zip"),
                                QStringLiteral("back\\slash"), QStringLiteral("sub/nested.bin")};
        for (int i = 0; i < names.size(); ++i)
            QVERIFY(writeFile(dir + QLatin1Char('/') + names.at(i),
                              randomBytes(1000 + 70000 * i, quint32(i))));
        const Shell s =
            shell(command + QStringLiteral(" agent-linux-amd64 'with space.tar.gz' ünïcode.zip "
                                           "'back\\slash' sub/nested.bin > SHA256SUMS"),
                  dir);
        QCOMPARE(s.exitCode, 0);
        VerifySource source; // default: the checksum file's folder
        const VerificationReport report = verify(dir + QStringLiteral("/SHA256SUMS"), source);
        QCOMPARE(report.entries.size(), names.size());
        for (const EntryResult& e : report.entries)
            QVERIFY2(e.status == EntryStatus::Ok, qPrintable(e.name + QLatin1Char(' ') + e.detail));
        QVERIFY2(report.unlisted.isEmpty(), qPrintable(report.unlisted.join(QLatin1Char(','))));
        QCOMPARE(report.sourcePath, QDir(dir).absolutePath());
    }

    void directoryReportsEveryState()
    {
        const QString dir = path(QStringLiteral("states"));
        QVERIFY(writeFile(dir + QStringLiteral("/ok.bin"), "good"));
        QVERIFY(writeFile(dir + QStringLiteral("/tampered.bin"), "evil"));
        QVERIFY(writeFile(dir + QStringLiteral("/empty.bin"), {}));
        QVERIFY(writeFile(dir + QStringLiteral("/extra.bin"), "not listed"));
        QVERIFY(writeFile(dir + QStringLiteral("/deeper/extra2.bin"), "not listed"));
        QVERIFY(writeFile(path(QStringLiteral("outside.bin")), "secret"));
        QVERIFY(QDir(dir).mkpath(QStringLiteral("adir")));
        QVERIFY(
            QFile::link(path(QStringLiteral("outside.bin")), dir + QStringLiteral("/escape.bin")));
        QVERIFY(QFile::link(QStringLiteral("ok.bin"), dir + QStringLiteral("/inside-link.bin")));
        QVERIFY(QFile::link(QStringLiteral("gone"), dir + QStringLiteral("/dangling.bin")));
        const QByteArray sums = sha("good") + "  ok.bin\n" + sha("good") + "  tampered.bin\n" +
                                sha({}) + "  empty.bin\n" + sha("x") + "  missing.bin\n" +
                                sha("secret") + "  escape.bin\n" + sha("good") +
                                "  inside-link.bin\n" + sha("x") + "  dangling.bin\n" + sha("x") +
                                "  adir\n" + sha("secret") + "  ../outside.bin\n" + sha("x") +
                                "  /etc/hostname\n" + "not a line\n";
        QVERIFY(writeFile(dir + QStringLiteral("/SHA256SUMS"), sums));

        const VerificationReport report = verify(dir + QStringLiteral("/SHA256SUMS"), {});
        EXPECT_STATUS(report, "ok.bin", EntryStatus::Ok);
        EXPECT_STATUS(report, "tampered.bin", EntryStatus::Failed);
        QCOMPARE(find(report, QStringLiteral("tampered.bin"))->actual, sha("evil"));
        EXPECT_STATUS(report, "empty.bin", EntryStatus::Ok);
        QCOMPARE(find(report, QStringLiteral("empty.bin"))->detail, QStringLiteral("empty file"));
        EXPECT_STATUS(report, "missing.bin", EntryStatus::Missing);
        EXPECT_STATUS(report, "escape.bin", EntryStatus::Unreadable);
        QVERIFY(find(report, QStringLiteral("escape.bin"))->actual.isEmpty()); // never opened
        EXPECT_STATUS(report, "inside-link.bin", EntryStatus::Ok);
        EXPECT_STATUS(report, "dangling.bin", EntryStatus::Unreadable);
        EXPECT_STATUS(report, "adir", EntryStatus::Unreadable);
        EXPECT_STATUS(report, "../outside.bin", EntryStatus::Unreadable);
        QVERIFY(find(report, QStringLiteral("../outside.bin"))
                    ->detail.startsWith(QStringLiteral("refused")));
        EXPECT_STATUS(report, "/etc/hostname", EntryStatus::Unreadable);
        QVERIFY(find(report, QStringLiteral("/etc/hostname"))->actual.isEmpty());
        QCOMPARE(report.malformedLines, QList<int>{11});
        QCOMPARE(report.unlisted,
                 (QStringList{QStringLiteral("deeper/extra2.bin"), QStringLiteral("extra.bin")}));
        const VerificationReport::Summary s = report.summary();
        QCOMPARE(s.ok, 3);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.missing, 1);
        QCOMPARE(s.unreadable, 5);
    }

    void bothVariantsOfAConflictAreChecked()
    {
        const QString dir = path(QStringLiteral("conflict"));
        QVERIFY(writeFile(dir + QStringLiteral("/agent"), "v2"));
        QVERIFY(writeFile(dir + QStringLiteral("/SHA256SUMS"),
                          sha("v1") + "  agent\n" + sha("v2") + "  agent\n"));
        const VerificationReport report = verify(dir + QStringLiteral("/SHA256SUMS"), {});
        QCOMPARE(report.conflicts, QStringList{QStringLiteral("agent")});
        QCOMPARE(report.entries.size(), 2);
        QCOMPARE(report.entries.at(0).status, EntryStatus::Failed);
        QCOMPARE(report.entries.at(1).status, EntryStatus::Ok);
    }

    void chosenFilesAreMatchedByName()
    {
        const QString dir = path(QStringLiteral("files"));
        QVERIFY(writeFile(dir + QStringLiteral("/SHA256SUMS"), sha("a") + "  a.bin\n" + sha("b") +
                                                                   "  b.bin\n" + sha("c") +
                                                                   "  sub/c.bin\n"));
        QVERIFY(
            writeFile(path(QStringLiteral("downloads/a.bin")), "a")); // elsewhere: matched by name
        QVERIFY(writeFile(dir + QStringLiteral("/sub/c.bin"), "tampered"));
        QVERIFY(writeFile(path(QStringLiteral("downloads/stray.bin")), "?"));
        VerifySource source;
        source.kind = SourceKind::Files;
        source.path = dir;
        source.files = {path(QStringLiteral("downloads/a.bin")), dir + QStringLiteral("/sub/c.bin"),
                        path(QStringLiteral("downloads/stray.bin"))};
        const VerificationReport report = verify(dir + QStringLiteral("/SHA256SUMS"), source);
        EXPECT_STATUS(report, "a.bin", EntryStatus::Ok);
        EXPECT_STATUS(report, "b.bin", EntryStatus::Missing);
        EXPECT_STATUS(report, "sub/c.bin", EntryStatus::Failed);
        QCOMPARE(report.unlisted, QStringList{QStringLiteral("stray.bin")});
        QCOMPARE(report.sourceKind, SourceKind::Files);
    }

    void archiveReportsEveryState_data()
    {
        QTest::addColumn<Container>("container");
        QTest::newRow("tar") << Container::Tar;
        QTest::newRow("tar.gz") << Container::TarGz;
        QTest::newRow("tar.xz") << Container::TarXz;
        QTest::newRow("tar.zst") << Container::TarZst;
        QTest::newRow("zip") << Container::Zip;
    }

    void archiveReportsEveryState()
    {
        QFETCH(Container, container);
        const bool zip = container == Container::Zip;
        const QString name =
            QStringLiteral("states-%1.archive").arg(QString::fromLatin1(QTest::currentDataTag()));
        QList<Member> members{TestArchives::file("./bin/agent", "agent"),
                              TestArchives::file("plugin.so", "tampered"),
                              TestArchives::file("../evil", "evil"),
                              TestArchives::file("/abs", "abs"),
                              TestArchives::link(Member::Symlink, "latest", "/etc/passwd"),
                              TestArchives::file("extra.txt", "extra"),
                              TestArchives::file("twice", "first")};
        if (!zip) {
            members.append(TestArchives::link(Member::Hardlink, "hard", "plugin.so"));
            members.append(TestArchives::link(Member::Fifo, "pipe", {}));
            members.append(TestArchives::special(Member::CharDevice, "zero"));
            members.append(TestArchives::special(Member::BlockDevice, "disk"));
            // Extraction keeps the last copy, which matches; the first does not.
            members.append(TestArchives::file("twice", "second"));
        }
        QVERIFY(TestArchives::write(path(name), members, container));
        QByteArray sums = sha("agent") + "  bin/agent\n" + sha("plugin") + "  plugin.so\n" +
                          sha("evil") + "  evil\n" + sha("abs") + "  abs\n" + sha("x") +
                          "  latest\n" + sha("x") + "  absent\n" + sha(zip ? "first" : "second") +
                          "  twice\n" + sha("evil") + "  ../evil\n";
        if (!zip)
            sums += sha("x") + "  hard\n" + sha("x") + "  pipe\n" + sha({}) + "  zero\n" + sha({}) +
                    "  disk\n";
        QVERIFY(writeFile(path(name + QStringLiteral(".sums")), sums));

        const VerificationReport report =
            verify(path(name + QStringLiteral(".sums")), archiveSource(path(name)));
        QCOMPARE(report.sourceKind, SourceKind::Archive);
        QVERIFY2(report.sourceError.isEmpty(), qPrintable(report.sourceError));
        EXPECT_STATUS(report, "bin/agent", EntryStatus::Ok);
        EXPECT_STATUS(report, "plugin.so", EntryStatus::Failed);
        EXPECT_STATUS(report, "evil", EntryStatus::Missing); // "../evil" is not "evil"
        EXPECT_STATUS(report, "abs", EntryStatus::Missing);  // neither is "/abs"
        EXPECT_STATUS(report, "latest", EntryStatus::Unreadable);
        QVERIFY(find(report, QStringLiteral("latest"))
                    ->detail.contains(QStringLiteral("not followed")));
        EXPECT_STATUS(report, "absent", EntryStatus::Missing);
        EXPECT_STATUS(report, "../evil", EntryStatus::Unreadable);
        QVERIFY(report.unlisted.contains(QStringLiteral("../evil")));
        QVERIFY(report.unlisted.contains(QStringLiteral("extra.txt")));
        if (zip) {
            EXPECT_STATUS(report, "twice", EntryStatus::Ok);
        } else {
            EXPECT_STATUS(report, "hard", EntryStatus::Unreadable);
            EXPECT_STATUS(report, "pipe", EntryStatus::Unreadable);
            // Listed with the digest of no bytes: a device read as empty would pass.
            EXPECT_STATUS(report, "zero", EntryStatus::Unreadable);
            EXPECT_STATUS(report, "disk", EntryStatus::Unreadable);
            QCOMPARE(find(report, QStringLiteral("disk"))->detail,
                     QStringLiteral("not a regular file"));
            EXPECT_STATUS(report, "twice", EntryStatus::Failed);
            QVERIFY(
                find(report, QStringLiteral("twice"))->detail.contains(QStringLiteral("2 times")));
        }
    }

    void unreadableArchiveMakesEveryEntryUnreadable()
    {
        QVERIFY(writeFile(path(QStringLiteral("not-an-archive.tar.gz")), randomBytes(10000, 3)));
        QVERIFY(writeFile(path(QStringLiteral("na.sums")), sha("a") + "  a\n"));
        const VerificationReport report =
            verify(path(QStringLiteral("na.sums")),
                   archiveSource(path(QStringLiteral("not-an-archive.tar.gz"))));
        EXPECT_STATUS(report, "a", EntryStatus::Unreadable);
        QVERIFY(!report.sourceError.isEmpty());
    }

    void parallelAndSequentialAgree()
    {
        const QString dir = path(QStringLiteral("parallel"));
        QByteArray sums;
        for (int i = 0; i < 40; ++i) {
            const QByteArray data =
                randomBytes(QRandomGenerator(quint32(i)).bounded(3 << 20), quint32(100 + i));
            const QString name = QStringLiteral("f%1.bin").arg(i);
            QVERIFY(writeFile(dir + QLatin1Char('/') + name, data));
            sums += (i % 7 == 0 ? sha("wrong") : sha(data)) + "  " + name.toUtf8() + "\n";
        }
        QVERIFY(writeFile(dir + QStringLiteral("/SHA256SUMS"), sums));
        const VerificationReport one = verify(dir + QStringLiteral("/SHA256SUMS"), {}, 1);
        const VerificationReport many = verify(dir + QStringLiteral("/SHA256SUMS"), {}, 8);
        QCOMPARE(one.toJson(), many.toJson());
        QCOMPARE(one.summary().failed, 6);
        QCOMPARE(one.summary().ok, 34);
    }

    void hashingMemoryDoesNotGrowWithFileSize()
    {
        const QString big = path(QStringLiteral("big/256m.bin"));
        QVERIFY(
            shell(QStringLiteral("mkdir -p big && head -c 268435456 /dev/urandom > big/256m.bin"),
                  m_dir.path())
                .exitCode == 0);
        const Shell expected =
            shell(QStringLiteral("sha256sum 256m.bin"), path(QStringLiteral("big")));
        QVERIFY(writeFile(path(QStringLiteral("big/SHA256SUMS")), expected.out));
        Lattice::Test::resetPeakRss();
        const qint64 before = Lattice::Test::currentRssKiB();
        const VerificationReport report = verify(path(QStringLiteral("big/SHA256SUMS")), {});
        EXPECT_STATUS(report, "256m.bin", EntryStatus::Ok);
        const qint64 grown = Lattice::Test::peakRssKiB() - before;
        QVERIFY2(grown < 16 * 1024, qPrintable(QStringLiteral("peak grew by %1 KiB").arg(grown)));
        QFile::remove(big);
    }

    void cancelStopsPromptly()
    {
        const QString dir = path(QStringLiteral("cancel"));
        QVERIFY(shell(QStringLiteral("mkdir -p cancel && for i in 1 2 3 4 5 6; do head -c 67108864 "
                                     "/dev/zero > cancel/f$i; done"),
                      m_dir.path())
                    .exitCode == 0);
        QByteArray sums;
        for (int i = 1; i <= 6; ++i)
            sums += sha("x") + "  f" + QByteArray::number(i) + "\n";
        QVERIFY(writeFile(dir + QStringLiteral("/SHA256SUMS"), sums));
        QFile file(dir + QStringLiteral("/SHA256SUMS"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ChecksumList list = ChecksumList::parse(&file);
        VerificationOptions options;
        options.jobs = 1;
        ChecksumVerification verification(list, {SourceKind::Directory, dir, {}}, options);

        struct Canceller : ChecksumVerification::Observer
        {
            ChecksumVerification* target = nullptr;
            void entryProgress(int, qint64) override { target->cancel(); }
        } canceller;
        canceller.target = &verification;
        // Cancelled during the first file: the other five are never opened,
        // which is what "promptly" means independent of the machine's speed.
        const VerificationReport report = verification.run(&canceller);
        QVERIFY(report.cancelled);
        QVERIFY(report.summary().unreadable >= 5);
        bool sawCancelled = false;
        for (const EntryResult& e : report.entries)
            sawCancelled = sawCancelled || e.detail.contains(QStringLiteral("cancelled"));
        QVERIFY(sawCancelled);
    }

    void verifierStreamsResultsToItsThread()
    {
        const QString dir = path(QStringLiteral("async"));
        QByteArray sums;
        for (int i = 0; i < 20; ++i) {
            const QByteArray data = randomBytes(2000000, quint32(i));
            QVERIFY(writeFile(dir + QStringLiteral("/a%1").arg(i), data));
            sums += sha(i == 3 ? "wrong" : data) + "  a" + QByteArray::number(i) + "\n";
        }
        QVERIFY(writeFile(dir + QStringLiteral("/SHA256SUMS"), sums));
        ChecksumVerifier verifier;
        QSignalSpy loaded(&verifier, &ChecksumVerifier::listLoaded);
        QSignalSpy results(&verifier, &ChecksumVerifier::entriesFinished);
        QSignalSpy finished(&verifier, &ChecksumVerifier::finished);
        QSignalSpy progress(&verifier, &ChecksumVerifier::progress);
        QThread* const testThread = QThread::currentThread();
        bool allOnTestThread = true;
        connect(&verifier, &ChecksumVerifier::entriesFinished, this, [&] {
            allOnTestThread = allOnTestThread && QThread::currentThread() == testThread;
        });
        QVERIFY(verifier.start(dir + QStringLiteral("/SHA256SUMS"), {}));
        QVERIFY(!verifier.start(dir + QStringLiteral("/SHA256SUMS"), {})); // one run at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().at(0).value<QList<EntryResult>>().size(), 20);
        int delivered = 0;
        for (const QList<QVariant>& batch : std::as_const(results))
            delivered += int(batch.at(0).value<QList<QPair<int, EntryResult>>>().size());
        QCOMPARE(delivered, 20);
        QVERIFY(allOnTestThread);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(20 * 2000000));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(20 * 2000000));
        const VerificationReport report = finished.first().at(0).value<VerificationReport>();
        QCOMPARE(report.summary().ok, 19);
        QCOMPARE(report.summary().failed, 1);
        QVERIFY(!verifier.isRunning());
    }

    void verifierRejectsUnusableChecksumFiles()
    {
        QVERIFY(writeFile(path(QStringLiteral("junk.sums")), randomBytes(5000, 9)));
        ChecksumVerifier verifier;
        QSignalSpy rejected(&verifier, &ChecksumVerifier::listRejected);
        QSignalSpy finished(&verifier, &ChecksumVerifier::finished);
        QVERIFY(verifier.start(path(QStringLiteral("junk.sums")), {}));
        QVERIFY(rejected.wait(10000));
        QVERIFY(
            rejected.first().at(0).toString().contains(QStringLiteral("no properly formatted")));
        QVERIFY(verifier.start(path(QStringLiteral("does-not-exist")), {}));
        QVERIFY(rejected.wait(10000));
        QVERIFY(rejected.last().at(0).toString().startsWith(QStringLiteral("Cannot read")));
        QCOMPARE(finished.count(), 0);
    }

    void destroyingARunningVerifierIsSafe()
    {
        const QString dir = path(QStringLiteral("destroy"));
        QVERIFY(shell(QStringLiteral("mkdir -p destroy && head -c 134217728 /dev/zero > destroy/z"),
                      m_dir.path())
                    .exitCode == 0);
        QVERIFY(writeFile(dir + QStringLiteral("/SHA256SUMS"), sha("x") + "  z\n"));
        // The destructor cancels and joins the worker while it hashes; under
        // the sanitizer build a dangling callback or thread would report here.
        {
            ChecksumVerifier verifier;
            QVERIFY(verifier.start(dir + QStringLiteral("/SHA256SUMS"), {}));
            QTest::qWait(20);
            QVERIFY(verifier.isRunning());
        }
    }

    void writtenSumsAreByteIdenticalToSha256sum()
    {
        const QString dir = path(QStringLiteral("gen"));
        const QStringList names{QStringLiteral("b-agent"),       QStringLiteral("A-upper"),
                                QStringLiteral("a lower space"), QStringLiteral("zz/nested.bin"),
                                QStringLiteral("ünï.tar.gz"),    QStringLiteral("_under"),
                                QStringLiteral("0digit"),        QStringLiteral("empty")};
        QList<ChecksumGenerator::Item> items;
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY(writeFile(dir + QLatin1Char('/') + names.at(i),
                              names.at(i) == QLatin1String("empty")
                                  ? QByteArray()
                                  : randomBytes(5000 * i + 1, quint32(i))));
            items.append({names.at(i), dir + QLatin1Char('/') + names.at(i)});
        }
        const std::atomic_bool never{false};
        const ChecksumGenerator::Outcome outcome = ChecksumGenerator::hash(items, 3, never);
        QVERIFY(outcome.errors.isEmpty());
        const QByteArray ours = ChecksumList::format(outcome.lines);
        QStringList quoted;
        for (const QString& n : names)
            quoted << QLatin1Char('\'') + n + QLatin1Char('\'');
        const Shell theirs = shell(
            QStringLiteral("sha256sum %1 | sort -k2").arg(quoted.join(QLatin1Char(' '))), dir);
        QCOMPARE(theirs.exitCode, 0);
        QCOMPARE(ours, theirs.out);
        QVERIFY(writeFile(dir + QStringLiteral("/OURS"), ours));
        const Shell check = shell(QStringLiteral("sha256sum -c --strict OURS"), dir);
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.out.count(": OK\n"), names.size());
    }

    void escapedNamesRoundTripThroughSha256sum()
    {
        const QString dir = path(QStringLiteral("escaped"));
        const QStringList names{QStringLiteral("back\\slash"), QStringLiteral("new\nline"),
                                QStringLiteral("plain")};
        QList<ChecksumGenerator::Item> items;
        for (const QString& n : names) {
            QVERIFY(writeFile(dir + QLatin1Char('/') + n, n.toUtf8()));
            items.append({n, dir + QLatin1Char('/') + n});
        }
        const std::atomic_bool never{false};
        const QByteArray ours =
            ChecksumList::format(ChecksumGenerator::hash(items, 2, never).lines);
        const Shell theirs = shell(
            QStringLiteral("sha256sum 'back\\slash' \"$(printf 'new\\nline')\" plain | sort -k2"),
            dir);
        QCOMPARE(ours, theirs.out);
        QVERIFY(writeFile(dir + QStringLiteral("/OURS"), ours));
        QCOMPARE(shell(QStringLiteral("sha256sum -c --strict OURS"), dir).exitCode, 0);
    }

    void generatorWritesAFileSha256sumAccepts()
    {
        const QString dir = path(QStringLiteral("gen-async"));
        for (int i = 0; i < 12; ++i)
            QVERIFY(writeFile(dir + QStringLiteral("/sub%1/file%2.bin").arg(i % 3).arg(i),
                              randomBytes(100000, quint32(i))));
        QVERIFY(writeFile(dir + QStringLiteral("/SHA256SUMS"), "stale\n"));
        ChecksumGenerator generator;
        QSignalSpy finished(&generator, &ChecksumGenerator::finished);
        QVERIFY(generator.start(dir, dir + QStringLiteral("/SHA256SUMS")));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(2).toInt(), 12); // the old SHA256SUMS itself is not listed
        const Shell check = shell(QStringLiteral("sha256sum -c --strict SHA256SUMS"), dir);
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.out.count(": OK\n"), 12);
    }

    void generatorWritesNothingWhenAFileIsUnreadable()
    {
        const QString dir = path(QStringLiteral("gen-bad"));
        QVERIFY(writeFile(dir + QStringLiteral("/ok.bin"), "ok"));
        QVERIFY(QFile::link(QStringLiteral("nowhere"), dir + QStringLiteral("/dangling")));
        QList<ChecksumGenerator::Item> items{
            {QStringLiteral("ok.bin"), dir + QStringLiteral("/ok.bin")},
            {QStringLiteral("dangling"), dir + QStringLiteral("/dangling")}};
        const std::atomic_bool never{false};
        const ChecksumGenerator::Outcome outcome = ChecksumGenerator::hash(items, 2, never);
        QCOMPARE(outcome.lines.size(), 1);
        QCOMPARE(outcome.errors.size(), 1);
        QVERIFY(outcome.errors.first().startsWith(QStringLiteral("dangling: ")));
    }
};

QTEST_GUILESS_MAIN(TestChecksumVerification)
#include "tst_checksumverification.moc"
