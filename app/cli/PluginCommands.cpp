#include "BaseUrlPolicy.h"
#include "CliDispatcher.h"
#include "Ed25519.h"
#include "HttpSession.h"
#include "PluginArtifact.h"
#include "PluginIndexFetcher.h"
#include "PluginIndexReport.h"
#include "PluginManifest.h"
#include "PluginSignatures.h"

#include <QEventLoop>
#include <QJsonArray>

namespace Lattice::Cli {

namespace {
QCommandLineOption indexOption()
{
    return {QStringLiteral("index"),
            QStringLiteral("Take the publisher's key from this plugin index (file or https URL)."),
            QStringLiteral("FILE|URL")};
}

// A plugin index named on the command line: a URL when it has a scheme, else
// a file. Returns Success and fills *bytes, or the exit code after saying why.
int loadIndex(CliContext& ctx, const QString& source, bool insecureLoopback, QByteArray* bytes)
{
    if (!source.contains(QLatin1String("://"))) {
        QString error;
        const auto read = PluginIndexFetcher::readFile(source, &error);
        if (!read)
            return ctx.usageError(error);
        *bytes = *read;
        return Success;
    }
    const QUrl url(source, QUrl::StrictMode);
    const BaseUrlPolicy::Verdict verdict = BaseUrlPolicy::check(url, insecureLoopback);
    if (!verdict.accepted)
        return ctx.usageError(QStringLiteral("%1: %2").arg(source, verdict.reason));

    Net::HttpSession session;
    PluginIndexFetcher fetcher(&session);
    QEventLoop loop;
    QString failure;
    bool done = false;
    QObject::connect(&fetcher, &PluginIndexFetcher::fetched, &loop,
                     [&](const QByteArray& body, const QUrl&) {
                         *bytes = body;
                         done = true;
                         loop.quit();
                     });
    QObject::connect(&fetcher, &PluginIndexFetcher::failed, &loop, [&](const QString& error) {
        failure = error;
        done = true;
        loop.quit();
    });
    fetcher.fetch(url, insecureLoopback);
    if (!done)
        loop.exec();
    if (!failure.isEmpty()) {
        ctx.err() << "lattice-desk-cli: cannot fetch the plugin index: " << failure << '\n';
        ctx.err().flush();
        return NetworkError;
    }
    return Success;
}

QString statusNote(PluginIndex::Status status)
{
    switch (status) {
    case PluginIndex::Status::Draft:
        return QStringLiteral("draft: discovery only, nothing in it may be installed");
    case PluginIndex::Status::Official:
        return QStringLiteral("official");
    case PluginIndex::Status::Example:
        return QStringLiteral("example: sample data, not a real index");
    case PluginIndex::Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

int pluginsCheck(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Validate a plugin index against the 35 rules of the index validator. Exit 1 when any "
        "rule is broken. Index-level signatures are checked over the payload the format "
        "document recommends; upstream has not fixed that payload, so those results are "
        "provisional and never change the exit code."));
    parser.addPositionalArgument(QStringLiteral("source"),
                                 QStringLiteral("The index: a file, or an https URL."),
                                 QStringLiteral("FILE|URL"));
    parser.addOption(CliContext::jsonOption());
    parser.addOption(CliContext::insecureLoopbackOption());
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QStringLiteral("plugins check takes exactly one FILE or URL"));

