#include "Profile.h"

#include <QTest>

using Lattice::Profile;
using Lattice::ServerEndpoint;

class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void upstreamIsThePublicProject()
    {
        const Profile p = Profile::upstream();
        QCOMPARE(p.registryUrl, QUrl(QStringLiteral("https://ghcr.io")));
        QCOMPARE(p.imageRepository, QStringLiteral("latticenet/lattice-server"));
        QCOMPARE(p.agentRepo, QStringLiteral("LatticeNet/lattice-node-agent"));
        QCOMPARE(p.sdkRepo, QStringLiteral("LatticeNet/lattice-sdk"));
        QCOMPARE(p.docsRepo, QStringLiteral("LatticeNet/latticenet.github.io"));
        QCOMPARE(p.pluginIndexUrl.path(), QStringLiteral("/LatticeNet/lattice-plugin-index/main/plugins.json"));
        QCOMPARE(p.movingChannels, (QStringList{"latest", "alpha", "beta"}));
        QVERIFY(p.servers.isEmpty());
        QVERIFY2(p.validate().isEmpty(), qPrintable(p.validate().join('\n')));
    }

    void roundTripsThroughVariantMap()
    {
        Profile p = Profile::upstream();
        p.name = QStringLiteral("fork");
        p.imageRepository = QStringLiteral("someone/lattice-server");
        p.movingChannels = {QStringLiteral("latest")};
        p.allowInsecureLoopback = true;
        p.servers.append({QUrl(QStringLiteral("https://lattice.example.com")), QStringLiteral("prod"),
                          false, QStringLiteral("/etc/ca.pem")});
        p.servers.append({QUrl(QStringLiteral("http://127.0.0.1:8088")), {}, true, {}});
        QCOMPARE(Profile::fromVariantMap(p.toVariantMap()), p);
    }

    void missingKeysFallBackToUpstream()
    {
        const Profile p = Profile::fromVariantMap({{QStringLiteral("name"), QStringLiteral("old")}});
        QCOMPARE(p.name, QStringLiteral("old"));
        QCOMPARE(p.agentRepo, Profile::upstream().agentRepo);
        QVERIFY(p.servers.isEmpty());
    }

    void validationNamesEveryBadField()
    {
        Profile p = Profile::upstream();
        p.name = QStringLiteral("  ");
        p.registryUrl = QUrl(QStringLiteral("http://ghcr.io"));
        p.imageRepository = QStringLiteral("LatticeNet/Lattice-Server");
        p.agentRepo = QStringLiteral("no-slash");
        p.servers.append({QUrl(QStringLiteral("http://127.0.0.1:8088")), {}, false, {}});
        const QStringList problems = p.validate();
        QCOMPARE(problems.size(), 5);
        QVERIFY(problems.join('\n').contains(QStringLiteral("Registry URL")));
        QVERIFY(problems.join('\n').contains(QStringLiteral("LatticeNet/Lattice-Server")));
        QVERIFY(problems.join('\n').contains(QStringLiteral("no-slash")));
        QVERIFY(problems.join('\n').contains(QStringLiteral("127.0.0.1:8088")));
    }

    void loopbackHttpNeedsTheProfileSwitch()
    {
        Profile p = Profile::upstream();
        p.registryUrl = QUrl(QStringLiteral("http://127.0.0.1:5000"));
        QCOMPARE(p.validate().size(), 1);
        p.allowInsecureLoopback = true;
        QVERIFY(p.validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
