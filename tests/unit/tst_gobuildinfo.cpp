#include "GoAgents.h"
#include "GoBuildInfo.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Lattice::Agent::GoBuildInfo;

// Go build info read from real binaries that Debian's Go toolchain built for
// this test run (tests/harness/GoAgents.cmake) with the agent's release flags,
// plus the damaged and foreign files a download directory can hold.
class TestGoBuildInfo : public QObject
{
    Q_OBJECT

    static QByteArray bytes(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void put16(QByteArray& b, int offset, quint16 v)
    {
        b[offset] = char(v & 0xff);
        b[offset + 1] = char(v >> 8);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(
            QFile::exists(Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64"))),
            "the Go test agents were not built: is golang-go installed "
            "(installer/install-deps.sh)?");
    }

    void linuxAmd64()
    {
        const GoBuildInfo info = GoBuildInfo::readFile(
            Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64")));
        QVERIFY2(info.ok(), qPrintable(info.errorText));
        QCOMPARE(info.format, GoBuildInfo::Format::Elf);
        QCOMPARE(info.formatName(), QStringLiteral("ELF 64-bit LSB"));
        QCOMPARE(info.machine, 62u);
        QCOMPARE(info.headerArch, QStringLiteral("amd64"));
        QVERIFY2(info.goVersion.startsWith(QLatin1String("go1.")), qPrintable(info.goVersion));
        QCOMPARE(info.module(), QStringLiteral("github.com/LatticeNet/lattice-node-agent"));
        QCOMPARE(info.path, QStringLiteral("github.com/LatticeNet/lattice-node-agent"));
        QCOMPARE(info.mainModule.version, QStringLiteral("(devel)"));
        QCOMPARE(info.goos, QStringLiteral("linux"));
        QCOMPARE(info.goarch, QStringLiteral("amd64"));
        QCOMPARE(info.setting(QStringLiteral("GOAMD64")), QStringLiteral("v1"));
        QCOMPARE(info.setting(QStringLiteral("CGO_ENABLED")), QStringLiteral("0"));
        QCOMPARE(info.setting(QStringLiteral("-trimpath")), QStringLiteral("true"));
        // -trimpath keeps -ldflags out of the build info: the injected
        // version can only be learned by running the binary.
        QCOMPARE(info.setting(QStringLiteral("-ldflags")), QString());
        QVERIFY(info.problems(QStringLiteral("lattice-agent-linux-amd64")).isEmpty());
    }

    void linuxArm64()
    {
        const GoBuildInfo info = GoBuildInfo::readFile(
            Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-arm64")));
        QVERIFY2(info.ok(), qPrintable(info.errorText));
        QCOMPARE(info.machine, 183u);
        QCOMPARE(info.headerArch, QStringLiteral("arm64"));
        QCOMPARE(info.goarch, QStringLiteral("arm64"));
        QCOMPARE(info.setting(QStringLiteral("GOAMD64")), QString());
        QVERIFY(info.problems(QStringLiteral("lattice-agent-linux-arm64")).isEmpty());
    }

    void darwinArm64MachO()
    {
        const GoBuildInfo info = GoBuildInfo::readFile(
            Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-darwin-arm64")));
        QVERIFY2(info.ok(), qPrintable(info.errorText));
        QCOMPARE(info.format, GoBuildInfo::Format::MachO);
        QCOMPARE(info.formatName(), QStringLiteral("Mach-O 64-bit"));
        QCOMPARE(info.machine, 0x0100000cu);
        QCOMPARE(info.headerOs, QStringLiteral("darwin"));
        QCOMPARE(info.headerArch, QStringLiteral("arm64"));
        QCOMPARE(info.goos, QStringLiteral("darwin"));
        QCOMPARE(info.goarch, QStringLiteral("arm64"));
        QCOMPARE(info.module(), QStringLiteral("github.com/LatticeNet/lattice-node-agent"));
        QVERIFY(info.problems(QStringLiteral("lattice-agent-darwin-arm64")).isEmpty());
    }

    void assetNameMismatch()
    {
        const GoBuildInfo amd64 = GoBuildInfo::readFile(
            Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64")));
        const QStringList problems = amd64.problems(QStringLiteral("lattice-agent-linux-arm64"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("named for arm64")) &&
                     problems.first().contains(QLatin1String("GOARCH=amd64")),
                 qPrintable(problems.first()));

        const GoBuildInfo darwin = GoBuildInfo::readFile(
            Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-darwin-arm64")));
        const QStringList osProblems = darwin.problems(QStringLiteral("lattice-agent-linux-arm64"));
        QCOMPARE(osProblems.size(), 1);
        QVERIFY(osProblems.first().contains(QLatin1String("built for darwin")));
        // Names of another shape are not held against the binary.
        QVERIFY(darwin.problems(QStringLiteral("agent.bin")).isEmpty());
    }

    void headerDisagreesWithGoarch()
    {
        // An amd64 build whose ELF header claims AArch64: the header and
        // the build info contradict each other, and the name agrees with
        // only one of them.
        QByteArray b =
            bytes(Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64")));
        QVERIFY(!b.isEmpty());
        put16(b, 18, 183);
        const GoBuildInfo info = GoBuildInfo::parse(b);
        QVERIFY2(info.ok(), qPrintable(info.errorText));
        QCOMPARE(info.headerArch, QStringLiteral("arm64"));
        QCOMPARE(info.goarch, QStringLiteral("amd64"));
        const QStringList problems = info.problems(QStringLiteral("lattice-agent-linux-arm64"));
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).contains(QLatin1String("header is for arm64")));
        QVERIFY(problems.at(1).contains(QLatin1String("GOARCH=amd64")));
    }

    void truncatedBinaries()
    {
        for (const QString& name : {QStringLiteral("lattice-agent-linux-amd64"),
                                    QStringLiteral("lattice-agent-darwin-arm64")}) {
            const QByteArray b = bytes(Lattice::Test::goAgentPath(name));
            const GoBuildInfo info = GoBuildInfo::parse(b.left(b.size() / 2));
            QCOMPARE(info.error, GoBuildInfo::Error::Truncated);
            QVERIFY2(info.errorText.contains(QLatin1String("past the end of the file")),
                     qPrintable(info.errorText));
            const GoBuildInfo header = GoBuildInfo::parse(b.left(24));
            QCOMPARE(header.error, GoBuildInfo::Error::Truncated);
        }
    }

    void nonGoFiles()
    {
        const GoBuildInfo elf = GoBuildInfo::readFile(QStringLiteral("/usr/bin/true"));
        QCOMPARE(elf.error, GoBuildInfo::Error::NotGo);
        QVERIFY2(elf.errorText.contains(QLatin1String("not a Go binary")),
                 qPrintable(elf.errorText));

        const GoBuildInfo text = GoBuildInfo::parse(QByteArrayLiteral("#!/bin/sh\necho 0.2.9\n"));
        QCOMPARE(text.error, GoBuildInfo::Error::UnknownFormat);
        QCOMPARE(GoBuildInfo::parse(QByteArray()).error, GoBuildInfo::Error::UnknownFormat);
        QCOMPARE(GoBuildInfo::parse(QByteArrayLiteral("MZ\x90\x00 pe")).error,
                 GoBuildInfo::Error::UnknownFormat);
        QCOMPARE(GoBuildInfo::readFile(QStringLiteral("/nonexistent/agent")).error,
                 GoBuildInfo::Error::Unreadable);
    }

    void sizeCap()
    {
        const GoBuildInfo info = GoBuildInfo::readFile(
            Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64")), 1000);
        QCOMPARE(info.error, GoBuildInfo::Error::TooLarge);
        QCOMPARE(GoBuildInfo::kMaxFileBytes, 256LL * 1024 * 1024);
    }

    void scansWithoutSectionTable()
    {
        // Section headers gone (e_shoff and e_shnum zero): found by its magic.
        QByteArray b =
            bytes(Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64")));
        for (int i = 0x28; i < 0x30; ++i)
            b[i] = 0;
        put16(b, 0x3c, 0);
        const GoBuildInfo info = GoBuildInfo::parse(b);
        QVERIFY2(info.ok(), qPrintable(info.errorText));
        QCOMPARE(info.goarch, QStringLiteral("amd64"));
    }

    void oldPointerFormatIsNamed()
    {
        QByteArray b =
            bytes(Lattice::Test::goAgentPath(QStringLiteral("lattice-agent-linux-amd64")));
        const qsizetype at = b.indexOf(QByteArrayLiteral("\xff Go buildinf:"));
        QVERIFY(at > 0);
        b[at + 15] = char(b.at(at + 15) & ~0x2);
        const GoBuildInfo info = GoBuildInfo::parse(b);
        QCOMPARE(info.error, GoBuildInfo::Error::OldFormat);
        QVERIFY(info.errorText.contains(QLatin1String("before 1.18")));
    }

    void modInfoText()
    {
        GoBuildInfo info;
        QString error;
        QVERIFY(info.parseModInfo(
            QStringLiteral(
                "go\tgo1.26.1\n"
                "path\tgithub.com/LatticeNet/lattice-node-agent/cmd/lattice-agent\n"
                "mod\tgithub.com/LatticeNet/lattice-node-agent\tv0.2.9\t\n"
                "dep\tgithub.com/LatticeNet/lattice-sdk\tv0.2.17\th1:abc=\n"
                "dep\tgolang.org/x/sys\tv0.1.0\th1:def=\n"
                "=>\t../sys\t\n"
                "build\t-buildmode=exe\n"
                "build\t-ldflags=\"-s -w -X main.version=0.2.9 -X \\\"main.note=a b\\\"\"\n"
                "build\t\"odd key\"=`raw value`\n"
                "build\tCGO_ENABLED=0\n"
                "build\tGOARCH=arm64\n"
                "build\tGOOS=darwin\n"
                "build\tvcs=git\n"
                "build\tvcs.revision=94546a4d1c7c2d8c4e0f6e0d5f9d6c3b2a1e0f9d\n"
                "build\tvcs.time=2026-07-10T12:00:00Z\n"
                "build\tvcs.modified=false\n"),
            &error));
        QCOMPARE(error, QString());
        QCOMPARE(info.goVersion, QStringLiteral("go1.26.1"));
        QCOMPARE(info.module(), QStringLiteral("github.com/LatticeNet/lattice-node-agent"));
        QCOMPARE(info.mainModule.version, QStringLiteral("v0.2.9"));
        QCOMPARE(info.deps.size(), 2);
        QCOMPARE(info.deps.at(0).sum, QStringLiteral("h1:abc="));
        QCOMPARE(info.deps.at(1).replacement, QStringLiteral("../sys"));
        QCOMPARE(info.setting(QStringLiteral("-ldflags")),
                 QStringLiteral("-s -w -X main.version=0.2.9 -X \"main.note=a b\""));
        QCOMPARE(info.setting(QStringLiteral("odd key")), QStringLiteral("raw value"));
        QCOMPARE(info.setting(QStringLiteral("vcs.revision")),
                 QStringLiteral("94546a4d1c7c2d8c4e0f6e0d5f9d6c3b2a1e0f9d"));
        QCOMPARE(info.setting(QStringLiteral("vcs.modified")), QStringLiteral("false"));
        QCOMPARE(info.goos, QStringLiteral("darwin"));
        QCOMPARE(info.goarch, QStringLiteral("arm64"));

        GoBuildInfo bad;
        QVERIFY(!bad.parseModInfo(QStringLiteral("build\t-ldflags=\"unterminated\n"), &error));
        QVERIFY(!error.isEmpty());
    }

    void assetPlatforms()
    {
        using Lattice::Agent::agentAssetPlatform;
        QCOMPARE(agentAssetPlatform(QStringLiteral("lattice-agent-darwin-amd64")),
                 (QPair<QString, QString>{QStringLiteral("darwin"), QStringLiteral("amd64")}));
        QVERIFY(!agentAssetPlatform(QStringLiteral("lattice-agent-linux-amd64.sha256")));
        QVERIFY(!agentAssetPlatform(QStringLiteral("SHA256SUMS")));
    }
};

QTEST_GUILESS_MAIN(TestGoBuildInfo)
#include "tst_gobuildinfo.moc"
