#include "LaneHealth.h"

#include <QCoreApplication>

namespace Lattice {

namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("Lattice::LaneHealth", source);
}

QString text(const char* source, int n)
{
    return QCoreApplication::translate("Lattice::LaneHealth", source, nullptr, n);
}

QString withoutV(const QString& tag)
{
    return tag.startsWith(QLatin1Char('v')) ? tag.mid(1) : tag;
}

const Sdk::Verdict* verdictFor(const ReleaseOrderReport& report, const QString& tag)
{
    for (const Sdk::Verdict& v : report.verdicts) {
        if (v.tag == tag)
            return &v;
    }
    return nullptr;
}

LaneHealth failed(Lane lane, const QString& error, const QDateTime& at)
{
    LaneHealth h;
    h.lane = lane;
    h.state = LaneHealth::State::Broken;
    h.summary = text(QT_TRANSLATE_NOOP("Lattice::LaneHealth", "Could not be read."));
    h.attention = error;
    h.asOf = at;
    return h;
}

} // namespace

QJsonObject LaneHealth::toJson() const
{
    return {{QStringLiteral("lane"), laneId(lane)},
            {QStringLiteral("state"), int(state)},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("attention"), attention},
            {QStringLiteral("as_of"), asOf.toString(Qt::ISODateWithMs)},
            {QStringLiteral("latest_version"), latestVersion}};
}

std::optional<LaneHealth> LaneHealth::fromJson(const QJsonObject& o)
{
    LaneHealth h;
    const int state = o.value(QStringLiteral("state")).toInt(-1);
    if (!laneFromId(o.value(QStringLiteral("lane")).toString(), &h.lane) || state < 0 ||
        state > int(State::Broken))
        return std::nullopt;
    // A lane that was refreshing when stored has no result to show.
    h.state = State(state) == State::Busy ? State::Unknown : State(state);
    h.summary = o.value(QStringLiteral("summary")).toString();
    h.attention = o.value(QStringLiteral("attention")).toString();
    h.asOf = QDateTime::fromString(o.value(QStringLiteral("as_of")).toString(), Qt::ISODateWithMs);
    h.latestVersion = o.value(QStringLiteral("latest_version")).toString();
    h.stored = true;
    return h;
}

