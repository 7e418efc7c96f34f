#include "PolicyValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Lattice::Server {

namespace {

QString warningText(const char* text)
{
    return QCoreApplication::translate("Lattice::Server::PolicyValidator", text);
}

// The authority of a URL as written, where Go's parser finds userinfo.
QStringView authorityOf(QStringView url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return {};
    QStringView rest = url.mid(scheme + 3);
    qsizetype end = rest.size();
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = rest.indexOf(stop);
        if (at >= 0)
            end = qMin(end, at);
    }
    return rest.first(end);
}

bool isHttpsUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

bool hasUnsafePathCharacter(const QString& path)
{
    static const QString forbidden = QStringLiteral("\"'`$;&|<>");
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c))
            return true;
    }
    return false;
}

} // namespace

bool PolicyValidator::isAuditableVersion(const QString& version)
{
    static const QRegularExpression auditable(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+:-]{0,63}$"));
    return auditable.match(version).hasMatch();
}

PolicyValidation PolicyValidator::validate(const UpdatePolicy& policy,
                                           const std::optional<QStringList>& knownNodes)
{
    PolicyValidation v;
    UpdatePolicy& n = v.normalized;
    n = policy;
    const auto error = [&v](const char* field, const char* message) {
        v.errors.append({QString::fromLatin1(field), QString::fromLatin1(message)});
    };
    const auto warn = [&v](const char* field, const QString& message) {
        v.warnings.append({QString::fromLatin1(field), message});
    };

    // The server trims with Go's strings.TrimSpace; QString::trimmed agrees
    // for every character a form or a JSON file can hold.

    // 1, 2: the node.
    n.nodeId = policy.nodeId.trimmed();
    if (n.nodeId.isEmpty())
        error("node_id", "node_id is required");
    else if (knownNodes && !knownNodes->contains(n.nodeId))
        error("node_id", "node not found");

    // 3: the mode.
    n.binaryUrl = policy.binaryUrl.trimmed();
    n.sha256 = policy.sha256.trimmed();
    const bool hasUrl = !n.binaryUrl.isEmpty();
    const bool hasSha = !n.sha256.isEmpty();
    if (hasUrl != hasSha) {
        error(hasUrl ? "sha256" : "binary_url",
              "binary_url and sha256 must be provided together, or both left empty for the "
              "official release");
    } else if (!hasUrl) {
        // 4a: official release. The server resolves "latest" or tag v<version>.
        const QString given = policy.targetVersion.trimmed();
        QString target = given;
        if (target.isEmpty() || target.compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0)
            target = QStringLiteral("latest");
        else if (target.size() > 1 && target.startsWith(QLatin1Char('v')))
            target = target.mid(1);
        n.targetVersion = target;
        if (!isAuditableVersion(target))
            error("target_version", "target_version must be latest or an auditable version string");
        else if (target != given && target != QLatin1String("latest"))
            warn("target_version",
                 warningText(QT_TRANSLATE_NOOP("Lattice::Server::PolicyValidator",
                                               "The server stores this version without its "
                                               "leading \"v\".")));
    } else {
        // 4b–9: a custom artifact, used literally.
        n.targetVersion = policy.targetVersion.trimmed();
        if (!isAuditableVersion(n.targetVersion)) {
            error("target_version",
                  "target_version is required and must be an auditable version string");
        } else if (n.targetVersion.compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0) {
            warn("target_version",
                 warningText(QT_TRANSLATE_NOOP(
                     "Lattice::Server::PolicyValidator",
                     "A custom artifact has no \"latest\": the node compares the "
                     "binary's -version output with this text, so the update will "
                     "fail. Give the version the binary prints.")));
        } else if (n.targetVersion.size() > 1 && n.targetVersion.startsWith(QLatin1Char('v')) &&
                   n.targetVersion.at(1).isDigit()) {
            warn("target_version",
                 warningText(QT_TRANSLATE_NOOP(
                     "Lattice::Server::PolicyValidator",
                     "Agent binaries print their version without \"v\": the node's "
                     "-version check will fail, and auto-plan will keep re-planning. "
                     "Remove the \"v\".")));
        }
        if (!isHttpsUrl(n.binaryUrl))
            error("binary_url", "binary_url must be an HTTPS URL");
        else if (authorityOf(n.binaryUrl).contains(QLatin1Char('@')))
            error("binary_url", "binary_url must not contain userinfo");
        else if (n.binaryUrl.contains(QLatin1Char('?')))
            error("binary_url", "binary_url must not contain a query");
        else if (n.binaryUrl.contains(QLatin1Char('#')))
            error("binary_url", "binary_url must not contain a fragment");
        static const QRegularExpression hex64(QStringLiteral("^[a-f0-9]{64}$"));
        n.sha256 = n.sha256.toLower();
        if (!hex64.match(n.sha256).hasMatch())
            error("sha256", "sha256 must be a 64-character lowercase hex digest");
    }
    if (n.mode() == UpdatePolicy::Mode::Official) {
        n.binaryUrl.clear();
        n.sha256.clear();
    }

    // 10–14: the install path, after the server's default and silent rewrite.
    const QString path = policy.installPath.trimmed();
    n.installPath = storedInstallPath(path);
    if (path == QLatin1String(kLegacyInstallPath))
        warn("install_path",
             warningText(QT_TRANSLATE_NOOP(
                 "Lattice::Server::PolicyValidator",
                 "The server silently stores this path as "
                 "/opt/lattice/node-agent/lattice-agent. Either way the node replaces "
                 "a default path with the path of the running agent.")));
    if (!n.installPath.startsWith(QLatin1Char('/')))
        error("install_path", "install_path must be absolute");
    else if (n.installPath.split(QLatin1Char('/')).contains(QLatin1String("..")))
        error("install_path", "install_path must not contain a .. segment");
    else if (hasUnsafePathCharacter(n.installPath))
        error("install_path", "install_path contains unsafe characters");
    else if (!n.installPath.endsWith(QLatin1String("/lattice-agent")))
        error("install_path", "install_path must end with /lattice-agent");

    // 15: the systemd unit.
    static const QRegularExpression unit(QStringLiteral("^[A-Za-z0-9_.@:-]{1,128}$"));
    n.serviceName = policy.serviceName.trimmed();
    if (n.serviceName.isEmpty())
        n.serviceName = QString::fromLatin1(kDefaultServiceName);
    else if (!unit.match(n.serviceName).hasMatch())
        error("service_name", "service_name contains unsupported characters");

    if (!policy.enabled)
        warn("enabled", warningText(QT_TRANSLATE_NOOP(
                            "Lattice::Server::PolicyValidator",
                            "A disabled policy is saved, but the server refuses to plan "
                            "or approve updates for it.")));
    return v;
}

