#include "AgentVersionOrder.h"
#include "CliDispatcher.h"
#include "HttpSession.h"
#include "LatticeClient.h"
#include "PolicyValidator.h"
#include "Profile.h"
#include "SecretStore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Lattice::Cli {

using namespace Lattice::Server;

namespace {

// The server's own limit for a request body (§4.3).
constexpr qint64 kMaxBodyBytes = 1024 * 1024;

// Everything a server subcommand needs: the session, the client with its
// token, and the server URL for messages.
struct ServerContext
{
    Net::HttpSession session;
    std::unique_ptr<LatticeClient> client;
};

void addServerOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("Lattice server origin, e.g. https://lattice.example.com."),
                      QStringLiteral("URL")});
    parser.addOption(CliContext::insecureLoopbackOption());
}

std::unique_ptr<ServerContext> openServer(CliContext& ctx, const QCommandLineParser& parser,
                                          int* code)
{
    if (!parser.isSet(QStringLiteral("server"))) {
        *code = ctx.usageError(QStringLiteral("--server URL is required"));
        return nullptr;
    }
    const auto url = ctx.baseUrlOption(parser, QStringLiteral("server"), {}, code);
    if (!url)
        return nullptr;
    // Every API path is absolute from the root: a path here would be ignored
    // and is almost always a pasted dashboard URL.
    if (!url->path().isEmpty() && url->path() != QLatin1String("/")) {
        *code = ctx.usageError(QStringLiteral("--server %1: give the origin only, without a path")
                                   .arg(url->toString()));
        return nullptr;
    }
    auto server = std::make_unique<ServerContext>();
    // 429 carries no Retry-After: wait 1 s, doubling, up to 30 s (§5).
    server->session.setRetryDelays(1000, 30000);
    const QUrl origin = url->adjusted(QUrl::RemovePath);
    for (const ServerEndpoint& endpoint : ctx.profile().servers) {
        if (endpoint.url.adjusted(QUrl::RemovePath | QUrl::StripTrailingSlash) == origin &&
            !endpoint.caFile.isEmpty()) {
            QString caError;
            if (!server->session.addCaFile(endpoint.caFile, &caError))
                ctx.err() << "lattice-desk-cli: " << caError << '\n';
        }
    }
    server->client = std::make_unique<LatticeClient>(
        &server->session, origin, parser.isSet(QStringLiteral("insecure-loopback")));
    server->client->setToken(ctx.token("LATTICE_TOKEN", SecretStore::serverKey(origin)));
    return server;
}

// Runs one asynchronous client call to completion.
// One asynchronous client call, waited for on a local event loop. The
// client always answers from the event loop, never inside the call.
template <typename T> struct Answer
{
    T value;
    ServerError error;
};

template <typename T, typename Start> Answer<T> await(Start start)
{
    Answer<T> answer;
    QEventLoop loop;
    start([&](const T& value, const ServerError& error) {
        answer = {value, error};
        loop.quit();
    });
    loop.exec();
    return answer;
}

int reportError(CliContext& ctx, const ServerError& error)
{
    ctx.err() << "lattice-desk-cli: " << error.describe() << '\n';
    ctx.err().flush();
    return NetworkError;
}

QJsonArray problemsJson(const QList<FieldProblem>& problems)
{
    QJsonArray array;
    for (const FieldProblem& p : problems)
        array.append(QJsonObject{{QStringLiteral("field"), p.field},
                                 {QStringLiteral("message"), p.message}});
    return array;
}

int serverVersion(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show the build of a Lattice server (/api/version) and whether it is "
                       "healthy. A server is identified by its commit: the version is a git ref."));
    addServerOptions(parser);
    parser.addOption(CliContext::jsonOption());
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    auto server = openServer(ctx, parser, &code);
    if (!server)
        return code;
    const auto [version, error] =
        await<ServerVersion>([&](auto done) { server->client->version(done); });
    if (error)
        return reportError(ctx, error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("present"), version.present}};
        if (version.present) {
            o.insert(QStringLiteral("server_version"), version.serverVersion);
            o.insert(QStringLiteral("server_commit"), version.serverCommit);
            o.insert(QStringLiteral("server_date"), version.serverDate);
            o.insert(QStringLiteral("dashboard_ref"), version.dashboardRef);
            o.insert(QStringLiteral("dashboard_built"), version.dashboardBuilt);
            o.insert(QStringLiteral("task_execution_disabled"), version.taskExecutionDisabled);
        }
        ctx.printJson(o);
        return Success;
    }
    QTextStream& out = ctx.out();
    if (!version.present) {
        out << "This server has no /api/version: it predates v0.2.0 and has no agent updates.\n";
        return Success;
    }
    out << "server_version  " << version.serverVersion << '\n'
        << "server_commit   " << version.serverCommit << '\n'
        << "server_date     " << version.serverDate << '\n'
        << "dashboard_ref   " << version.dashboardRef << '\n';
    if (!version.dashboardBuilt.isEmpty())
        out << "dashboard_built " << version.dashboardBuilt << '\n';
    if (version.taskExecutionDisabled)
        out << "The fleet kill switch is on: approved updates cannot be queued.\n";
    out.flush();
    return Success;
}

