#include "PluginIndexValidator.h"

#include "PluginCapability.h"
#include "PluginFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Lattice {

namespace {
using namespace PluginFormat;

// The context lupdate files these tr() calls under, so lookups find them.
QString tr(const char* text)
{
    return QCoreApplication::translate("Lattice", text);
}

// How a value reads in a message: strings quoted, everything else by type.
QString shown(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return tr("missing");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String: {
        const QByteArray quoted = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    }
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    }
    return {};
}

bool isNonBlankString(const QJsonValue& value)
{
    return value.isString() && !value.toString().trimmed().isEmpty();
}

bool decodesTo(const QJsonValue& value, int bytes)
{
    if (!value.isString())
        return false;
    const auto decoded = decodeCanonicalBase64(value.toString());
    return decoded && decoded->size() == bytes;
}

class Checker
{
public:
    // lupdate files the messages of this class under its own name, so the
    // lookup uses that context too.
    static QString tr(const char* text)
    {
        return QCoreApplication::translate("Lattice::Checker", text);
    }

    QList<PluginIndexViolation> run(const QJsonObject& index)
    {
        topLevel(index);
        if (index.value(QLatin1String("publishers")).isArray())
            publishers(index.value(QLatin1String("publishers")).toArray());
        if (index.value(QLatin1String("plugins")).isArray())
            plugins(index.value(QLatin1String("plugins")).toArray());
        if (index.value(QLatin1String("signatures")).isArray())
            signatures(index.value(QLatin1String("signatures")).toArray());
        return m_violations;
    }

private:
    void add(int rule, const QString& path, const QString& message)
    {
        m_violations.append({rule, path, message});
    }

    void topLevel(const QJsonObject& index)
    {
        const QJsonValue schema = index.value(QLatin1String("schema"));
        if (schema.toString() != QLatin1String(IndexSchema) || !schema.isString())
            add(1, QStringLiteral("schema"),
                tr("schema must be \"%1\", not %2").arg(QLatin1String(IndexSchema), shown(schema)));
        const QJsonValue generatedAt = index.value(QLatin1String("generated_at"));
        if (!generatedAt.isString() || !generatedAt.toString().endsWith(QLatin1Char('Z')))
            add(2, QStringLiteral("generated_at"),
                tr("generated_at must be a UTC timestamp ending in Z, not %1")
                    .arg(shown(generatedAt)));
        const QJsonValue status = index.value(QLatin1String("status"));
        const QString statusText = status.toString();
        if (!status.isString() ||
            (statusText != QLatin1String("draft") && statusText != QLatin1String("official") &&
             statusText != QLatin1String("example")))
            add(3, QStringLiteral("status"),
                tr("status must be draft, official or example, not %1").arg(shown(status)));
        for (const char* name : {"publishers", "plugins", "signatures"}) {
            const QJsonValue value = index.value(QLatin1String(name));
            if (!value.isArray())
                add(4, QLatin1String(name),
                    tr("%1 must be an array, not %2").arg(QLatin1String(name), shown(value)));
        }
        const QJsonValue signatures = index.value(QLatin1String("signatures"));
        if (status.isString() && statusText == QLatin1String("official") && signatures.isArray() &&
            signatures.toArray().isEmpty())
            add(5, QStringLiteral("signatures"),
                tr("an official index needs at least one signature; without one it is a draft"));
    }

