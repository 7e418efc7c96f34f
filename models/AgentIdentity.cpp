#include "AgentIdentity.h"

#include "AgentRelease.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Lattice::Agent {

std::optional<Compat> Compat::parse(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("-compat-json did not print a JSON object (%1)")
                     .arg(parseError.error != QJsonParseError::NoError
                              ? parseError.errorString()
                              : QStringLiteral("not an object"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Compat compat;
    const struct
    {
        const char* key;
        QString* value;
    } fields[] = {{"server_min", &compat.serverMin},
                  {"dashboard_min", &compat.dashboardMin},
                  {"channel", &compat.channel}};
    for (const auto& field : fields) {
        const QJsonValue v = o.value(QLatin1String(field.key));
        if (!v.isString() || v.toString().isEmpty()) {
            *error =
                QStringLiteral("-compat-json has no string \"%1\"").arg(QLatin1String(field.key));
            return std::nullopt;
        }
        *field.value = v.toString();
    }
    return compat;
}

std::optional<TagVersion> publishedVersion(const QString& name)
{
    static const QRegularExpression semver(
        QStringLiteral("^v?([0-9]+\\.[0-9]+\\.[0-9]+(-(alpha|beta|rc)\\.[0-9]+)?)$"));
    static const QRegularExpression pinned(
        QStringLiteral("^(alpha|beta|rc)-([0-9]+\\.[0-9]+\\.[0-9]+)(a|b|rc)([0-9]+)$"));
    const QString trimmed = name.trimmed();
    if (const auto m = semver.match(trimmed); m.hasMatch())
        return TagVersion::parse(QLatin1Char('v') + m.captured(1));
    if (const auto m = pinned.match(trimmed); m.hasMatch())
        return TagVersion::parse(
            QStringLiteral("v%1-%2.%3").arg(m.captured(2), m.captured(1), m.captured(4)));
    return std::nullopt;
}

namespace {

IdentityCheck floorCheck(const QString& what, const std::optional<Compat>& compat,
                         QString Compat::*floor, const std::optional<QStringList>& published)
{
    if (!compat)
        return {what, CheckState::NotChecked,
                QStringLiteral("no floors declared (no -compat-json, or not run)")};
    const QString value = (*compat).*floor;
    const std::optional<TagVersion> wanted = TagVersion::parse(value);
    if (!wanted)
        return {
            what, CheckState::Failed,
            QStringLiteral("the declared floor \"%1\" is not a vX.Y.Z[-pre.N] version").arg(value)};
    if (!published)
        return {what, CheckState::NotChecked,
                QStringLiteral("floor %1; the desk has no list of published %2 releases to hold "
                               "it against")
                    .arg(value, what.section(QLatin1Char(' '), 0, 0))};
    QString meeting;
    std::optional<TagVersion> best;
    for (const QString& name : *published) {
        const auto v = publishedVersion(name);
        if (v && v->compare(*wanted) >= 0 && (!best || v->compare(*best) < 0)) {
            best = v;
            meeting = name;
        }
    }
    if (best)
        return {what, CheckState::Passed,
                QStringLiteral("floor %1 is met by the published %2").arg(value, meeting)};
    return {what, CheckState::Failed,
            QStringLiteral("floor %1 is not published yet; an agent published before its floor "
                           "breaks the release order")
                .arg(value)};
}

} // namespace

QList<IdentityCheck> checkIdentity(const IdentityInput& input)
{
    QList<IdentityCheck> checks;
    const QString expected =
        input.tag.isEmpty() ? QString() : LatestResolution::versionOf(input.tag);
    const QString version = QStringLiteral("version");
    if (!input.version)
        checks << IdentityCheck{version, CheckState::NotChecked, QStringLiteral("not run")};
    else if (expected.isEmpty())
        checks << IdentityCheck{version, CheckState::NotChecked,
                                QStringLiteral("-version prints %1; no release tag to compare "
                                               "with")
                                    .arg(*input.version)};
    else if (*input.version == expected)
        checks << IdentityCheck{version, CheckState::Passed,
                                QStringLiteral("-version prints %1, the tag %2 without \"v\"")
                                    .arg(*input.version, input.tag)};
    else
        checks << IdentityCheck{version, CheckState::Failed,
                                QStringLiteral("-version prints \"%1\" but the tag is %2: every "
                                               "node update to this release would fail")
                                    .arg(*input.version, input.tag)};

    if (input.compat) {
        const QString source =
            !input.tag.isEmpty() ? input.tag
                                 : (input.version ? QLatin1Char('v') + *input.version : QString());
        if (!source.isEmpty()) {
            const QString implied = channelName(channelFromTag(source));
            checks << (implied == input.compat->channel
                           ? IdentityCheck{QStringLiteral("channel"), CheckState::Passed,
                                           QStringLiteral("declares channel %1, as %2 implies")
                                               .arg(input.compat->channel, source)}
                           : IdentityCheck{QStringLiteral("channel"), CheckState::Failed,
                                           QStringLiteral("declares channel %1, but %2 is %3")
                                               .arg(input.compat->channel, source, implied)});
        }
    }
    checks << floorCheck(QStringLiteral("server floor"), input.compat, &Compat::serverMin,
                         input.publishedServer);
    checks << floorCheck(QStringLiteral("dashboard floor"), input.compat, &Compat::dashboardMin,
                         input.publishedDashboard);
    return checks;
}

QString checkStateName(CheckState state)
{
    switch (state) {
    case CheckState::Passed:
        return QStringLiteral("passed");
    case CheckState::Failed:
        return QStringLiteral("FAILED");
    case CheckState::NotChecked:
        break;
    }
    return QStringLiteral("not checked");
}

} // namespace Lattice::Agent
