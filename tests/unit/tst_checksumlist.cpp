#include "ChecksumList.h"
#include "ProcessMemory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Lattice;

namespace {
const QByteArray A = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"; // "a"
const QByteArray B = "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d"; // "b"
const QByteArray Upper = "CA978112CA1BBDCAFAC231B39A23DC4DA786EFF8147C4E72B9807785AFEE48BB";

// Produces a checksum file of any size without holding it in memory, so the
// test measures the parser's memory rather than its own.
class GeneratedDevice : public QIODevice
{
public:
    using Producer = std::function<QByteArray(qint64 chunk)>; // empty when done
    explicit GeneratedDevice(Producer producer)
        : m_producer(std::move(producer))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override
    {
        return m_done && m_pending.isEmpty() && QIODevice::bytesAvailable() == 0;
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        while (m_pending.isEmpty() && !m_done) {
            m_pending = m_producer(m_chunk++);
            m_done = m_pending.isEmpty();
        }
        const qint64 n = std::min<qint64>(maxSize, m_pending.size());
        memcpy(data, m_pending.constData(), size_t(n));
        m_pending.remove(0, n);
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    Producer m_producer;
    QByteArray m_pending;
    qint64 m_chunk = 0;
    bool m_done = false;
};

QByteArray sha(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}
} // namespace

class TestChecksumList : public QObject
{
    Q_OBJECT
private slots:
    void gnuTextAndBinaryLines()
    {
        const ChecksumList list = ChecksumList::parse(A + "  a.bin\n" + B + " *dir/b.bin\n");
        QCOMPARE(list.entries().size(), 2);
        QCOMPARE(list.entries().at(0).name, QStringLiteral("a.bin"));
        QCOMPARE(list.entries().at(0).digest, A);
        QCOMPARE(list.entries().at(0).binary, false);
        QCOMPARE(list.entries().at(0).form, ChecksumList::Form::Gnu);
        QCOMPARE(list.entries().at(1).name, QStringLiteral("dir/b.bin"));
        QCOMPARE(list.entries().at(1).binary, true);
        QCOMPARE(list.entries().at(1).line, 2);
        QVERIFY(list.malformed().isEmpty());
        QCOMPARE(list.lineCount(), 2);
    }

    void namesKeepLeadingAndTrailingSpaces()
    {
        const ChecksumList list = ChecksumList::parse(A + "   lead and trail  \n");
        QCOMPARE(list.entries().size(), 1);
        QCOMPARE(list.entries().at(0).name, QStringLiteral(" lead and trail  "));
    }

    void leadingBlanksAndTabAfterDigest()
    {
        const ChecksumList list = ChecksumList::parse(" \t" + A + "\t a\n");
        QCOMPARE(list.entries().size(), 1);
        QCOMPARE(list.entries().at(0).name, QStringLiteral("a"));
    }

    void taggedForms_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("name");
        QTest::newRow("bsd") << QByteArray("SHA256 (a b.tar.gz) = " + A)
                             << QStringLiteral("a b.tar.gz");
        QTest::newRow("openssl 1.1")
            << QByteArray("SHA256(a.bin)= " + A) << QStringLiteral("a.bin");
        QTest::newRow("openssl 3")
            << QByteArray("SHA2-256(a.bin)= " + A) << QStringLiteral("a.bin");
        QTest::newRow("tabs around =") << QByteArray("SHA256 (x)\t=\t" + A) << QStringLiteral("x");
        QTest::newRow("paren in name")
            << QByteArray("SHA256 (a) = b) = " + A) << QStringLiteral("a) = b");
        QTest::newRow("upper hex") << QByteArray("SHA256 (u) = " + Upper) << QStringLiteral("u");
        QTest::newRow("escaped") << QByteArray("\\SHA256 (new\\nline) = " + A)
                                 << QStringLiteral("new\nline");
    }