LaneHealth imageHealth(const QList<Oci::TagInfo>& tags, const QString& error, const QDateTime& at)
{
    if (!error.isEmpty() && tags.isEmpty())
        return failed(Lane::ServerImage, error, at);
    LaneHealth h;
    h.lane = Lane::ServerImage;
    h.asOf = at;
    if (tags.isEmpty())
        return h;
    const Oci::TagInfo* latest = nullptr;
    int unreadable = 0;
    for (const Oci::TagInfo& t : tags) {
        if (t.tag == QLatin1String("latest"))
            latest = &t;
        if (!t.readable())
            ++unreadable;
    }
    QStringList sameAsLatest;
    if (latest && latest->readable()) {
        for (const Oci::TagInfo& t : tags) {
            if (t.tag != latest->tag && t.digest == latest->digest &&
                Oci::classifyTag(t.tag, {QStringLiteral("latest")}) == Oci::TagKind::Version)
                sameAsLatest.append(t.tag);
        }
    }
    // The longest version tag is the most specific one: 0.2.1 over 0.2.
    std::sort(sameAsLatest.begin(), sameAsLatest.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    h.latestVersion = sameAsLatest.value(0);
    h.summary = text(QT_TRANSLATE_N_NOOP("Lattice::LaneHealth", "%n tag(s)"), int(tags.size())) +
                (h.latestVersion.isEmpty() ? QString()
                                           : QStringLiteral(", latest = %1").arg(h.latestVersion));
    if (unreadable > 0) {
        h.state = LaneHealth::State::Broken;
        h.attention = text(QT_TRANSLATE_N_NOOP("Lattice::LaneHealth", "%n tag(s) cannot be read"),
                           unreadable);
    } else if (!latest) {
        h.state = LaneHealth::State::Attention;
        h.attention = text(QT_TRANSLATE_NOOP("Lattice::LaneHealth", "There is no latest tag."));
    } else if (h.latestVersion.isEmpty()) {
        h.state = LaneHealth::State::Attention;
        h.attention =
            text(QT_TRANSLATE_NOOP("Lattice::LaneHealth", "latest matches no version tag."));
    } else {
        h.state = LaneHealth::State::Good;
    }
    return h;
}

LaneHealth agentHealth(const QString& serverLatestTag, int releasesWithProblems,
                       const QString& error, const QDateTime& at)
{
    if (!error.isEmpty())
        return failed(Lane::NodeAgent, error, at);
    LaneHealth h;
    h.lane = Lane::NodeAgent;
    h.asOf = at;
    h.latestVersion = serverLatestTag;
    h.summary =
        serverLatestTag.isEmpty()
            ? text(QT_TRANSLATE_NOOP("Lattice::LaneHealth",
                                     "The server resolves no latest release."))
            : text(QT_TRANSLATE_NOOP("Lattice::LaneHealth", "The server resolves latest to %1."))
                  .arg(serverLatestTag);
    if (serverLatestTag.isEmpty()) {
        h.state = LaneHealth::State::Broken;
        h.attention = text(QT_TRANSLATE_NOOP(
            "Lattice::LaneHealth",
            "No stable v* release among the first 20: agent updates to latest fail."));
    } else if (releasesWithProblems > 0) {
        h.state = LaneHealth::State::Attention;
        h.attention =
            text(QT_TRANSLATE_N_NOOP("Lattice::LaneHealth", "%n release(s) have problems"),
                 releasesWithProblems);
    } else {
        h.state = LaneHealth::State::Good;
    }
    return h;
}

LaneHealth pluginHealth(const QString& status, int violations, const QString& error,
                        const QDateTime& at)
{
    if (!error.isEmpty())
        return failed(Lane::PluginIndex, error, at);
    LaneHealth h;
    h.lane = Lane::PluginIndex;
    h.asOf = at;
    h.summary =
        text(QT_TRANSLATE_NOOP("Lattice::LaneHealth", "Index status: %1"))
            .arg(status.isEmpty() ? text(QT_TRANSLATE_NOOP("Lattice::LaneHealth", "unknown"))
                                  : status);
    if (violations > 0) {
        h.state = LaneHealth::State::Broken;
        h.attention = text(QT_TRANSLATE_N_NOOP("Lattice::LaneHealth", "%n validator violation(s)"),
                           violations);
    } else if (status == QLatin1String("draft")) {
        h.state = LaneHealth::State::Attention;
        h.attention =
            text(QT_TRANSLATE_NOOP("Lattice::LaneHealth", "A draft index is discovery-only."));
    } else {
        h.state = LaneHealth::State::Good;
    }
    return h;
}

LaneHealth sdkHealth(const ReleaseOrderReport& report, bool stored)
{
    if (!report.sdkError.isEmpty() && report.verdicts.isEmpty())
        return failed(Lane::Sdk, report.sdkError, report.at);
    LaneHealth h;
    h.lane = Lane::Sdk;
    h.asOf = report.at;
    h.stored = stored;
    if (!report.at.isValid())
        return h;
    int red = 0;
    int amber = 0;
    const Sdk::Verdict* first = nullptr;
    for (const Sdk::Verdict& v : report.verdicts) {
        if (v.gate == Sdk::Gate::Red) {
            ++red;
            if (!first)
                first = &v;
        } else if (v.gate == Sdk::Gate::Amber) {
            ++amber;
        }
    }
    h.summary = text(QT_TRANSLATE_N_NOOP("Lattice::LaneHealth", "%n tag(s) checked"),
                     int(report.verdicts.size()));
    if (red > 0) {
        h.state = LaneHealth::State::Broken;
        h.attention = QStringLiteral("%1 %2: %3")
                          .arg(first->repo.section(QLatin1Char('/'), 1), first->tag, first->reason);
    } else if (amber > 0) {
        h.state = LaneHealth::State::Attention;
        h.attention = text(
            QT_TRANSLATE_N_NOOP("Lattice::LaneHealth", "%n prerelease(s) pin a pseudo-version"),
            amber);
    } else {
        h.state = LaneHealth::State::Good;
    }
    return h;
}

LaneHealth docsHealth(const ReleaseOrderReport& report, bool stored)
{
    if (!report.docsError.isEmpty() && report.pages.isEmpty())
        return failed(Lane::Docs, report.docsError, report.at);
    LaneHealth h;
    h.lane = Lane::Docs;
    h.asOf = report.at;
    h.stored = stored;
    if (!report.at.isValid())
        return h;
    h.summary = report.docsCommit.sha.isEmpty()
                    ? text(QT_TRANSLATE_N_NOOP("Lattice::LaneHealth", "%n release page(s)"),
                           int(report.pages.size()))
                    : text(QT_TRANSLATE_N_NOOP("Lattice::LaneHealth",
                                               "%n release page(s), newest commit %1"),
                           int(report.pages.size()))
                          .arg(report.docsCommit.sha.left(7));
    QStringList gaps;
    for (const Docs::Coverage& c : report.coverage()) {
        if (c.gap)
            gaps.append(c.tag);
    }
    const QString drift = report.baselineDrift();
    if (!gaps.isEmpty()) {
        h.state = LaneHealth::State::Broken;
        h.attention = text(QT_TRANSLATE_NOOP("Lattice::LaneHealth", "No release notes for %1"))
                          .arg(gaps.join(QStringLiteral(", ")));
    } else if (!drift.isEmpty()) {
        h.state = LaneHealth::State::Attention;
        h.attention = drift;
    } else {
        h.state = LaneHealth::State::Good;
    }
    return h;
}

QList<ChecklistStep> releaseChecklist(const ReleaseOrderReport& order, const LaneHealth& image,
                                      const LaneHealth& agent, const LaneHealth& plugins)
{
    using State = ChecklistStep::State;
    const QString server = order.stableServerTags.value(0);
    const QString agentTag = order.stableAgentTags.value(0);
    QList<ChecklistStep> steps;

    // 1. The SDK tag comes first.
    ChecklistStep sdk{
        Lane::Sdk,
        text(QT_TRANSLATE_NOOP("Lattice::LaneHealth", "Publish the lattice-sdk tag first")),
        State::Unknown,
        {}};
    const Sdk::Verdict* serverVerdict = verdictFor(order, server);
    const Sdk::Verdict* agentVerdict = verdictFor(order, agentTag);
    if (serverVerdict && agentVerdict) {
        const bool red =
            serverVerdict->gate == Sdk::Gate::Red || agentVerdict->gate == Sdk::Gate::Red;
        sdk.state = red ? State::Blocked : State::Done;
        sdk.detail =
            red ? (serverVerdict->gate == Sdk::Gate::Red ? serverVerdict : agentVerdict)->reason
                : text(QT_TRANSLATE_NOOP("Lattice::LaneHealth",
                                         "Server %1 pins %2, agent %3 pins %4."))
                      .arg(server, serverVerdict->requirement, agentTag, agentVerdict->requirement);
    }
    steps.append(sdk);

    // 2. The server pins the dashboard and the SDK it builds.
    ChecklistStep pins{
        Lane::Sdk,
        text(QT_TRANSLATE_NOOP("Lattice::LaneHealth",
                               "Pin dashboard.ref, sdk.ref and go.mod in the server")),
        State::Unknown,
        {}};
    if (serverVerdict) {
        const bool mismatch =
            serverVerdict->findings.join(QLatin1Char('\n')).contains(QLatin1String("sdk.ref"));
        pins.state = mismatch ? State::Blocked : State::Done;
        pins.detail = mismatch ? text(QT_TRANSLATE_NOOP("Lattice::LaneHealth",
                                                        "sdk.ref and go.mod disagree at %1."))
                                     .arg(server)
                               : text(QT_TRANSLATE_NOOP("Lattice::LaneHealth",
                                                        "sdk.ref agrees with go.mod at %1."))
                                     .arg(server);
    }
    steps.append(pins);

    // 3. The server image.
    ChecklistStep img{
        Lane::ServerImage,
        text(QT_TRANSLATE_NOOP("Lattice::LaneHealth", "Publish the server image on GHCR")),
        State::Unknown,
        {}};
    if (image.state == LaneHealth::State::Broken) {
        img.state = State::Blocked;
        img.detail = image.attention;
    } else if (!image.latestVersion.isEmpty() && !server.isEmpty()) {
        const bool current = image.latestVersion == withoutV(server);
        img.state = current ? State::Done : State::Open;
        img.detail = current
                         ? text(QT_TRANSLATE_NOOP("Lattice::LaneHealth", "latest = %1."))
                               .arg(image.latestVersion)
                         : text(QT_TRANSLATE_NOOP("Lattice::LaneHealth", "latest is %1, not %2."))
                               .arg(image.latestVersion, withoutV(server));
    }
    steps.append(img);

    // 4. The agent, after the server and dashboard it needs.
    ChecklistStep ag{
        Lane::NodeAgent,
        text(QT_TRANSLATE_NOOP("Lattice::LaneHealth",
                               "Publish the node agent after its compatibility floors")),
        State::Unknown,
        {}};
    if (agent.state == LaneHealth::State::Broken) {
        ag.state = State::Blocked;
        ag.detail = agent.attention;
    } else if (!agent.latestVersion.isEmpty() && !agentTag.isEmpty()) {
        const bool current = agent.latestVersion == agentTag;
        ag.state = current ? State::Done : State::Open;
        ag.detail = current
                        ? text(QT_TRANSLATE_NOOP(
                                   "Lattice::LaneHealth",
                                   "The server resolves latest to %1; check its floors with Check "
                                   "identity."))
                              .arg(agentTag)
                        : text(QT_TRANSLATE_NOOP("Lattice::LaneHealth",
                                                 "The server resolves latest to %1, not %2."))
                              .arg(agent.latestVersion, agentTag);
    }
    steps.append(ag);

    // 5. Docs and the plugin index.
    ChecklistStep docs{
        Lane::Docs,
        text(QT_TRANSLATE_NOOP("Lattice::LaneHealth", "Update the docs and the plugin index")),
        State::Unknown,
        {}};
    if (order.at.isValid() && !server.isEmpty()) {
        bool page = false;
        for (const Docs::Coverage& c : order.coverage()) {
            if (c.repo == QLatin1String("server") && c.tag == server)
                page = !c.gap;
        }
        const bool indexBroken = plugins.state == LaneHealth::State::Broken;
        docs.state = page && !indexBroken ? State::Done : State::Open;
        docs.detail = !page ? text(QT_TRANSLATE_NOOP("Lattice::LaneHealth",
                                                     "No release-notes page for %1 yet."))
                                  .arg(server)
                      : indexBroken ? text(QT_TRANSLATE_NOOP("Lattice::LaneHealth",
                                                             "The plugin index has problems: %1"))
                                          .arg(plugins.attention)
                                    : text(QT_TRANSLATE_NOOP("Lattice::LaneHealth",
                                                             "Release notes for %1 are published."))
                                          .arg(server);
    }
    steps.append(docs);
    return steps;
}

} // namespace Lattice