int policyValidate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check an update-policy request body (JSON) by the server's rules and messages, without "
        "a server. Exit 1 when the server would refuse it."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Policy body, or - for "
                                                                        "standard input."));
    parser.addOption(CliContext::jsonOption());
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(QStringLiteral("policy validate takes exactly one FILE"));
    const QString path = parser.positionalArguments().first();
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return ctx.usageError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    // One byte over the limit is enough to know the server would refuse it.
    const QByteArray bytes = file.read(kMaxBodyBytes + 1);

    QList<FieldProblem> errors;
    QList<FieldProblem> warnings;
    const FieldProblem invalidBody{QString(), QStringLiteral("invalid request body")};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (bytes.size() > kMaxBodyBytes || parseError.error != QJsonParseError::NoError ||
        !doc.isObject()) {
        errors.append(invalidBody);
    } else if (const auto policy = PolicyValidator::decodeStrict(doc.object(), &errors)) {
        const PolicyValidation v = PolicyValidator::validate(*policy);
        errors = v.errors;
        warnings = v.warnings;
    }
    for (const FieldProblem& w : warnings)
        ctx.err() << "lattice-desk-cli: warning: " << w.field << ": " << w.message << '\n';
    ctx.err().flush();
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.printJson({{QStringLiteral("valid"), errors.isEmpty()},
                       {QStringLiteral("errors"), problemsJson(errors)}});
    } else {
        if (errors.isEmpty())
            ctx.out() << "valid\n";
        for (const FieldProblem& e : errors)
            ctx.out() << (e.field.isEmpty() ? QStringLiteral("body") : e.field) << ": " << e.message
                      << '\n';
        ctx.out().flush();
    }
    return errors.isEmpty() ? Success : CheckFailed;
}