    void publishers(const QJsonArray& list)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = elementPath(QStringLiteral("publishers"), i);
            const QJsonObject p = list.at(i).toObject();
            const QJsonValue id = p.value(QLatin1String("id"));
            if (!id.isString() || !isValidId(id.toString()))
                add(6, memberPath(path, QStringLiteral("id")),
                    tr("publisher id %1 does not match the id pattern").arg(shown(id)));
            if (id.isString())
                m_publisherIds.insert(id.toString());
            if (!isNonBlankString(p.value(QLatin1String("name"))))
                add(7, memberPath(path, QStringLiteral("name")),
                    tr("publisher %1 needs a non-blank name").arg(shown(id)));
            const QJsonValue key = p.value(QLatin1String("public_key_ed25519"));
            if (!decodesTo(key, 32))
                add(8, memberPath(path, QStringLiteral("public_key_ed25519")),
                    tr("publisher %1 public_key_ed25519 must be canonical padded base64 of a "
                       "32-byte Ed25519 key, not %2")
                        .arg(shown(id), shown(key)));
        }
    }

    void capabilities(int rule, const QString& path, const QJsonValue& value, const QString& owner)
    {
        if (!value.isArray() || value.toArray().isEmpty()) {
            add(rule, path,
                tr("%1 capabilities must be a non-empty array, not %2").arg(owner, shown(value)));
            return;
        }
        const QJsonArray list = value.toArray();
        QSet<QString> seen;
        for (qsizetype k = 0; k < list.size(); ++k) {
            const QJsonValue cap = list.at(k);
            const QString at = elementPath(path, k);
            if (!cap.isString() || !PluginCapability::isAllowlisted(cap.toString()))
                add(rule, at,
                    tr("%1 capability %2 is not on the allowlist").arg(owner, shown(cap)));
            if (cap.isString() && seen.contains(cap.toString()))
                add(rule, at, tr("%1 lists capability %2 twice").arg(owner, shown(cap)));
            if (cap.isString())
                seen.insert(cap.toString());
        }
    }

    void plugins(const QJsonArray& list)
    {
        QSet<QString> ids;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = elementPath(QStringLiteral("plugins"), i);
            const QJsonObject p = list.at(i).toObject();
            const QJsonValue id = p.value(QLatin1String("id"));
            const QString who = tr("plugin %1").arg(shown(id));
            if (!id.isString() || !isValidId(id.toString()))
                add(9, memberPath(path, QStringLiteral("id")),
                    tr("plugin id %1 does not match the id pattern").arg(shown(id)));
            if (id.isString() && ids.contains(id.toString()))
                add(10, memberPath(path, QStringLiteral("id")),
                    tr("plugin id %1 is used by an earlier plugin").arg(shown(id)));
            if (id.isString())
                ids.insert(id.toString());
            if (!isNonBlankString(p.value(QLatin1String("name"))))
                add(11, memberPath(path, QStringLiteral("name")),
                    tr("%1 needs a non-blank name").arg(who));
            const QJsonValue publisher = p.value(QLatin1String("publisher"));
            if (!publisher.isString() || !m_publisherIds.contains(publisher.toString()))
                add(12, memberPath(path, QStringLiteral("publisher")),
                    tr("%1 names publisher %2, which is not listed").arg(who, shown(publisher)));
            const QJsonValue type = p.value(QLatin1String("type"));
            if (!type.isString() || !isPluginType(type.toString()))
                add(13, memberPath(path, QStringLiteral("type")),
                    tr("%1 type must be system, worker or wasm, not %2").arg(who, shown(type)));

            const QString channelsPath = memberPath(path, QStringLiteral("channels"));
            const QJsonValue channelsValue = p.value(QLatin1String("channels"));
            const bool channelsOk = channelsValue.isObject();
            const QJsonObject channels = channelsValue.toObject();
            if (!channelsOk)
                add(14, channelsPath,
                    tr("%1 channels must be an object, not %2").arg(who, shown(channelsValue)));
            else
                channelRules(channelsPath, channels, who);

            if (p.contains(QLatin1String("latest"))) {
                const QJsonValue latest = p.value(QLatin1String("latest"));
                const QJsonValue stable = channels.value(QLatin1String("stable"));
                if (!latest.isString() || !isValidVersion(latest.toString()) ||
                    !stable.isString() || stable.toString() != latest.toString())
                    add(20, memberPath(path, QStringLiteral("latest")),
                        tr("%1 latest %2 is a legacy alias and must be a valid version equal "
                           "to channels.stable (%3)")
                            .arg(who, shown(latest), shown(stable)));
            }

            capabilities(21, memberPath(path, QStringLiteral("capabilities")),
                         p.value(QLatin1String("capabilities")), who);

            const QString releasesPath = memberPath(path, QStringLiteral("releases"));
            const QJsonValue releasesValue = p.value(QLatin1String("releases"));
            if (!releasesValue.isArray() || releasesValue.toArray().isEmpty()) {
                add(22, releasesPath,
                    tr("%1 releases must be a non-empty array, not %2")
                        .arg(who, shown(releasesValue)));
                continue;
            }
            const QJsonArray releaseList = releasesValue.toArray();
            releases(releasesPath, releaseList, int(channels.size()), who);
            if (channelsOk)
                bindings(channelsPath, channels, releaseList, who);
        }
    }

    void channelRules(const QString& path, const QJsonObject& channels, const QString& who)
    {
        if (channels.isEmpty())
            add(15, path, tr("%1 needs at least one channel").arg(who));
        for (auto it = channels.begin(); it != channels.end(); ++it) {
            const QString at = memberPath(path, it.key());
            if (!isChannelName(it.key()))
                add(16, at, tr("%1 channel \"%2\" is neither stable nor alpha").arg(who, it.key()));
            if (!it.value().isString() || !isValidVersion(it.value().toString()))
                add(17, at,
                    tr("%1 channel %2 selects %3, which is not a valid version")
                        .arg(who, it.key(), shown(it.value())));
        }
        const QJsonValue stable = channels.value(QLatin1String("stable"));
        if (!stable.isUndefined() && isAlphaVersion(stable.toString()))
            add(18, memberPath(path, QStringLiteral("stable")),
                tr("%1 stable channel selects the alpha version %2").arg(who, shown(stable)));
        const QJsonValue alpha = channels.value(QLatin1String("alpha"));
        if (!alpha.isUndefined() && !isAlphaVersion(alpha.toString()))
            add(19, memberPath(path, QStringLiteral("alpha")),
                tr("%1 alpha channel selects %2, which is not an alpha version")
                    .arg(who, shown(alpha)));
    }

    void releases(const QString& path, const QJsonArray& list, int channelCount, const QString& who)
    {
        QSet<QString> versions;
        for (qsizetype j = 0; j < list.size(); ++j) {
            const QString at = elementPath(path, j);
            const QJsonObject r = list.at(j).toObject();
            const QJsonValue version = r.value(QLatin1String("version"));
            const QString what = tr("%1 release %2").arg(who, shown(version));
            const QString versionPath = memberPath(at, QStringLiteral("version"));
            if (!version.isString() || !isValidVersion(version.toString()))
                add(23, versionPath,
                    tr("%1: the version does not match the version pattern").arg(what));
            if (version.isString() && versions.contains(version.toString()))
                add(24, versionPath, tr("%1 appears more than once").arg(what));
            if (version.isString())
                versions.insert(version.toString());
            const QJsonValue channel = r.value(QLatin1String("channel"));
            if (!channel.isString() || !isChannelName(channel.toString()))
                add(25, memberPath(at, QStringLiteral("channel")),
                    tr("%1 channel must be stable or alpha, not %2").arg(what, shown(channel)));
            const bool alphaVersion = isAlphaVersion(version.toString());
            if (channel.toString() == QLatin1String("stable") && alphaVersion)
                add(26, versionPath, tr("%1 is an alpha version on the stable channel").arg(what));
            if (channel.toString() == QLatin1String("alpha") && !alphaVersion)
                add(26, versionPath,
                    tr("%1 is on the alpha channel but is not an alpha version").arg(what));
            if (channelCount > 1 && !r.contains(QLatin1String("capabilities")))
                add(27, memberPath(at, QStringLiteral("capabilities")),
                    tr("%1 must list its capabilities because the plugin has more than one channel")
                        .arg(what));
            if (r.contains(QLatin1String("capabilities")))
                capabilities(28, memberPath(at, QStringLiteral("capabilities")),
                             r.value(QLatin1String("capabilities")), what);
            for (const char* field : {"manifest_url", "artifact_url"}) {
                const QJsonValue url = r.value(QLatin1String(field));
                if (!url.isString() || !isPlainHttpsUrl(url.toString()))
                    add(29, memberPath(at, QLatin1String(field)),
                        tr("%1 %2 must be an https URL with a host and no user info, query or "
                           "fragment, not %3")
                            .arg(what, QLatin1String(field), shown(url)));
            }
            const QJsonValue sha = r.value(QLatin1String("artifact_sha256"));
            if (!sha.isString() || !isLowerHexSha256(sha.toString()))
                add(30, memberPath(at, QStringLiteral("artifact_sha256")),
                    tr("%1 artifact_sha256 must be 64 lower-case hex digits, not %2")
                        .arg(what, shown(sha)));
            const QJsonValue sig = r.value(QLatin1String("signature_ed25519"));
            if (!decodesTo(sig, 64))
                add(31, memberPath(at, QStringLiteral("signature_ed25519")),
                    tr("%1 signature_ed25519 must be canonical padded base64 of a 64-byte "
                       "Ed25519 signature")
                        .arg(what));
        }
    }

    // A channel resolves through its version, so the version must exist and
    // be published on that channel.
    void bindings(const QString& path, const QJsonObject& channels, const QJsonArray& releases,
                  const QString& who)
    {
        for (auto it = channels.begin(); it != channels.end(); ++it) {
            if (!isChannelName(it.key()) || !it.value().isString())
                continue;
            const QString version = it.value().toString();
            qsizetype found = -1;
            for (qsizetype j = 0; j < releases.size() && found < 0; ++j) {
                if (releases.at(j).toObject().value(QLatin1String("version")).toString() ==
                        version &&
                    releases.at(j).toObject().value(QLatin1String("version")).isString())
                    found = j;
            }
            const QString at = memberPath(path, it.key());
            if (found < 0) {
                add(32, at,
                    tr("%1 channel %2 selects %3, but no release has that version")
                        .arg(who, it.key(), shown(it.value())));
                continue;
            }
            const QJsonValue releaseChannel =
                releases.at(found).toObject().value(QLatin1String("channel"));
            if (releaseChannel.toString() != it.key() || !releaseChannel.isString())
                add(33, at,
                    tr("%1 channel %2 selects %3, which is published as a %4 release "
                       "(releases[%5])")
                        .arg(who, it.key(), shown(it.value()), shown(releaseChannel))
                        .arg(found));
        }
    }

    void signatures(const QJsonArray& list)
    {
        for (qsizetype k = 0; k < list.size(); ++k) {
            const QString path = elementPath(QStringLiteral("signatures"), k);
            const QJsonObject s = list.at(k).toObject();
            const QJsonValue publisher = s.value(QLatin1String("publisher"));
            if (!publisher.isString() || !m_publisherIds.contains(publisher.toString()))
                add(34, memberPath(path, QStringLiteral("publisher")),
                    tr("index signature names publisher %1, which is not listed")
                        .arg(shown(publisher)));
            if (!decodesTo(s.value(QLatin1String("signature_ed25519")), 64))
                add(35, memberPath(path, QStringLiteral("signature_ed25519")),
                    tr("index signature by %1 must be canonical padded base64 of a 64-byte "
                       "Ed25519 signature")
                        .arg(shown(publisher)));
        }
    }

    QSet<QString> m_publisherIds;
    QList<PluginIndexViolation> m_violations;
};
} // namespace

