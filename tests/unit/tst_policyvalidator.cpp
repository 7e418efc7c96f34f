#include "PolicyValidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace Lattice::Server;

namespace {

constexpr char kSha[] = "3f1c0e7d9a5b2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e";

UpdatePolicy official(const QString& target = QStringLiteral("latest"))
{
    UpdatePolicy p;
    p.nodeId = QStringLiteral("edge-fra-1");
    p.targetVersion = target;
    return p;
}

UpdatePolicy custom()
{
    UpdatePolicy p = official(QStringLiteral("0.2.9"));
    p.binaryUrl =
        QStringLiteral("https://github.com/LatticeNet/lattice-node-agent/releases/download/v0.2.9/"
                       "lattice-agent-linux-amd64");
    p.sha256 = QString::fromLatin1(kSha);
    return p;
}

QStringList messages(const PolicyValidation& v)
{
    QStringList list;
    for (const FieldProblem& p : v.errors)
        list.append(p.field + QLatin1Char('=') + p.message);
    return list;
}

} // namespace

class TestPolicyValidator : public QObject
{
    Q_OBJECT

private slots:
    void officialDefaults()
    {
        const PolicyValidation v = PolicyValidator::validate(official(QStringLiteral("  ")));
        QVERIFY2(v.isValid(), qPrintable(messages(v).join(QLatin1Char('\n'))));
        QCOMPARE(v.normalized.targetVersion, QStringLiteral("latest"));
        QCOMPARE(v.normalized.installPath, QStringLiteral("/opt/lattice/node-agent/lattice-agent"));
        QCOMPARE(v.normalized.serviceName, QStringLiteral("lattice-agent.service"));
        QVERIFY(v.normalized.binaryUrl.isEmpty());
        QCOMPARE(v.normalized.mode(), UpdatePolicy::Mode::Official);
    }

