#include "CleanupPreview.h"
#include "FixtureServerProcess.h"
#include "GitHubClient.h"
#include "HttpSession.h"
#include "RegistryClient.h"
#include "RegistrySeeder.h"
#include "TestEnvironment.h"

#include <QDateTime>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Lattice;

// The cleanup preview end to end: the Packages API from the fixture server
// (paginated, token required), tag inspection on the real registry, and the
// plan compared with the algorithm applied to what was really seeded.
class TestCleanupPreview : public QObject
{
    Q_OBJECT

    static constexpr char kToken[] = "ghp_LatticeFixturePackagesReader00000000";

    QUrl m_registry;
    QString m_org = QStringLiteral("latticenet");
    QString m_package;
    Test::SeededHistory m_history;
    QList<Oci::PackageVersion> m_versions;
    QTemporaryDir m_scenario;
    Test::FixtureServerProcess m_server;

    static bool copyTree(const QString& from, const QString& to)
    {
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = to + source.mid(from.size());
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!QFile::copy(source, target))
                return false;
        }
        return true;
    }

    // Versions the way GHCR lists them for the seeded history: each index
    // with its tags, each child and attestation untagged, plus old stale
    // versions so the list needs two pages, plus a tag the registry does not
    // have, whose inspection therefore fails.
    QJsonArray buildVersions()
    {
        QJsonArray list;
        qint64 id = 1000;
        int minute = 0;
        const auto add = [&](const QString& digest, const QStringList& tags) {
            // Pushed in order, so later entries are newer, one minute apart.
            const QString created = QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC)
                                        .addSecs(60 * minute++)
                                        .toString(Qt::ISODate);
            list.append(QJsonObject{
                {QStringLiteral("id"), ++id},
                {QStringLiteral("name"), digest},
                {QStringLiteral("created_at"), created},
                {QStringLiteral("updated_at"), created},
                {QStringLiteral("metadata"),
                 QJsonObject{
                     {QStringLiteral("package_type"), QStringLiteral("container")},
                     {QStringLiteral("container"),
                      QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}}}}}});
            m_versions.append({id, digest, created, tags});
        };
        for (int i = 0; i < 90; ++i)
            add(Test::RegistrySeeder::digestOf(QByteArray::number(i) + "-stale"), {});
        for (const Test::SeededIndex& index : m_history.indexes) {
            for (const Test::SeededChild& child : index.children) {
                if (!child.deleted)
                    add(child.digest, {});
            }
            for (const Test::SeededChild& a : index.attestations)
                add(a.digest, {});
            add(index.digest, index.tags);
        }
        add(Test::RegistrySeeder::digestOf("ghost"), {QStringLiteral("ghost-tag")});
        // GitHub lists newest first.
        QJsonArray newestFirst;
        for (qsizetype i = list.size() - 1; i >= 0; --i)
            newestFirst.append(list.at(i));
        return newestFirst;
    }

    Oci::CleanupPlan expectedPlan(int keep) const
    {
        QHash<QString, Oci::CleanupPlan::TagInspection> inspections;
        for (const Test::SeededIndex& index : m_history.indexes) {
            QStringList children;
            for (const Test::SeededChild& c : index.children)
                children << c.digest;
            for (const Test::SeededChild& a : index.attestations)
                children << a.digest;
            for (const QString& tag : index.tags)
                inspections.insert(tag, {true, children});
        }
        return Oci::CleanupPlan::compute(m_versions, inspections, keep);
    }

    static QList<qint64> ids(const QList<Oci::CleanupPlan::Row>& rows)
    {
        QList<qint64> out;
        for (const auto& r : rows)
            out << r.id;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_registry = Test::registryUrl();
        QVERIFY2(!m_registry.isEmpty(), "the registry fixture did not start");
        m_package =
            QStringLiteral("cleanup-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        QString error;
        const auto history =
            Test::seedRealisticHistory(m_registry, m_org + QLatin1Char('/') + m_package, &error);
        QVERIFY2(history, qPrintable(error));
        m_history = *history;

        // A copy of the default scenario (for its tokens) with this package.
        Test::FixtureServerProcess probe;
        QVERIFY2(probe.start({}, &error), qPrintable(error));
        const QString defaults = probe.scenarioDir();
        probe.stop();
        QVERIFY(copyTree(defaults, m_scenario.path()));
        const QString dir = m_scenario.filePath(
            QStringLiteral("github/orgs/%1/packages/container/%2").arg(m_org, m_package));
        QVERIFY(QDir().mkpath(dir));
        QFile versions(dir + QStringLiteral("/versions.json"));
        QVERIFY(versions.open(QIODevice::WriteOnly));
        versions.write(QJsonDocument(buildVersions()).toJson());
        versions.close();
        QVERIFY(m_versions.size() > 100);
        QVERIFY2(m_server.start({QStringLiteral("--scenario"), m_scenario.path()}, &error),
                 qPrintable(error));
    }

    void previewMatchesTheWorkflow()
    {
        Net::HttpSession session;
        GitHubClient github(&session, m_server.baseUrl(), true);
        github.setToken(QString::fromLatin1(kToken));
        RegistryClient registry(&session, m_registry, m_org + QLatin1Char('/') + m_package, true);
        CleanupPreview preview(&github, &registry);
        QSignalSpy finished(&preview, &CleanupPreview::finished);
        preview.start(m_org, m_package, 10);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toString(), QString());

        const Oci::CleanupPlan& plan = preview.plan();
        const Oci::CleanupPlan expected = expectedPlan(10);
        QCOMPARE(plan.tags, expected.tags);
        QVERIFY(plan.tags.contains(QStringLiteral("ghost-tag")));
        QCOMPARE(plan.unreadableTags, QStringList{QStringLiteral("ghost-tag")});
        QCOMPARE(plan.protectedDigests, expected.protectedDigests);
        QCOMPARE(ids(plan.keep), ids(expected.keep));
        QCOMPARE(ids(plan.remove), ids(expected.remove));
        QCOMPARE(plan.keep.size(), 10);
        QVERIFY(plan.remove.size() > 80);

        // The untagged index (a former `latest`) has children no tag protects.
        const QStringList untagged = m_history.untaggedDigests();
        QVERIFY(!untagged.isEmpty());
        const Test::SeededIndex* former = m_history.indexForDigest(untagged.first());
        QVERIFY(former);
        for (const Test::SeededChild& child : former->children)
            QVERIFY(!plan.protectedDigests.contains(child.digest));

        // Two pages of versions, each with the token; the token never went
        // to the registry.
        int pages = 0;
        for (const QJsonValue& v : m_server.requests()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("/versions"))) {
                ++pages;
                QCOMPARE(o.value(QStringLiteral("headers"))
                             .toObject()
                             .value(QStringLiteral("authorization"))
                             .toString(),
                         QStringLiteral("Bearer ") + QString::fromLatin1(kToken));
            }
        }
        QCOMPARE(pages, 2);
    }

    void cliPrintsThePlan()
    {
        QProcess cli;
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GITHUB_TOKEN"), QString::fromLatin1(kToken));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        cli.setProcessEnvironment(env);
        cli.start(Test::cliExecutable(),
                  {QStringLiteral("image"), QStringLiteral("cleanup-plan"),
                   m_org + QLatin1Char('/') + m_package, QStringLiteral("--keep"),
                   QStringLiteral("5"), QStringLiteral("--github-api"),
                   m_server.baseUrl().toString(), QStringLiteral("--registry-url"),
                   m_registry.toString(), QStringLiteral("--insecure-loopback"),
                   QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject out = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const Oci::CleanupPlan expected = expectedPlan(5);
        QCOMPARE(out.value(QStringLiteral("unreadable_tags")).toArray(),
                 QJsonArray{QStringLiteral("ghost-tag")});
        QCOMPARE(out.value(QStringLiteral("keep")).toArray().size(), 5);
        QCOMPARE(out.value(QStringLiteral("delete")).toArray().size(), expected.remove.size());
        const QJsonObject firstDelete =
            out.value(QStringLiteral("delete")).toArray().first().toObject();
        QCOMPARE(qint64(firstDelete.value(QStringLiteral("id")).toDouble()),
                 expected.remove.first().id);
        QCOMPARE(firstDelete.value(QStringLiteral("digest")).toString(),
                 expected.remove.first().digest);
        QCOMPARE(out.value(QStringLiteral("protected")).toArray().size(),
                 expected.protectedDigests.size());
    }

    void cliWithoutTokenSaysWhy()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GITHUB_TOKEN"));
        cli.setProcessEnvironment(env);
        cli.start(Test::cliExecutable(),
                  {QStringLiteral("image"), QStringLiteral("cleanup-plan"),
                   m_org + QLatin1Char('/') + m_package, QStringLiteral("--github-api"),
                   m_server.baseUrl().toString(), QStringLiteral("--registry-url"),
                   m_registry.toString(), QStringLiteral("--insecure-loopback")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 3);
        QVERIFY(cli.readAllStandardError().contains("read:packages"));
    }

    void badKeepIsAUsageError()
    {
        QProcess cli;
        cli.start(Test::cliExecutable(), {QStringLiteral("image"), QStringLiteral("cleanup-plan"),
                                          QStringLiteral("LatticeNet/lattice-server"),
                                          QStringLiteral("--keep"), QStringLiteral("-1")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCleanupPreview)
#include "tst_cleanuppreview.moc"