int policyPush(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Create or replace the agent update policy of one or more nodes. --official lets the "
        "server resolve the release (latest, or --version); --url and --sha256 pin a custom "
        "artifact. The policy is checked by the server's rules before anything is sent."));
    addServerOptions(parser);
    parser.addOption({QStringLiteral("node"), QStringLiteral("Node id; repeat for more nodes."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("official"),
                      QStringLiteral("Official release mode (latest unless --version).")});
    parser.addOption(
        {QStringLiteral("version"), QStringLiteral("Target version."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("url"), QStringLiteral("Custom artifact HTTPS URL."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("sha256"), QStringLiteral("Custom artifact SHA-256."),
                      QStringLiteral("HEX")});
    parser.addOption({QStringLiteral("install-path"),
                      QStringLiteral("Install path (default: the running agent's)."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("service"),
                      QStringLiteral("systemd unit (default lattice-agent.service)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("auto-plan"),
                      QStringLiteral("Let the server plan hourly (it never approves).")});
    parser.addOption({QStringLiteral("disabled"), QStringLiteral("Save the policy disabled.")});
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    const QStringList nodes = parser.values(QStringLiteral("node"));
    if (nodes.isEmpty())
        return ctx.usageError(QStringLiteral("at least one --node ID is required"));
    const bool official = parser.isSet(QStringLiteral("official"));
    const bool custom =
        parser.isSet(QStringLiteral("url")) || parser.isSet(QStringLiteral("sha256"));
    if (official == custom)
        return ctx.usageError(
            QStringLiteral("give either --official [--version V] or --url URL --sha256 HEX "
                           "--version V"));
    if (custom && !parser.isSet(QStringLiteral("version")))
        return ctx.usageError(QStringLiteral("a custom artifact needs --version: the node "
                                             "compares it with the binary's -version output"));

    UpdatePolicy policy;
    policy.enabled = !parser.isSet(QStringLiteral("disabled"));
    policy.autoPlan = parser.isSet(QStringLiteral("auto-plan"));
    policy.targetVersion = parser.value(QStringLiteral("version"));
    policy.binaryUrl = parser.value(QStringLiteral("url"));
    policy.sha256 = parser.value(QStringLiteral("sha256"));
    policy.installPath = parser.value(QStringLiteral("install-path"));
    policy.serviceName = parser.value(QStringLiteral("service"));

    // Every node gets the same body; check it once per node id before
    // sending any, so a typo never leaves half the nodes updated.
    for (const QString& node : nodes) {
        policy.nodeId = node;
        const PolicyValidation v = PolicyValidator::validate(policy);
        if (!v.isValid()) {
            for (const FieldProblem& e : v.errors)
                ctx.err() << "lattice-desk-cli: " << e.field << ": " << e.message << '\n';
            ctx.err().flush();
            return UsageError;
        }
        if (node == nodes.first()) {
            for (const FieldProblem& w : v.warnings)
                ctx.err() << "lattice-desk-cli: warning: " << w.field << ": " << w.message << '\n';
        }
    }
    auto server = openServer(ctx, parser, &code);
    if (!server)
        return code;

    int failures = 0;
    for (const QString& node : nodes) {
        policy.nodeId = node;
        const auto [stored, error] =
            await<UpdatePolicy>([&](auto done) { server->client->pushPolicy(policy, done); });
        if (error) {
            ++failures;
            ctx.err() << "lattice-desk-cli: " << node << ": " << error.describe() << '\n';
            continue;
        }
        ctx.out() << node << ": policy saved, target " << stored.targetVersion
                  << (stored.mode() == UpdatePolicy::Mode::Official ? " (official release)"
                                                                    : " (custom artifact)")
                  << '\n';
    }
    ctx.out().flush();
    ctx.err().flush();
    return failures > 0 ? NetworkError : Success;
}

// A plan the server accepted can still be a downgrade: v0.2.x servers cannot
// order versions with a suffix and plan 0.3.3-alpha.2 → 0.2.9 unchecked
// (pitfall 18). Judge the plan's own current/target lines by both rules, on
// stderr so --json output stays the server's answer.
void warnIfDowngrade(CliContext& ctx, const QString& plan, bool forced)
{
    const QString node = PlanText::field(plan, QStringLiteral("node_id"));
    const QString current = PlanText::field(plan, QStringLiteral("current_version"));
    const QString target = PlanText::field(plan, QStringLiteral("target_version"));
    switch (AgentVersionOrder::planRisk(current, target)) {
    case AgentVersionOrder::PlanRisk::DowngradeByBoth:
    case AgentVersionOrder::PlanRisk::DowngradeStrictOnly:
    case AgentVersionOrder::PlanRisk::DowngradeLegacyOnly:
        break;
    default:
        return;
    }
    ctx.err() << "lattice-desk-cli: warning: this plan downgrades " << node << " from "
              << current.trimmed() << " to " << target << ". "
              << (forced ? QStringLiteral("It was planned with --force.")
                         : QStringLiteral("This server planned it without --force, as v0.2.x "
                                          "servers do for versions with a suffix."))
              << " Approve it only if the downgrade is intended.\n";
    ctx.err().flush();
}

int policyPlan(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Plan the node's agent update and print the plan with its SHA-256, computed here from "
        "the exact plan text. Exit 1 when the node already runs the target "
        "(agent_update_noop); --force plans anyway."));
    addServerOptions(parser);
    parser.addOption({QStringLiteral("node"), QStringLiteral("Node id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("force"),
                      QStringLiteral("Skip the downgrade and already-at-target checks.")});
    parser.addOption(CliContext::jsonOption());
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.values(QStringLiteral("node")).size() != 1)
        return ctx.usageError(QStringLiteral("policy plan takes exactly one --node ID"));
    auto server = openServer(ctx, parser, &code);
    if (!server)
        return code;
    const auto [approval, error] = await<UpdateApproval>([&](auto done) {
        server->client->plan(parser.value(QStringLiteral("node")),
                             parser.isSet(QStringLiteral("force")), done);
    });
    if (error.code == QLatin1String("agent_update_noop")) {
        ctx.err() << "lattice-desk-cli: " << error.describe()
                  << "\nThe node already reports the target version; --force plans anyway.\n";
        ctx.err().flush();
        return CheckFailed;
    }
    if (error)
        return reportError(ctx, error);
    warnIfDowngrade(ctx, approval.plan, parser.isSet(QStringLiteral("force")));
    const QString hash = PlanText::sha256(approval.plan);
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.printJson({{QStringLiteral("approval_id"), approval.id},
                       {QStringLiteral("status"), approval.statusText},
                       {QStringLiteral("plan"), approval.plan},
                       {QStringLiteral("plan_sha256"), hash}});
    } else {
        ctx.out() << "approval " << approval.id << " (" << approval.statusText << ")\n"
                  << "plan_sha256 " << hash << "\n\n"
                  << approval.plan;
        ctx.out().flush();
    }
    return Success;
}

QJsonObject approvalJson(const UpdateApproval& a)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("node_id"), a.nodeId},
                  {QStringLiteral("plugin"), a.plugin},
                  {QStringLiteral("status"), a.statusText},
                  {QStringLiteral("stale"), a.stale},
                  {QStringLiteral("reason"), a.reason},
                  {QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("plan_sha256"),
                   a.plan.isEmpty() ? QJsonValue() : QJsonValue(PlanText::sha256(a.plan))}};
    if (!a.staleCode.isEmpty())
        o.insert(QStringLiteral("stale_code"), a.staleCode);
    return o;
}