    QByteArray bytes;
    code = loadIndex(ctx, positional.front(), parser.isSet(QStringLiteral("insecure-loopback")),
                     &bytes);
    if (code != Success)
        return code;
    QString error;
    const std::optional<PluginIndexReport> report = PluginIndexReport::analyse(bytes, &error);
    if (!report)
        return ctx.usageError(QStringLiteral("%1: %2").arg(positional.front(), error));

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray errors;
        for (const PluginIndexViolation& v : report->violations)
            errors.append(QJsonObject{{QStringLiteral("rule"), v.rule},
                                      {QStringLiteral("path"), v.path},
                                      {QStringLiteral("message"), v.message}});
        QJsonArray signatures;
        for (const PluginSignatures::IndexSignatureResult& s : report->signatures)
            signatures.append(QJsonObject{{QStringLiteral("publisher"), s.publisher},
                                          {QStringLiteral("valid"), s.valid}});
        ctx.printJson({{QStringLiteral("status"), report->index.statusText},
                       {QStringLiteral("plugins"), int(report->index.plugins.size())},
                       {QStringLiteral("releases"), report->index.releaseCount()},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("signatures"), signatures}});
    } else {
        QTextStream& out = ctx.out();
        out << "status: " << statusNote(report->index.status);
        if (report->index.status == PluginIndex::Status::Unknown)
            out << " (\"" << report->index.statusText << "\")";
        out << '\n'
            << "plugins: " << report->index.plugins.size()
            << ", releases: " << report->index.releaseCount() << '\n';
        for (const PluginIndexViolation& v : report->violations)
            out << "rule " << v.rule << ' ' << v.path << ": " << v.message << '\n';
        for (const PluginSignatures::IndexSignatureResult& s : report->signatures)
            out << "index signature by " << s.publisher << ": " << s.detail << '\n';
        if (report->violations.isEmpty())
            out << "ok: no rule violations\n";
        else
            out << report->violations.size() << " rule violation(s)\n";
        out << "remote install: blocked by upstream policy (no install from any index yet)\n";
        out.flush();
    }
    return report->violations.isEmpty() ? Success : CheckFailed;
}