QList<PluginIndexViolation> PluginIndexValidator::validate(const QJsonObject& index)
{
    return Checker().run(index);
}

QString PluginIndexValidator::ruleSummary(int rule)
{
    static const char* const summaries[RuleCount] = {
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "schema is lattice.plugin.index.v1"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "generated_at is a string ending in Z"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "status is draft, official or example"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "publishers, plugins and signatures are arrays"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "an official index has at least one signature"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "publisher id matches the id pattern"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "publisher name is non-blank"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "publisher key is canonical padded base64 of 32 bytes"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "plugin id matches the id pattern"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "plugin id is not duplicated"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "plugin name is non-blank"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "plugin publisher is listed"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "plugin type is system, worker or wasm"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "channels is an object"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "channels has at least one key"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "channel keys are stable or alpha"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "channel values match the version pattern"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "channels.stable is not an alpha version"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "channels.alpha is an alpha version"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "latest is a valid version equal to channels.stable"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "plugin capabilities are non-empty, allowlisted and unique"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "releases is a non-empty array"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "release version matches the version pattern"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "release version is unique within the plugin"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "release channel is stable or alpha"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "stable releases are not alpha versions; alpha releases are"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "releases of a multi-channel plugin carry capabilities"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "release capabilities are non-empty, allowlisted and unique"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "manifest_url and artifact_url are plain https URLs"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "artifact_sha256 is 64 lower-case hex"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "release signature is canonical padded base64 of 64 bytes"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "each channel selects an existing release"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "the selected release is on that channel"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator", "index signature publisher is listed"),
        QT_TRANSLATE_NOOP("Lattice::PluginIndexValidator",
                          "index signature is canonical padded base64 of 64 bytes"),
    };
    if (rule < 1 || rule > RuleCount)
        return {};
    return QCoreApplication::translate("Lattice::PluginIndexValidator", summaries[rule - 1]);
}

} // namespace Lattice
