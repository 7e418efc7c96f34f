#include "PluginIndex.h"
#include "PluginIndexReport.h"
#include "PluginIndexValidator.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Lattice;

namespace {
QByteArray readShared(const QString& relative)
{
    QFile file(Lattice::Test::sharedDir() + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Sets (or, with an undefined value, removes) the value at a dotted path;
// numeric parts index arrays, and the index one past the end appends.
QJsonValue setAt(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int i = head.toInt(&isIndex);
    if (isIndex && node.isArray()) {
        QJsonArray array = node.toArray();
        if (path.isEmpty() && value.isUndefined()) {
            array.removeAt(i);
        } else if (i == array.size()) {
            array.append(setAt(QJsonValue(), path, value));
        } else {
            array[i] = setAt(array.at(i), path, value);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = setAt(object.value(head), path, value);
    return object;
}

using Edit = QPair<QString, QJsonValue>;

QByteArray exampleWith(const QList<Edit>& edits)
{
    QJsonValue root =
        QJsonDocument::fromJson(readShared("data/plugin-index/plugins.example.json")).object();
    for (const Edit& e : edits)
        root = setAt(root, e.first.split(QLatin1Char('.')), e.second);
    return QJsonDocument(root.toObject()).toJson();
}

QJsonObject exampleRelease()
{
    return QJsonDocument::fromJson(readShared("data/plugin-index/plugins.example.json"))
        .object()["plugins"]
        .toArray()
        .at(0)
        .toObject()["releases"]
        .toArray()
        .at(0)
        .toObject();
}

QJsonObject releaseWith(const QString& version, const QString& channel, bool withCapabilities)
{
    QJsonObject r = exampleRelease();
    r["version"] = version;
    r["channel"] = channel;
    if (withCapabilities)
        r["capabilities"] = QJsonArray{"node:read"};
    return r;
}

const QJsonValue Remove = QJsonValue(QJsonValue::Undefined);
const QString Zero64 = QStringLiteral(
    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==");
} // namespace

class TestPluginIndex : public QObject
{
    Q_OBJECT

    QSet<int> m_coveredRules;

private slots:
    void realIndexValidates()
    {
        QString error;
        const auto report =
            PluginIndexReport::analyse(readShared("data/plugin-index/plugins.json"), &error);
        QVERIFY2(report, qPrintable(error));
        for (const PluginIndexViolation& v : report->violations)
            qWarning("rule %d %s: %s", v.rule, qPrintable(v.path), qPrintable(v.message));
        QVERIFY(report->violations.isEmpty());
        const PluginIndex& index = report->index;
        QCOMPARE(index.status, PluginIndex::Status::Draft);
        QCOMPARE(index.generatedAt, QStringLiteral("2026-08-22T12:01:32Z"));
        QCOMPARE(index.plugins.size(), 4);
        QCOMPARE(index.releaseCount(), 32);
        QCOMPARE(index.publishers.size(), 1);
        QCOMPARE(index.publishers.front().publicKey,
                 QStringLiteral("Ex4sJBNHgemwqhtaBwuoOf4Zg3iz5kojM+JeWBcDo40="));
        QVERIFY(report->signatures.isEmpty());

        // Channels, not releases[0], say what is current.
        const PluginIndex::Plugin* subStore = index.plugin(QStringLiteral("latticenet.sub-store"));
        QVERIFY(subStore);
        QCOMPARE(subStore->channels.size(), 2);
        QCOMPARE(subStore->channels.at(0).name, QStringLiteral("stable"));
        QCOMPARE(subStore->channels.at(0).version, QStringLiteral("0.3.1"));
        const PluginIndex::Release* stable = index.release(subStore->id, QStringLiteral("0.3.1"));
        QVERIFY(stable);
        QCOMPARE(subStore->capabilitiesOf(*stable),
                 (QStringList{"rpc:call", "http:egress", "kv:read", "kv:write"}));
        const PluginIndex::Release* old =
            index.release(QStringLiteral("latticenet.netguard"), QStringLiteral("0.1.0-alpha.7"));
        QVERIFY(old);
        QVERIFY(!old->hasCapabilities);
        QCOMPARE(index.plugin(QStringLiteral("latticenet.netguard"))->capabilitiesOf(*old).size(),
                 4);
    }

    void exampleValidates()
    {
        QString error;
        const auto report = PluginIndexReport::analyse(
            readShared("data/plugin-index/plugins.example.json"), &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->violations.isEmpty());
        QCOMPARE(report->index.status, PluginIndex::Status::Example);
        QCOMPARE(report->index.statusText, QStringLiteral("example"));
        // All-zero key and signature: shaped right, and never valid.
        QCOMPARE(report->signatures.size(), 1);
        QCOMPARE(report->signatures.front().publisher, QStringLiteral("latticenet"));
        QVERIFY(!report->signatures.front().valid);
    }

    void notAnObjectIsUnreadable()
    {
        QString error;
        QVERIFY(!PluginIndexReport::analyse("[]", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!PluginIndexReport::analyse("{\"schema\":", &error));
    }

    void eachRuleFails_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("document");

        const auto row = [](int rule, const char* name, const char* path,
                            const QList<Edit>& edits) {
            QTest::addRow("%d %s", rule, name)
                << rule << QString::fromUtf8(path) << exampleWith(edits);
        };
        row(1, "other schema", "schema", {{"schema", "lattice.plugin.index.v2"}});
        row(1, "missing schema", "schema", {{"schema", Remove}});
        row(2, "offset timestamp", "generated_at", {{"generated_at", "2026-06-15T00:00:00+00:00"}});
        row(2, "number", "generated_at", {{"generated_at", 20260615}});
        row(3, "unknown status", "status", {{"status", "published"}});
        row(4, "publishers object", "publishers", {{"publishers", QJsonObject()}});
        row(4, "plugins missing", "plugins", {{"plugins", Remove}});
        row(4, "signatures null", "signatures", {{"signatures", QJsonValue::Null}});
        row(5, "unsigned official", "signatures",
            {{"status", "official"}, {"signatures", QJsonArray()}});
        row(6, "upper-case id", "publishers[0].id", {{"publishers.0.id", "LatticeNet"}});
        row(6, "one-character id", "publishers[0].id", {{"publishers.0.id", "l"}});
        row(7, "blank name", "publishers[0].name", {{"publishers.0.name", "  "}});
        row(8, "31-byte key", "publishers[0].public_key_ed25519",
            {{"publishers.0.public_key_ed25519",
              QString::fromLatin1(QByteArray(31, 'k').toBase64())}});
        row(8, "non-canonical key", "publishers[0].public_key_ed25519",
            {{"publishers.0.public_key_ed25519", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB="}});
        row(8, "unpadded key", "publishers[0].public_key_ed25519",
            {{"publishers.0.public_key_ed25519", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}});
        row(9, "leading dash", "plugins[0].id", {{"plugins.0.id", "-sing-box"}});
        row(9, "trailing newline", "plugins[0].id", {{"plugins.0.id", "latticenet.sing-box\n"}});
        row(10, "duplicate", "plugins[1].id",
            {{"plugins.1",
              QJsonDocument::fromJson(exampleWith({})).object()["plugins"].toArray().at(0)}});
        row(11, "empty name", "plugins[0].name", {{"plugins.0.name", ""}});
        row(12, "unlisted publisher", "plugins[0].publisher", {{"plugins.0.publisher", "someone"}});
        row(13, "unknown type", "plugins[0].type", {{"plugins.0.type", "native"}});
        row(14, "channels array", "plugins[0].channels",
            {{"plugins.0.channels", QJsonArray{"stable"}}});
        row(14, "channels missing", "plugins[0].channels", {{"plugins.0.channels", Remove}});
        row(15, "no channels", "plugins[0].channels",
            {{"plugins.0.channels", QJsonObject()}, {"plugins.0.latest", Remove}});
        row(16, "beta channel", "plugins[0].channels.beta", {{"plugins.0.channels.beta", "0.1.0"}});
        row(17, "space in version", "plugins[0].channels.stable",
            {{"plugins.0.channels.stable", "0.1.0 "}, {"plugins.0.latest", Remove}});
        row(18, "alpha on stable", "plugins[0].channels.stable",
            {{"plugins.0.channels.stable", "0.2.0-alpha.1"}, {"plugins.0.latest", Remove}});
        row(18, "upper-case alpha on stable", "plugins[0].channels.stable",
            {{"plugins.0.channels.stable", "0.2.0-ALPHA"}, {"plugins.0.latest", Remove}});
        row(19, "stable on alpha", "plugins[0].channels.alpha",
            {{"plugins.0.channels.alpha", "0.1.0"}});
        row(19, "beta is not alpha", "plugins[0].channels.alpha",
            {{"plugins.0.channels.alpha", "0.2.0-beta.1"}});
        row(20, "latest differs", "plugins[0].latest", {{"plugins.0.latest", "0.0.9"}});
        row(20, "latest without stable", "plugins[0].latest",
            {{"plugins.0.channels", QJsonObject{{"alpha", "0.1.0-alpha.1"}}},
             {"plugins.0.releases.0.version", "0.1.0-alpha.1"},
             {"plugins.0.releases.0.channel", "alpha"}});
        row(21, "unknown capability", "plugins[0].capabilities[3]",
            {{"plugins.0.capabilities.3", "root:all"}});
        row(21, "duplicate capability", "plugins[0].capabilities[3]",
            {{"plugins.0.capabilities.3", "node:read"}});
        row(21, "empty capabilities", "plugins[0].capabilities",
            {{"plugins.0.capabilities", QJsonArray()}});
        row(21, "missing capabilities", "plugins[0].capabilities",
            {{"plugins.0.capabilities", Remove}});
        row(22, "no releases", "plugins[0].releases", {{"plugins.0.releases", QJsonArray()}});
        row(22, "releases object", "plugins[0].releases", {{"plugins.0.releases", QJsonObject()}});
        row(23, "slash in version", "plugins[0].releases[0].version",
            {{"plugins.0.releases.0.version", "0.1.0/x"}});
        row(24, "duplicate version", "plugins[0].releases[1].version",
            {{"plugins.0.releases.1", releaseWith("0.1.0", "stable", false)}});
        row(25, "beta channel", "plugins[0].releases[0].channel",
            {{"plugins.0.releases.0.channel", "beta"}});
        row(26, "alpha release on stable", "plugins[0].releases[1].version",
            {{"plugins.0.releases.1", releaseWith("0.2.0-alpha.1", "stable", false)}});
        row(26, "stable release on alpha", "plugins[0].releases[1].version",
            {{"plugins.0.releases.1", releaseWith("0.2.0", "alpha", false)}});
        row(27, "multi-channel without capabilities", "plugins[0].releases[0].capabilities",
            {{"plugins.0.channels.alpha", "0.2.0-alpha.1"},
             {"plugins.0.releases.1", releaseWith("0.2.0-alpha.1", "alpha", true)}});
        row(28, "unknown release capability", "plugins[0].releases[0].capabilities[0]",
            {{"plugins.0.releases.0.capabilities", QJsonArray{"root:all"}}});
        row(28, "duplicate release capability", "plugins[0].releases[0].capabilities[1]",
            {{"plugins.0.releases.0.capabilities", QJsonArray{"node:read", "node:read"}}});
        row(28, "empty release capabilities", "plugins[0].releases[0].capabilities",
            {{"plugins.0.releases.0.capabilities", QJsonArray()}});
        row(29, "http artifact", "plugins[0].releases[0].artifact_url",
            {{"plugins.0.releases.0.artifact_url", "http://plugins.latticenet.invalid/a"}});
        row(29, "user info", "plugins[0].releases[0].artifact_url",
            {{"plugins.0.releases.0.artifact_url",
              "https://user:pw@plugins.latticenet.invalid/a"}});
        row(29, "query", "plugins[0].releases[0].manifest_url",
            {{"plugins.0.releases.0.manifest_url",
              "https://plugins.latticenet.invalid/m.json?v=1"}});
        row(29, "fragment", "plugins[0].releases[0].manifest_url",
            {{"plugins.0.releases.0.manifest_url", "https://plugins.latticenet.invalid/m.json#x"}});
        row(29, "no host", "plugins[0].releases[0].manifest_url",
            {{"plugins.0.releases.0.manifest_url", "https://"}});
        row(29, "not a url", "plugins[0].releases[0].manifest_url",
            {{"plugins.0.releases.0.manifest_url", "manifest.json"}});
        row(30, "upper-case digest", "plugins[0].releases[0].artifact_sha256",
            {{"plugins.0.releases.0.artifact_sha256", QString(64, QLatin1Char('A'))}});
        row(30, "short digest", "plugins[0].releases[0].artifact_sha256",
            {{"plugins.0.releases.0.artifact_sha256", QString(63, QLatin1Char('a'))}});
        row(31, "63-byte signature", "plugins[0].releases[0].signature_ed25519",
            {{"plugins.0.releases.0.signature_ed25519",
              QString::fromLatin1(QByteArray(63, 's').toBase64())}});
        row(31, "missing signature", "plugins[0].releases[0].signature_ed25519",
            {{"plugins.0.releases.0.signature_ed25519", Remove}});
        row(32, "no such release", "plugins[0].channels.stable",
            {{"plugins.0.channels.stable", "0.0.1"}, {"plugins.0.latest", "0.0.1"}});
        row(33, "stable selects an alpha-channel release", "plugins[0].channels.stable",
            {{"plugins.0.releases.0.channel", "alpha"}});
        row(34, "unlisted signer", "signatures[0].publisher",
            {{"signatures.0.publisher", "nobody"}});
        row(35, "short index signature", "signatures[0].signature_ed25519",
            {{"signatures.0.signature_ed25519", "AAAA"}});
        row(35, "padding missing", "signatures[0].signature_ed25519",
            {{"signatures.0.signature_ed25519", Zero64.left(Zero64.size() - 2)}});
    }

    void eachRuleFails()
    {
        QFETCH(int, rule);
        QFETCH(QString, path);
        QFETCH(QByteArray, document);
        m_coveredRules.insert(rule);
        const QList<PluginIndexViolation> violations =
            PluginIndexValidator::validate(QJsonDocument::fromJson(document).object());
        QStringList seen;
        bool found = false;
        for (const PluginIndexViolation& v : violations) {
            seen << QStringLiteral("%1 %2: %3").arg(v.rule).arg(v.path, v.message);
            QVERIFY(!v.message.isEmpty());
            found = found || (v.rule == rule && v.path == path);
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected rule %1 at %2, got:\n%3")
                                       .arg(rule)
                                       .arg(path, seen.join(QLatin1Char('\n')))));
    }

    void everyRuleHasAFailingCase()
    {
        QCOMPARE(m_coveredRules.size(), PluginIndexValidator::RuleCount);
        for (int rule = 1; rule <= PluginIndexValidator::RuleCount; ++rule) {
            QVERIFY2(m_coveredRules.contains(rule), qPrintable(QString::number(rule)));
            QVERIFY(!PluginIndexValidator::ruleSummary(rule).isEmpty());
        }
    }

    void oneFaultOneViolation()
    {
        // A single bad field is reported once, not again by every rule that
        // depends on it.
        const auto violations = PluginIndexValidator::validate(
            QJsonDocument::fromJson(exampleWith({{"plugins.0.releases.0.artifact_sha256", "XYZ"}}))
                .object());
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.front().rule, 30);
        const auto channels = PluginIndexValidator::validate(
            QJsonDocument::fromJson(exampleWith({{"plugins.0.channels", "stable"}})).object());
        QCOMPARE(channels.size(),
                 2); // rule 14, and rule 20: latest no longer equals channels.stable
        QCOMPARE(channels.at(0).rule, 14);
        QCOMPARE(channels.at(1).rule, 20);
    }

    void everyFailureIsReported()
    {
        const auto violations = PluginIndexValidator::validate(QJsonObject());
        QList<int> rules;
        for (const PluginIndexViolation& v : violations)
            rules << v.rule;
        QCOMPARE(rules, (QList<int>{1, 2, 3, 4, 4, 4}));
    }
};

QTEST_GUILESS_MAIN(TestPluginIndex)
#include "tst_pluginindex.moc"