    void officialVersionSpelling_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored");
        QTest::newRow("LATEST any case") << "LaTeSt"
                                         << "latest";
        QTest::newRow("v stripped") << "v0.2.9"
                                    << "0.2.9";
        QTest::newRow("prerelease kept") << "0.3.3-alpha.2"
                                         << "0.3.3-alpha.2";
        QTest::newRow("lone v kept") << "v"
                                     << "v";
    }

    void officialVersionSpelling()
    {
        QFETCH(QString, input);
        QFETCH(QString, stored);
        const PolicyValidation v = PolicyValidator::validate(official(input));
        QVERIFY(v.isValid());
        QCOMPARE(v.normalized.targetVersion, stored);
    }

    void rulesAndMessages_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // field=message of the first error
        const auto row = [](const char* name, const char* field, const char* value,
                            const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(field) << QString::fromUtf8(value)
                                << QString::fromUtf8(expected);
        };
        row("node blank", "node_id", "  ", "node_id=node_id is required");
        row("url without sha", "sha256", "",
            "sha256=binary_url and sha256 must be provided together, or both left empty "
            "for the official release");
        row("custom version blank", "target_version", "",
            "target_version=target_version is required and must be an auditable version "
            "string");
        row("custom version space", "target_version", "0.2 9",
            "target_version=target_version is required and must be an auditable version "
            "string");
        row("version too long", "target_version",
            "a234567890123456789012345678901234567890"
            "1234567890123456789012345",
            "target_version=target_version is required and must be an auditable version "
            "string");
        row("http url", "binary_url", "http://example.com/lattice-agent",
            "binary_url=binary_url must be an HTTPS URL");
        row("no host", "binary_url", "https:///lattice-agent",
            "binary_url=binary_url must be an HTTPS URL");
        row("userinfo", "binary_url", "https://user:pw@example.com/lattice-agent",
            "binary_url=binary_url must not contain userinfo");
        row("query", "binary_url", "https://example.com/lattice-agent?x=1",
            "binary_url=binary_url must not contain a query");
        row("bare query", "binary_url", "https://example.com/lattice-agent?",
            "binary_url=binary_url must not contain a query");
        row("fragment", "binary_url", "https://example.com/lattice-agent#top",
            "binary_url=binary_url must not contain a fragment");
        row("short sha", "sha256", "abc",
            "sha256=sha256 must be a 64-character lowercase hex digest");
        row("relative path", "install_path", "opt/lattice-agent",
            "install_path=install_path must be absolute");
        row("dotdot", "install_path", "/opt/../etc/lattice-agent",
            "install_path=install_path must not contain a .. segment");
        row("semicolon", "install_path", "/opt/x;rm/lattice-agent",
            "install_path=install_path contains unsafe characters");
        row("control char", "install_path", "/opt/x\ty/lattice-agent",
            "install_path=install_path contains unsafe characters");
        row("wrong name", "install_path", "/usr/local/bin/agent",
            "install_path=install_path must end with /lattice-agent");
        row("service", "service_name", "lattice agent",
            "service_name=service_name contains unsupported characters");
    }

    void rulesAndMessages()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        UpdatePolicy p = custom();
        if (field == QLatin1String("node_id"))
            p.nodeId = value;
        else if (field == QLatin1String("target_version"))
            p.targetVersion = value;
        else if (field == QLatin1String("binary_url"))
            p.binaryUrl = value;
        else if (field == QLatin1String("sha256"))
            p.sha256 = value;
        else if (field == QLatin1String("install_path"))
            p.installPath = value;
        else if (field == QLatin1String("service_name"))
            p.serviceName = value;
        const PolicyValidation v = PolicyValidator::validate(p);
        QVERIFY(!v.isValid());
        QCOMPARE(messages(v).first(), expected);
    }

    void officialVersionMessageDiffers()
    {
        const PolicyValidation v = PolicyValidator::validate(official(QStringLiteral("-1")));
        QCOMPARE(messages(v), QStringList{QStringLiteral(
                                  "target_version=target_version must be latest or an auditable "
                                  "version string")});
    }

    void ruleOrderFollowsTheServer()
    {
        // Node first, then the mode pairing, then paths: the server answers
        // with the first failing rule, so the first error must be that one.
        UpdatePolicy p;
        p.binaryUrl = QStringLiteral("http://x");
        p.installPath = QStringLiteral("relative");
        p.serviceName = QStringLiteral("a b");
        const PolicyValidation v = PolicyValidator::validate(p);
        QCOMPARE(v.errors.size(), 4);
        QCOMPARE(v.errors.at(0).field, QStringLiteral("node_id"));
        QCOMPARE(v.errors.at(1).field, QStringLiteral("sha256"));
        QCOMPARE(v.errors.at(2).field, QStringLiteral("install_path"));
        QCOMPARE(v.errors.at(3).field, QStringLiteral("service_name"));
    }

    void unknownNodeWhenNodesAreKnown()
    {
        const QStringList nodes{QStringLiteral("core-ams-1")};
        const PolicyValidation v = PolicyValidator::validate(official(), nodes);
        QCOMPARE(messages(v), QStringList{QStringLiteral("node_id=node not found")});
        QVERIFY(PolicyValidator::validate(official(), std::nullopt).isValid());
    }

    void uppercaseShaIsLowerCased()
    {
        UpdatePolicy p = custom();
        p.sha256 = QString::fromLatin1(kSha).toUpper();
        const PolicyValidation v = PolicyValidator::validate(p);
        QVERIFY(v.isValid());
        QCOMPARE(v.normalized.sha256, QString::fromLatin1(kSha));
    }

    void legacyInstallPathIsRewrittenWithAWarning()
    {
        UpdatePolicy p = official();
        p.installPath = QStringLiteral(" /opt/lattice/lattice-agent ");
        const PolicyValidation v = PolicyValidator::validate(p);
        QVERIFY(v.isValid());
        QCOMPARE(v.normalized.installPath, QStringLiteral("/opt/lattice/node-agent/lattice-agent"));
        QCOMPARE(v.warnings.size(), 1);
        QCOMPARE(v.warnings.first().field, QStringLiteral("install_path"));
    }

    void customVersionThatWillFailOnTheNodeWarns_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("v prefix") << "v0.2.9";
        QTest::newRow("latest") << "latest";
    }

    void customVersionThatWillFailOnTheNodeWarns()
    {
        QFETCH(QString, target);
        UpdatePolicy p = custom();
        p.targetVersion = target;
        const PolicyValidation v = PolicyValidator::validate(p);
        QVERIFY(v.isValid());
        QCOMPARE(v.normalized.targetVersion, target); // custom mode keeps it literally
        QCOMPARE(v.warnings.size(), 1);
        QCOMPARE(v.warnings.first().field, QStringLiteral("target_version"));
    }

    void requestBodyHasExactlyTheClientFields()
    {
        const QJsonObject body = custom().toRequestJson();
        QStringList keys = body.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("auto_plan"), QStringLiteral("binary_url"),
                                    QStringLiteral("enabled"), QStringLiteral("install_path"),
                                    QStringLiteral("node_id"), QStringLiteral("service_name"),
                                    QStringLiteral("sha256"), QStringLiteral("target_version")}));
    }

    void strictDecoding()
    {
        QList<FieldProblem> problems;
        const auto decoded = PolicyValidator::decodeStrict(
            QJsonDocument::fromJson(
                "{\"node_id\":\"n\",\"enabled\":\"yes\",\"extra\":1,\"last_error\":\"x\"}")
                .object(),
            &problems);
        QVERIFY(!decoded);
        QStringList fields;
        for (const FieldProblem& p : problems) {
            fields.append(p.field);
            QCOMPARE(p.message, QStringLiteral("invalid request body"));
        }
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("enabled"), QStringLiteral("extra")}));

        const auto badTime = PolicyValidator::decodeStrict(
            QJsonDocument::fromJson("{\"node_id\":\"n\",\"created_at\":\"yesterday\"}").object(),
            &problems);
        QVERIFY(!badTime);

        const auto ok = PolicyValidator::decodeStrict(
            QJsonDocument::fromJson("{\"node_id\":\"n\",\"auto_plan\":true,\"sha256\":null,"
                                    "\"updated_at\":\"0001-01-01T00:00:00Z\"}")
                .object(),
            &problems);
        QVERIFY(ok);
        QVERIFY(problems.isEmpty());
        QCOMPARE(ok->nodeId, QStringLiteral("n"));
        QVERIFY(ok->autoPlan);
        QVERIFY(!ok->enabled); // omitted means false in a full replace
    }

    void changesIgnoreTheServersOwnRewrites()
    {
        UpdatePolicy current = official(QStringLiteral("0.2.9"));
        current.installPath = QStringLiteral("/opt/lattice/node-agent/lattice-agent");
        current.serviceName = QStringLiteral("lattice-agent.service");
        UpdatePolicy proposed = official(QStringLiteral("0.2.9"));
        proposed.installPath = QStringLiteral("/opt/lattice/lattice-agent");
        QVERIFY(policyChanges(current, proposed).isEmpty());

        proposed.targetVersion = QStringLiteral("0.3.3");
        proposed.autoPlan = true;
        const QList<PolicyChange> changes = policyChanges(current, proposed);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).field, QStringLiteral("auto_plan"));
        QCOMPARE(changes.at(1).field, QStringLiteral("target_version"));
        QCOMPARE(changes.at(1).current, QStringLiteral("0.2.9"));
        QCOMPARE(changes.at(1).proposed, QStringLiteral("0.3.3"));

        QCOMPARE(policyChanges(std::nullopt, proposed).size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestPolicyValidator)
#include "tst_policyvalidator.moc"