std::optional<UpdatePolicy> PolicyValidator::decodeStrict(const QJsonObject& body,
                                                          QList<FieldProblem>* problems)
{
    static const QSet<QString> clientStrings = {
        QStringLiteral("node_id"), QStringLiteral("target_version"), QStringLiteral("binary_url"),
        QStringLiteral("sha256"),  QStringLiteral("install_path"),   QStringLiteral("service_name"),
    };
    static const QSet<QString> clientBools = {QStringLiteral("enabled"),
                                              QStringLiteral("auto_plan")};
    // Known to the server's decoder and ignored there.
    static const QSet<QString> serverOwned = {
        QStringLiteral("last_planned_version"), QStringLiteral("last_planned_at"),
        QStringLiteral("last_applied_version"), QStringLiteral("last_applied_at"),
        QStringLiteral("last_error"),           QStringLiteral("created_at"),
        QStringLiteral("updated_at"),
    };
    const QString invalid = QStringLiteral("invalid request body");
    QList<FieldProblem> found;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QJsonValue& value = it.value();
        // JSON null leaves a Go field at its zero value.
        if (value.isNull())
            continue;
        const bool ok = clientStrings.contains(it.key()) || serverOwned.contains(it.key())
                            ? value.isString()
                        : clientBools.contains(it.key()) ? value.isBool()
                                                         : false;
        // Go decodes server-owned times too, so a malformed one fails the body.
        const bool badTime = ok && it.key().endsWith(QLatin1String("_at")) &&
                             !value.toString().startsWith(QLatin1String("0001-01-01")) &&
                             !parseServerTime(value.toString()).isValid();
        if (!ok || badTime)
            found.append({it.key(), invalid});
    }
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return std::nullopt;
    UpdatePolicy policy = UpdatePolicy::fromJson(body);
    // An omitted field is false/empty on the server: a full replace.
    policy.enabled = body.value(QStringLiteral("enabled")).toBool(false);
    return policy;
}

} // namespace Lattice::Server