int approvalsList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the server's approvals, newest first. Listing re-checks open agent updates on the "
        "server, so a row can turn from pending to rejected between two calls."));
    addServerOptions(parser);
    parser.addOption(CliContext::jsonOption());
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    auto server = openServer(ctx, parser, &code);
    if (!server)
        return code;
    const auto [rows, error] =
        await<QList<UpdateApproval>>([&](auto done) { server->client->approvals(false, done); });
    if (error)
        return reportError(ctx, error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const UpdateApproval& a : std::as_const(rows))
            array.append(approvalJson(a));
        ctx.printJson({{QStringLiteral("approvals"), array}});
        return Success;
    }
    for (const UpdateApproval& a : std::as_const(rows)) {
        ctx.out() << a.id << "  " << a.nodeId << "  " << a.plugin << "  " << a.statusText
                  << (a.stale ? "  STALE" : "") << '\n';
        if (!a.reason.isEmpty())
            ctx.out() << "    " << a.reason << '\n';
    }
    ctx.out().flush();
    return Success;
}

int approvalsApprove(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Approve APPROVAL_ID: fetch it, hash its plan here, and approve with queue_apply so the "
        "update is queued. Exit 1 when the approval does not end up approved."));
    parser.addPositionalArgument(QStringLiteral("APPROVAL_ID"), QStringLiteral("approval_…"));
    addServerOptions(parser);
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(QStringLiteral("approvals approve takes exactly one APPROVAL_ID"));
    auto server = openServer(ctx, parser, &code);
    if (!server)
        return code;
    const QString id = parser.positionalArguments().first();
    const auto [current, fetchError] =
        await<UpdateApproval>([&](auto done) { server->client->approval(id, done); });
    if (fetchError)
        return reportError(ctx, fetchError);
    const QString hash = PlanText::sha256(current.plan);
    const auto [result, error] =
        await<UpdateApproval>([&](auto done) { server->client->approve(id, hash, done); });
    if (error) {
        if (error.code == QLatin1String("approval_stale"))
            ctx.err() << "lattice-desk-cli: the plan is stale and the server rejected it; plan "
                         "again with `policy plan`.\n";
        return reportError(ctx, error);
    }
    // 200 is not success: a non-pending approval comes back unchanged.
    ctx.out() << result.id << ": " << result.statusText
              << (result.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(result.reason))
              << '\n'
              << "plan_sha256 " << hash << '\n';
    ctx.out().flush();
    if (current.status != UpdateApproval::Status::Pending)
        ctx.err() << "lattice-desk-cli: the approval was already " << current.statusText
                  << "; nothing was approved now\n";
    ctx.err().flush();
    return result.status == UpdateApproval::Status::Approved ? Success : CheckFailed;
}

} // namespace

void registerServerCommands(CliDispatcher& dispatcher)
{
    dispatcher.add({{QStringLiteral("server"), QStringLiteral("version")},
                    QStringLiteral("Show a Lattice server's build and kill-switch state"),
                    serverVersion});
    dispatcher.add({{QStringLiteral("policy"), QStringLiteral("validate")},
                    QStringLiteral("Check an update-policy body by the server's rules"),
                    policyValidate});
    dispatcher.add({{QStringLiteral("policy"), QStringLiteral("push")},
                    QStringLiteral("Create or replace agent update policies on nodes"),
                    policyPush});
    dispatcher.add({{QStringLiteral("policy"), QStringLiteral("plan")},
                    QStringLiteral("Plan a node's agent update and print the plan hash"),
                    policyPlan});
    dispatcher.add({{QStringLiteral("approvals"), QStringLiteral("list")},
                    QStringLiteral("List a server's approvals"),
                    approvalsList});
    dispatcher.add({{QStringLiteral("approvals"), QStringLiteral("approve")},
                    QStringLiteral("Approve an agent update with the hash of its plan"),
                    approvalsApprove});
}

} // namespace Lattice::Cli
