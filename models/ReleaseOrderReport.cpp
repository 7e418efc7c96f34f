#include "ReleaseOrderReport.h"

#include <QJsonArray>

namespace Lattice {

namespace {

Sdk::Kind kindFromName(const QString& name)
{
    for (const auto k : {Sdk::Kind::Tag, Sdk::Kind::Pseudo, Sdk::Kind::Replace})
        if (Sdk::kindName(k) == name)
            return k;
    return Sdk::Kind::None;
}

Sdk::Gate gateFromName(const QString& name)
{
    for (const auto g : {Sdk::Gate::Green, Sdk::Gate::Amber})
        if (Sdk::gateName(g) == name)
            return g;
    return Sdk::Gate::Red;
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

QList<Docs::Coverage> ReleaseOrderReport::coverage() const
{
    return Docs::coverage(stableServerTags, stableAgentTags, pages);
}

QString ReleaseOrderReport::baselineDrift() const
{
    return Docs::baselineDrift(pages, serverSdkPin, agentSdkPin);
}

Sdk::Gate ReleaseOrderReport::worstGate(const QString& repo) const
{
    Sdk::Gate worst = Sdk::Gate::Green;
    for (const Sdk::Verdict& v : verdicts) {
        if ((repo.isEmpty() || v.repo == repo) && int(v.gate) > int(worst))
            worst = v.gate;
    }
    return worst;
}

QJsonObject ReleaseOrderReport::toJson() const
{
    QJsonArray verdictArray;
    for (const Sdk::Verdict& v : verdicts)
        verdictArray.append(
            QJsonObject{{QStringLiteral("repo"), v.repo},
                        {QStringLiteral("tag"), v.tag},
                        {QStringLiteral("requirement"), v.requirement},
                        {QStringLiteral("kind"), Sdk::kindName(v.kind)},
                        {QStringLiteral("gate"), Sdk::gateName(v.gate)},
                        {QStringLiteral("reason"), v.reason},
                        {QStringLiteral("findings"), QJsonArray::fromStringList(v.findings)}});
    QJsonArray pageArray;
    for (const Docs::ReleasePage& p : pages) {
        QJsonObject matrix;
        for (auto it = p.matrix.cbegin(); it != p.matrix.cend(); ++it)
            matrix.insert(it.key(), it.value());
        pageArray.append(QJsonObject{{QStringLiteral("line"), p.line},
                                     {QStringLiteral("path"), p.path},
                                     {QStringLiteral("matrix"), matrix}});
    }
    return {
        {QStringLiteral("verdicts"), verdictArray},
        {QStringLiteral("stable_server_tags"), QJsonArray::fromStringList(stableServerTags)},
        {QStringLiteral("stable_agent_tags"), QJsonArray::fromStringList(stableAgentTags)},
        {QStringLiteral("server_sdk_pin"), serverSdkPin},
        {QStringLiteral("agent_sdk_pin"), agentSdkPin},
        {QStringLiteral("pages"), pageArray},
        {QStringLiteral("docs_commit"),
         QJsonObject{{QStringLiteral("sha"), docsCommit.sha},
                     {QStringLiteral("message"), docsCommit.message},
                     {QStringLiteral("date"), docsCommit.date.toString(Qt::ISODate)}}},
        {QStringLiteral("sdk_error"), sdkError},
        {QStringLiteral("docs_error"), docsError},
        {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
        {QStringLiteral("rate_remaining"), rateRemaining},
    };
}

ReleaseOrderReport ReleaseOrderReport::fromJson(const QJsonObject& o)
{
    ReleaseOrderReport r;
    for (const QJsonValue& value : o.value(QStringLiteral("verdicts")).toArray()) {
        Sdk::Verdict v;
        v.repo = value[QStringLiteral("repo")].toString();
        v.tag = value[QStringLiteral("tag")].toString();
        v.requirement = value[QStringLiteral("requirement")].toString();
        v.kind = kindFromName(value[QStringLiteral("kind")].toString());
        v.gate = gateFromName(value[QStringLiteral("gate")].toString());
        v.reason = value[QStringLiteral("reason")].toString();
        v.findings = strings(value[QStringLiteral("findings")]);
        r.verdicts.append(v);
    }
    r.stableServerTags = strings(o.value(QStringLiteral("stable_server_tags")));
    r.stableAgentTags = strings(o.value(QStringLiteral("stable_agent_tags")));
    r.serverSdkPin = o.value(QStringLiteral("server_sdk_pin")).toString();
    r.agentSdkPin = o.value(QStringLiteral("agent_sdk_pin")).toString();
    for (const QJsonValue& value : o.value(QStringLiteral("pages")).toArray()) {
        Docs::ReleasePage p;
        p.line = value[QStringLiteral("line")].toString();
        p.path = value[QStringLiteral("path")].toString();
        const QJsonObject matrix = value[QStringLiteral("matrix")].toObject();
        for (auto it = matrix.constBegin(); it != matrix.constEnd(); ++it)
            p.matrix.insert(it.key(), it.value().toString());
        r.pages.append(p);
    }
    const QJsonObject commit = o.value(QStringLiteral("docs_commit")).toObject();
    r.docsCommit.sha = commit.value(QStringLiteral("sha")).toString();
    r.docsCommit.message = commit.value(QStringLiteral("message")).toString();
    r.docsCommit.date =
        QDateTime::fromString(commit.value(QStringLiteral("date")).toString(), Qt::ISODate);
    r.sdkError = o.value(QStringLiteral("sdk_error")).toString();
    r.docsError = o.value(QStringLiteral("docs_error")).toString();
    r.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    r.rateRemaining = o.value(QStringLiteral("rate_remaining")).toInt(-1);
    return r;
}

} // namespace Lattice