int pluginsVerifyManifest(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Verify a plugin manifest's Ed25519 signature (v1 or v2 payload) with the publisher's "
        "key from an index or given directly, and optionally a downloaded artifact against the "
        "manifest's digest (and the index's artifact_sha256 for that release). Exit 1 when the "
        "signature is invalid or the artifact does not match."));
    parser.addPositionalArgument(QStringLiteral("manifest"), QStringLiteral("The manifest file."),
                                 QStringLiteral("MANIFEST"));
    parser.addOption(indexOption());
    parser.addOption({QStringLiteral("key"),
                      QStringLiteral("The publisher's Ed25519 public key, base64."),
                      QStringLiteral("BASE64")});
    parser.addOption({QStringLiteral("artifact"),
                      QStringLiteral("A downloaded artifact to check against the digests."),
                      QStringLiteral("FILE")});
    parser.addOption(CliContext::jsonOption());
    parser.addOption(CliContext::insecureLoopbackOption());
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QStringLiteral("plugins verify-manifest takes exactly one MANIFEST"));
    const bool haveIndex = parser.isSet(QStringLiteral("index"));
    const bool haveKey = parser.isSet(QStringLiteral("key"));
    if (haveIndex == haveKey)
        return ctx.usageError(QStringLiteral("give exactly one of --index and --key"));

    QString error;
    const auto manifestBytes = PluginIndexFetcher::readFile(positional.front(), &error);
    if (!manifestBytes)
        return ctx.usageError(error);
    const std::optional<PluginManifest> manifest = PluginManifest::parse(*manifestBytes, &error);
    if (!manifest)
        return ctx.usageError(QStringLiteral("%1: %2").arg(positional.front(), error));

    QStringList problems;
    std::optional<QByteArray> key;
    std::optional<PluginIndex> index;
    if (haveKey) {
        key = PluginSignatures::decodePublicKey(parser.value(QStringLiteral("key")));
        if (!key)
            return ctx.usageError(
                QStringLiteral("--key must be standard base64 of a 32-byte Ed25519 public key"));
    } else {
        const QString source = parser.value(QStringLiteral("index"));
        QByteArray indexBytes;
        code =
            loadIndex(ctx, source, parser.isSet(QStringLiteral("insecure-loopback")), &indexBytes);
        if (code != Success)
            return code;
        index = PluginIndex::parse(indexBytes, &error);
        if (!index)
            return ctx.usageError(QStringLiteral("%1: %2").arg(source, error));
        const PluginIndex::Publisher* publisher = index->publisher(manifest->publisher);
        if (publisher)
            key = PluginSignatures::decodePublicKey(publisher->publicKey);
        if (!publisher)
            problems << QStringLiteral("publisher \"%1\" is not listed in the index")
                            .arg(manifest->publisher);
        else if (!key)
            problems << QStringLiteral("the index has no valid key for publisher \"%1\"")
                            .arg(manifest->publisher);
    }
    if (key && Ed25519::isWeakKey(*key))
        problems << QStringLiteral("the publisher key is a placeholder of small order");
    if (manifest->signature.isEmpty())
        problems << QStringLiteral("signature_ed25519 is not base64 of a 64-byte signature");
    const bool signatureValid =
        key && !manifest->signature.isEmpty() && PluginSignatures::verifyManifest(*manifest, *key);
    if (key && !manifest->signature.isEmpty() && !signatureValid)
        problems << QStringLiteral("the signature does not verify over the %1 payload")
                        .arg(PluginManifest::schemaId(manifest->schema));

    // The index carries the same signature and the artifact digest for each
    // release; a disagreement means one of the two was changed.
    const PluginIndex::Release* release =
        index ? index->release(manifest->id, manifest->version) : nullptr;
    if (release && release->signature != manifest->signatureText)
        problems << QStringLiteral("the index lists a different signature for %1 %2")
                        .arg(manifest->id, manifest->version);

    std::optional<bool> artifactOk;
    QString artifactLine;
    if (parser.isSet(QStringLiteral("artifact"))) {
        const QString path = parser.value(QStringLiteral("artifact"));
        const std::optional<QString> actual = PluginArtifact::sha256OfFile(path, &error);
        if (!actual)
            return ctx.usageError(error);
        const bool manifestMatches =
            !manifest->artifactDigest.isEmpty() && *actual == manifest->artifactDigest.toLower();
        const bool indexMatches = !release || *actual == release->artifactSha256;
        artifactOk = manifestMatches && indexMatches;
        artifactLine = QStringLiteral("artifact sha256 %1: %2").arg(*actual);
        if (*artifactOk) {
            artifactLine =
                artifactLine.arg(release ? QStringLiteral("matches the manifest and the index")
                                         : QStringLiteral("matches the manifest"));
        } else {
            QStringList why;
            if (!manifestMatches)
                why << QStringLiteral("manifest says %1")
                           .arg(manifest->artifactDigest.isEmpty() ? QStringLiteral("nothing")
                                                                   : manifest->artifactDigest);
            if (!indexMatches)
                why << QStringLiteral("index says %1").arg(release->artifactSha256);
            artifactLine = artifactLine.arg(
                QStringLiteral("DOES NOT MATCH (%1)").arg(why.join(QStringLiteral("; "))));
        }
    }

    for (const QString& p : problems)
        ctx.err() << "lattice-desk-cli: " << p << '\n';
    ctx.err().flush();
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.printJson({{QStringLiteral("publisher"), manifest->publisher},
                       {QStringLiteral("schema"), PluginManifest::schemaId(manifest->schema)},
                       {QStringLiteral("signature_valid"), signatureValid},
                       {QStringLiteral("artifact_sha256_ok"),
                        artifactOk ? QJsonValue(*artifactOk) : QJsonValue()}});
    } else {
        QTextStream& out = ctx.out();
        out << "manifest " << manifest->id << ' ' << manifest->version << " ("
            << PluginManifest::schemaId(manifest->schema) << ") by " << manifest->publisher << '\n'
            << "signature: " << (signatureValid ? "valid" : "INVALID") << '\n';
        if (artifactOk)
            out << artifactLine << '\n';
        out.flush();
    }
    return signatureValid && artifactOk.value_or(true) ? Success : CheckFailed;
}
} // namespace

void registerPluginCommands(CliDispatcher& dispatcher)
{
    dispatcher.add(
        {{QStringLiteral("plugins"), QStringLiteral("check")},
         QStringLiteral("Validate a plugin index (file or URL) against the spec's rules."),
         pluginsCheck});
    dispatcher.add(
        {{QStringLiteral("plugins"), QStringLiteral("verify-manifest")},
         QStringLiteral("Verify a plugin manifest's signature and an artifact's digest."),
         pluginsVerifyManifest});
}

} // namespace Lattice::Cli