    void taggedForms()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, name);
        const ChecksumList list = ChecksumList::parse(line + "\n");
        QCOMPARE(list.malformedLines(), QList<int>());
        QCOMPARE(list.entries().size(), 1);
        QCOMPARE(list.entries().at(0).name, name);
        QCOMPARE(list.entries().at(0).digest, A);
        QCOMPARE(list.entries().at(0).form, ChecksumList::Form::Tagged);
    }

    void escapedNames_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("name");
        QTest::newRow("backslash") << QByteArray("\\" + A + "  a\\\\b") << QStringLiteral("a\\b");
        QTest::newRow("newline") << QByteArray("\\" + A + "  new\\nline")
                                 << QStringLiteral("new\nline");
        QTest::newRow("carriage return")
            << QByteArray("\\" + A + "  cr\\rx") << QStringLiteral("cr\rx");
        QTest::newRow("unescaped backslash is literal")
            << QByteArray(A + "  a\\b") << QStringLiteral("a\\b");
    }

    void escapedNames()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, name);
        const ChecksumList list = ChecksumList::parse(line + "\n");
        QCOMPARE(list.entries().size(), 1);
        QCOMPARE(list.entries().at(0).name, name);
    }

    void commentsBlankLinesAndCrlf()
    {
        const QByteArray text = "# SHA256SUMS for v1.2.0\r\n"
                                "\r\n"
                                "\n" +
                                A + "  a.bin\r\n" + "#" + B + "  commented.bin\n" + B + "  b.bin";
        const ChecksumList list = ChecksumList::parse(text);
        QCOMPARE(list.malformedLines(), QList<int>());
        QCOMPARE(list.entries().size(), 2);
        QCOMPARE(list.entries().at(0).name, QStringLiteral("a.bin")); // no trailing \r
        QCOMPARE(list.entries().at(0).line, 4);
        QCOMPARE(list.entries().at(1).name, QStringLiteral("b.bin")); // last line without newline
        QCOMPARE(list.entries().at(1).line, 6);
    }

    void hexInEitherCaseIsStoredLowercase()
    {
        const ChecksumList list = ChecksumList::parse(Upper + "  a\n");
        QCOMPARE(list.entries().at(0).digest, A);
    }

    void reversedFormAlone()
    {
        const ChecksumList list = ChecksumList::parse(A + " a.bin\n" + B + " b.bin\n");
        QCOMPARE(list.entries().size(), 2);
        QCOMPARE(list.entries().at(0).form, ChecksumList::Form::Reversed);
        QCOMPARE(list.entries().at(1).name, QStringLiteral("b.bin"));
    }

    void reversedLineAfterGnuLinesIsRefused()
    {
        // As sha256sum: once two-space lines are seen, a one-space line could
        // be a renamed " file" and is malformed.
        const ChecksumList list =
            ChecksumList::parse(A + "  a.bin\n" + B + " b.bin\n" + B + "  c.bin\n");
        QCOMPARE(list.malformedLines(), QList<int>{2});
        QVERIFY(list.malformed().at(0).reason.contains(QStringLiteral("one-space")));
        QCOMPARE(list.entries().size(), 2);
        QCOMPARE(list.entries().at(1).name, QStringLiteral("c.bin"));
    }

    void gnuLookingLineInReversedFileKeepsItsBlank()
    {
        const ChecksumList list = ChecksumList::parse(A + " a.bin\n" + B + "  b.bin\n");
        QCOMPARE(list.entries().size(), 2);
        QCOMPARE(list.entries().at(1).name, QStringLiteral(" b.bin"));
    }

    void malformedLinesAreReportedByNumber()
    {
        const QByteArray text = A + "  ok.bin\n"                            // 1 ok
                                + A.left(63) + "  short.bin\n"              // 2 63 digits
                                + A.left(63) + "g  nonhex.bin\n"            // 3 not hex
                                + A + "\n"                                  // 4 no name
                                + "SHA256 a = " + A + "\n"                  // 5 no parentheses
                                + "SHA256 (x) = " + A.left(60) + "\n"       // 6 digest too short
                                + "SHA256 (x) = " + A + " \n"               // 7 trailing blank
                                + QByteArray("\\") + A + "  bad\\tescape\n" // 8 unknown escape
                                + QByteArray("\\") + A + "  trailing\\\n"   // 9 lone backslash
                                + A + QByteArray("  nul\0byte\n", 11)       // 10 NUL
                                + A + "  \xff\xfe.bin\n"                    // 11 not UTF-8
                                + "   \n"                                   // 12 blanks only
                                +
                                "MD5 (x) = d41d8cd98f00b204e9800998ecf8427e\n" // 13 other algorithm
                                + "SHA256  (x) = " + A + "\n" // 14 two blanks after tag
                                + "SHA256 () = " + A + "\n"   // 15 empty name
                                + B + "  ok2.bin\n";          // 16 ok
        const ChecksumList list = ChecksumList::parse(QByteArray(text.constData(), text.size()));
        QCOMPARE(list.malformedLines(),
                 (QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}));
        QCOMPARE(list.entries().size(), 2);
        QCOMPARE(list.entries().at(1).line, 16);
        for (const ChecksumList::MalformedLine& m : list.malformed())
            QVERIFY2(!m.reason.isEmpty(), qPrintable(QString::number(m.line)));
    }

    void sameNameTwiceWithDifferentDigestsIsAConflict()
    {
        const ChecksumList list =
            ChecksumList::parse(A + "  agent\n" + B + "  ./agent\n" + A + "  other\n");
        QCOMPARE(list.conflicts(), QStringList{QStringLiteral("agent")});
        QCOMPARE(list.entries().size(), 3); // both variants are checked
        QCOMPARE(list.entries().at(1).key, QStringLiteral("agent"));
    }

    void exactRepeatIsKeptOnce()
    {
        const ChecksumList list = ChecksumList::parse(A + "  agent\n" + A + " *agent\n");
        QCOMPARE(list.entries().size(), 1);
        QVERIFY(list.conflicts().isEmpty());
        QCOMPARE(list.duplicateLines(), QList<int>{2});
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("refusal");
        using R = ChecksumList::Refusal;
        QTest::newRow("plain") << QStringLiteral("agent-linux-amd64") << int(R::None);
        QTest::newRow("subdir") << QStringLiteral("bin/agent") << int(R::None);
        QTest::newRow("dot slash") << QStringLiteral("./agent") << int(R::None);
        QTest::newRow("dots in a name") << QStringLiteral("..agent..") << int(R::None);
        QTest::newRow("absolute") << QStringLiteral("/etc/shadow") << int(R::AbsolutePath);
        QTest::newRow("parent") << QStringLiteral("../agent") << int(R::ParentDirectory);
        QTest::newRow("deep climb")
            << QStringLiteral("a/../../etc/passwd") << int(R::ParentDirectory);
        QTest::newRow("climb and return") << QStringLiteral("a/../b") << int(R::ParentDirectory);
        QTest::newRow("bare dotdot") << QStringLiteral("..") << int(R::ParentDirectory);
    }

    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(int, refusal);
        const ChecksumList list = ChecksumList::parse(A + "  " + name.toUtf8() + "\n");
        QCOMPARE(list.entries().size(), 1);
        QCOMPARE(int(list.entries().at(0).refusal), refusal);
        QVERIFY(list.hasValidLine()); // refused lines are well formed, just never opened
    }

    void hundredMegabyteLineUsesBoundedMemory()
    {
        Lattice::Test::resetPeakRss();
        const qint64 before = Lattice::Test::currentRssKiB();
        const QByteArray junk(1024 * 1024, 'x');
        GeneratedDevice device([&](qint64 chunk) -> QByteArray {
            if (chunk < 100)
                return junk; // one 100 MiB line
            if (chunk == 100)
                return "\n" + A + "  after.bin\n";
            return {};
        });
        const ChecksumList list = ChecksumList::parse(&device);
        QCOMPARE(list.malformedLines(), QList<int>{1});
        QVERIFY(list.malformed().at(0).reason.contains(QStringLiteral("longer than")));
        QCOMPARE(list.entries().size(), 1);
        QCOMPARE(list.entries().at(0).line, 2);
        const qint64 grownKiB = Lattice::Test::peakRssKiB() - before;
        QVERIFY2(grownKiB < 16 * 1024,
                 qPrintable(QStringLiteral("peak grew by %1 KiB").arg(grownKiB)));
    }

    void binaryJunkIsMalformedNotFatal()
    {
        QRandomGenerator random(20240601);
        QByteArray junk(4 * 1024 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(junk.data()), junk.size() / 4);
        const ChecksumList list = ChecksumList::parse(junk);
        QVERIFY(!list.hasValidLine());
        QVERIFY(list.entries().isEmpty());
        QVERIFY(list.malformed().size() > 1000);
        QCOMPARE(list.lineCount(), int(junk.count('\n') + (junk.endsWith('\n') ? 0 : 1)));
    }

    void millionLines()
    {
        // A parser quadratic in the line count would not finish within the
        // test's CTest timeout; speed itself is measured by the benchmark.
        const int lines = 1000000;
        const int perChunk = 10000;
        GeneratedDevice device([&](qint64 chunk) -> QByteArray {
            if (chunk * perChunk >= lines)
                return {};
            QByteArray text;
            for (int i = 0; i < perChunk; ++i)
                text += A + "  files/f" + QByteArray::number(chunk * perChunk + i) + ".bin\n";
            return text;
        });
        const ChecksumList list = ChecksumList::parse(&device);
        QCOMPARE(list.entries().size(), lines);
        QCOMPARE(list.entries().last().name, QStringLiteral("files/f999999.bin"));
        QCOMPARE(list.entries().last().line, lines);
        QVERIFY(list.conflicts().isEmpty());
    }

    void millionDigestsForOneNameStayLinear()
    {
        // As above: quadratic conflict tracking would run into the timeout.
        QByteArray text;
        const int lines = 200000;
        text.reserve(lines * 72);
        for (int i = 0; i < lines; ++i)
            text += sha(QByteArray::number(i)) + "  same.bin\n";
        const ChecksumList list = ChecksumList::parse(text);
        QCOMPARE(list.entries().size(), lines);
        QCOMPARE(list.conflicts(), QStringList{QStringLiteral("same.bin")});
    }

    void formatsLikeSha256sum()
    {
        QCOMPARE(ChecksumList::formatLine(QStringLiteral("a.bin"), Upper), A + "  a.bin\n");
        QCOMPARE(ChecksumList::formatLine(QStringLiteral("a\\b"), A), "\\" + A + "  a\\\\b\n");
        QCOMPARE(ChecksumList::formatLine(QStringLiteral("new\nline"), A),
                 "\\" + A + "  new\\nline\n");
        QCOMPARE(
            ChecksumList::format(
                {{QStringLiteral("b"), B}, {QStringLiteral("B"), A}, {QStringLiteral("a"), A}}),
            A + "  B\n" + A + "  a\n" + B + "  b\n"); // byte order, as LC_ALL=C sort
    }

    void formattedListParsesBack()
    {
        const QStringList names{QStringLiteral("plain"),       QStringLiteral("with space"),
                                QStringLiteral("back\\slash"), QStringLiteral("new\nline"),
                                QStringLiteral("cr\rmid"),     QStringLiteral("ünïcödé"),
                                QStringLiteral(" lead")};
        QList<ChecksumList::Line> lines;
        for (const QString& n : names)
            lines.append({n, sha(n.toUtf8())});
        const ChecksumList list = ChecksumList::parse(ChecksumList::format(lines));
        QCOMPARE(list.malformedLines(), QList<int>());
        QCOMPARE(list.entries().size(), names.size());
        for (const ChecksumList::Entry& e : list.entries()) {
            QVERIFY2(names.contains(e.name), qPrintable(e.name));
            QCOMPARE(e.digest, sha(e.name.toUtf8()));
        }
    }

    void readsWhatRealToolsWrite_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("sha256sum") << QStringLiteral("sha256sum *");
        QTest::newRow("sha256sum binary") << QStringLiteral("sha256sum -b *");
        QTest::newRow("sha256sum --tag") << QStringLiteral("sha256sum --tag *");
        QTest::newRow("openssl dgst") << QStringLiteral("openssl dgst -sha256 *");
        QTest::newRow("openssl dgst -r") << QStringLiteral("openssl dgst -sha256 -r *");
        QTest::newRow("crlf") << QStringLiteral("sha256sum * | sed 's/$/\\r/'");
    }

    void readsWhatRealToolsWrite()
    {
        QFETCH(QString, command);
        QTemporaryDir dir;
        const QStringList names{QStringLiteral("agent-linux-amd64"),
                                QStringLiteral("plugin bundle.tar.gz"),
                                QStringLiteral("back\\slash"), QStringLiteral("ünï")};
        for (const QString& n : names) {
            QFile f(dir.filePath(n));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(n.toUtf8().repeated(1000));
        }
        QProcess shell;
        shell.setWorkingDirectory(dir.path());
        shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
        QVERIFY(shell.waitForFinished(30000));
        QCOMPARE(shell.exitCode(), 0);
        const ChecksumList list = ChecksumList::parse(shell.readAllStandardOutput());
        QCOMPARE(list.malformedLines(), QList<int>());
        QCOMPARE(list.entries().size(), names.size());
        for (const ChecksumList::Entry& e : list.entries()) {
            QVERIFY2(names.contains(e.name), qPrintable(e.name));
            QCOMPARE(e.digest, sha(e.name.toUtf8().repeated(1000)));
        }
    }

    void checksumFileNames()
    {
        QVERIFY(ChecksumList::looksLikeChecksumFileName(QStringLiteral("/x/SHA256SUMS")));
        QVERIFY(ChecksumList::looksLikeChecksumFileName(QStringLiteral("agent.sha256")));
        QVERIFY(ChecksumList::looksLikeChecksumFileName(QStringLiteral("sha256sum.txt")));
        QVERIFY(!ChecksumList::looksLikeChecksumFileName(QStringLiteral("agent-linux-amd64")));
        QVERIFY(!ChecksumList::looksLikeChecksumFileName(QStringLiteral("bundle.tar.gz")));
        QVERIFY(!ChecksumList::looksLikeChecksumFileName(QStringLiteral("SHA256SUMS.asc")));
        QVERIFY(!ChecksumList::looksLikeChecksumFileName(QStringLiteral("SHA256SUMS.sig")));
    }
};

QTEST_GUILESS_MAIN(TestChecksumList)
#include "tst_checksumlist.moc"
