#include "CleanupPlan.h"
#include "CleanupPreview.h"
#include "CliDispatcher.h"
#include "GitHubClient.h"
#include "HttpSession.h"
#include "ImageLaneRefresh.h"
#include "Profile.h"
#include "SecretStore.h"
#include "Store.h"
#include "TagDiff.h"

#include <QEventLoop>
#include <QJsonArray>

namespace Lattice::Cli {

namespace {
// Shared setup of the image subcommands: the reference, the registry base
// URL and its credentials, the session and the content cache.
struct ImageContext
{
    Oci::ImageReference ref;
    QUrl registry;
    bool insecure = false;
    Net::HttpSession session;
    Store store;
    std::unique_ptr<RegistryClient> client;
};

void addRegistryOptions(QCommandLineParser& parser)
{
    parser.addOption(CliContext::jsonOption());
    parser.addOption({QStringLiteral("registry-url"),
                      QStringLiteral("Registry base URL (default: https://<registry of REF>)."),
                      QStringLiteral("URL")});
    parser.addOption(CliContext::insecureLoopbackOption());
    parser.addOption({QStringLiteral("jobs"),
                      QStringLiteral("Requests in flight (1-32, default 8)."), QStringLiteral("N"),
                      QStringLiteral("8")});
}

// Returns nullptr and sets *code on a usage problem.
std::unique_ptr<ImageContext> openImage(CliContext& ctx, const QCommandLineParser& parser,
                                        const QString& refText, int* code)
{
    auto image = std::make_unique<ImageContext>();
    QString error;
    const auto ref = Oci::ImageReference::parse(refText, &error);
    if (!ref) {
        *code = ctx.usageError(QStringLiteral("REF %1: %2").arg(refText, error));
        return nullptr;
    }
    image->ref = *ref;
    const auto url = ctx.baseUrlOption(parser, QStringLiteral("registry-url"),
                                       QUrl(QStringLiteral("https://") + ref->registryHost), code);
    if (!url)
        return nullptr;
    image->registry = *url;
    image->insecure = parser.isSet(QStringLiteral("insecure-loopback"));
    bool ok = false;
    const int jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
    if (!ok || jobs < 1 || jobs > 32) {
        *code = ctx.usageError(QStringLiteral("--jobs must be between 1 and 32"));
        return nullptr;
    }
    image->session.setMaxInFlight(jobs);
    image->client = std::make_unique<RegistryClient>(&image->session, image->registry,
                                                     image->ref.repository, image->insecure);
    // GITHUB_TOKEN is a GitHub credential: it goes to GHCR's token endpoint
    // and to no other registry, whatever realm that registry advertises.
    QString token;
    if (image->registry.host() == QLatin1String("ghcr.io"))
        token = ctx.token("GITHUB_TOKEN", SecretStore::registryKey(image->registry));
    else
        token = ctx.token("", SecretStore::registryKey(image->registry));
    if (!token.isEmpty()) {
        const QString user = qEnvironmentVariable("GITHUB_ACTOR", QStringLiteral("lattice-desk"));
        image->client->setCredentials(user, token);
    }
    QString storeError;
    if (image->store.open(Store::defaultPath(), &storeError))
        image->client->setStore(&image->store);
    else
        ctx.err() << "lattice-desk-cli: cache unavailable (" << storeError
                  << "); continuing without it\n";
    return image;
}

QString runRefresh(ImageContext& image, const ImageLaneRefresh::Options& options,
                   QList<Oci::TagInfo>* tags)
{
    ImageLaneRefresh refresh(image.client.get());
    if (image.store.isOpen())
        refresh.setStore(&image.store);
    QEventLoop loop;
    QString error;
    QObject::connect(&refresh, &ImageLaneRefresh::finished, &loop, [&](const QString& e) {
        error = e;
        loop.quit();
    });
    refresh.start(options);
    loop.exec();
    *tags = refresh.tags();
    return error;
}

int imageTags(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the tags of REF ([registry/]namespace/name) with their index and "
                       "per-platform digests."));
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("Image repository."));
    parser.addOption(
        {QStringLiteral("details"),
         QStringLiteral("Also read every child manifest and config: per-platform config "
                        "digest, layer count, created, version and revision.")});
    addRegistryOptions(parser);
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(QStringLiteral("image tags takes exactly one REF"));
    const bool details = parser.isSet(QStringLiteral("details"));
    auto image = openImage(ctx, parser, parser.positionalArguments().first(), &code);
    if (!image)
        return code;
    QList<Oci::TagInfo> tags;
    // The plain listing needs only each index: its children's digests are in it.
    const QString error = runRefresh(*image, {{}, false, details, details}, &tags);
    if (!error.isEmpty()) {
        ctx.err() << "lattice-desk-cli: " << error << '\n';
        return NetworkError;
    }
    bool anyUnreadable = false;
    QJsonArray list;
    for (const Oci::TagInfo& t : tags) {
        QJsonArray platforms;
        for (const Oci::PlatformImage& p : t.platforms) {
            QJsonObject platform{{QStringLiteral("platform"), p.platform},
                                 {QStringLiteral("digest"), p.digest}};
            if (details) {
                platform.insert(QStringLiteral("config_digest"), p.configDigest);
                platform.insert(QStringLiteral("layers"), p.layerCount);
                platform.insert(QStringLiteral("created"), p.created);
                platform.insert(QStringLiteral("version"), p.version);
                platform.insert(QStringLiteral("revision"), p.revision);
                platform.insert(QStringLiteral("available"), p.childStatus != 404);
            }
            platforms.append(platform);
        }
        QJsonObject entry{{QStringLiteral("tag"), t.tag},
                          {QStringLiteral("digest"), t.digest},
                          {QStringLiteral("media_type"), t.mediaType},
                          {QStringLiteral("platforms"), platforms}};
        if (!t.error.isEmpty()) {
            anyUnreadable = true;
            ctx.err() << "lattice-desk-cli: " << t.tag << ": " << t.error << '\n';
        }
        list.append(entry);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.printJson({{QStringLiteral("repository"), image->ref.repository},
                       {QStringLiteral("tags"), list}});
    } else {
        for (const Oci::TagInfo& t : tags) {
            ctx.out() << t.tag << "  "
                      << (t.digest.isEmpty() ? QStringLiteral("(unreadable)") : t.digest) << '\n';
            for (const Oci::PlatformImage& p : t.platforms)
                ctx.out() << "    " << p.platform << "  " << p.digest << '\n';
        }
        ctx.out().flush();
    }
    return anyUnreadable ? NetworkError : Success;
}

int imageDiff(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compare two tags of REF per platform. Exit 0 when the index digests are "
                       "equal, 1 when they differ."));
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("Image repository."));
    parser.addPositionalArgument(QStringLiteral("TAG_A"), QStringLiteral("First tag."));
    parser.addPositionalArgument(QStringLiteral("TAG_B"), QStringLiteral("Second tag."));
    addRegistryOptions(parser);
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 3)
        return ctx.usageError(QStringLiteral("image diff takes REF TAG_A TAG_B"));
    for (const QString& t : {pos.at(1), pos.at(2)}) {
        if (!Oci::isValidTag(t))
            return ctx.usageError(QStringLiteral("\"%1\" is not a valid tag").arg(t));
    }
    auto image = openImage(ctx, parser, pos.at(0), &code);
    if (!image)
        return code;
    QList<Oci::TagInfo> tags;
    const QString error = runRefresh(*image, {{pos.at(1), pos.at(2)}, false, true}, &tags);
    if (!error.isEmpty() || tags.size() != 2) {
        ctx.err() << "lattice-desk-cli: " << error << '\n';
        return NetworkError;
    }
    for (const Oci::TagInfo& t : tags) {
        if (!t.error.isEmpty()) {
            ctx.err() << "lattice-desk-cli: " << t.tag << ": " << t.error << '\n';
            return NetworkError;
        }
    }
    const Oci::TagDiff diff = Oci::TagDiff::compute(tags.at(0), tags.at(1));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray platforms;
        for (const Oci::TagDiff::PlatformRow& row : diff.platforms)
            platforms.append(
                QJsonObject{{QStringLiteral("platform"), row.platform},
                            {QStringLiteral("a"), row.a ? QJsonValue(*row.a) : QJsonValue()},
                            {QStringLiteral("b"), row.b ? QJsonValue(*row.b) : QJsonValue()},
                            {QStringLiteral("same"), row.same()}});
        ctx.printJson({{QStringLiteral("a"), QJsonObject{{QStringLiteral("tag"), diff.tagA},
                                                         {QStringLiteral("digest"), diff.digestA}}},
                       {QStringLiteral("b"), QJsonObject{{QStringLiteral("tag"), diff.tagB},
                                                         {QStringLiteral("digest"), diff.digestB}}},
                       {QStringLiteral("same_index"), diff.sameIndex()},
                       {QStringLiteral("platforms"), platforms}});
    } else {
        ctx.out() << diff.toMarkdown();
        ctx.out().flush();
    }
    return diff.sameIndex() ? Success : CheckFailed;
}

int imageCheck(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("HEAD every per-platform child of every tagged index (or of the given "
                       "tags). Exit 1 when any child is gone."));
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("Image repository."));
    parser.addOption({QStringLiteral("tag"), QStringLiteral("Check only this tag (repeatable)."),
                      QStringLiteral("T")});
    addRegistryOptions(parser);
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(QStringLiteral("image check takes exactly one REF"));
    const QStringList only = parser.values(QStringLiteral("tag"));
    for (const QString& t : only) {
        if (!Oci::isValidTag(t))
            return ctx.usageError(QStringLiteral("\"%1\" is not a valid tag").arg(t));
    }
    auto image = openImage(ctx, parser, parser.positionalArguments().first(), &code);
    if (!image)
        return code;
    QList<Oci::TagInfo> tags;
    const QString error = runRefresh(*image, {only, true, false, false}, &tags);
    if (!error.isEmpty()) {
        ctx.err() << "lattice-desk-cli: " << error << '\n';
        return NetworkError;
    }
    QJsonArray broken;
    int unreadable = 0;
    for (const Oci::TagInfo& t : tags) {
        if (!t.error.isEmpty()) {
            ++unreadable;
            ctx.err() << "lattice-desk-cli: " << t.tag << ": " << t.error << '\n';
            continue;
        }
        for (const Oci::PlatformImage& p : t.platforms) {
            if (p.childStatus >= 200 && p.childStatus < 300)
                continue;
            broken.append(QJsonObject{{QStringLiteral("tag"), t.tag},
                                      {QStringLiteral("platform"), p.platform},
                                      {QStringLiteral("digest"), p.digest},
                                      {QStringLiteral("status"), p.childStatus}});
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.printJson(
            {{QStringLiteral("checked"), int(tags.size())}, {QStringLiteral("broken"), broken}});
    } else {
        for (const QJsonValue& v : broken) {
            const QJsonObject o = v.toObject();
            ctx.out() << o.value(QStringLiteral("tag")).toString() << " "
                      << o.value(QStringLiteral("platform")).toString() << ": BROKEN ("
                      << o.value(QStringLiteral("status")).toInt() << ") "
                      << o.value(QStringLiteral("digest")).toString() << '\n';
        }
        ctx.out() << "checked " << tags.size() << " tags, " << broken.size()
                  << " broken children\n";
        ctx.out().flush();
    }
    if (!broken.isEmpty())
        return CheckFailed;
    return unreadable > 0 ? NetworkError : Success;
}

int imageCleanupPlan(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Preview the weekly GHCR cleanup of OWNER/NAME exactly as the upstream workflow runs it. "
        "Deletes nothing. Needs a token with read:packages (GITHUB_TOKEN or the keychain)."));
    parser.addPositionalArgument(QStringLiteral("OWNER/NAME"),
                                 QStringLiteral("GitHub organisation and container package."));
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("Untagged versions to keep (default 10)."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("github-api"), QStringLiteral("GitHub API base URL."),
                      QStringLiteral("URL")});
    addRegistryOptions(parser);
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(QStringLiteral("image cleanup-plan takes exactly one OWNER/NAME"));
    const QString slug = parser.positionalArguments().first();
    const QStringList parts = slug.split(QLatin1Char('/'));
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return ctx.usageError(QStringLiteral("\"%1\" is not OWNER/NAME").arg(slug));
    int keep = 0;
    if (!Oci::CleanupPlan::parseKeep(parser.value(QStringLiteral("keep")), &keep))
        return ctx.usageError(QStringLiteral("--keep must be a non-negative integer"));
    const auto api =
        ctx.baseUrlOption(parser, QStringLiteral("github-api"), ctx.profile().githubApiUrl, &code);
    if (!api)
        return code;
    // GHCR paths are lower case: LatticeNet → latticenet.
    auto image = openImage(ctx, parser, slug.toLower(), &code);
    if (!image)
        return code;

    const QString token = ctx.token("GITHUB_TOKEN", SecretStore::githubKey(*api));
    if (token.isEmpty()) {
        ctx.err() << "lattice-desk-cli: the Packages API has no anonymous access; set GITHUB_TOKEN "
                     "(classic PAT with read:packages) or store a GitHub token in the keychain\n";
        return NetworkError;
    }
    GitHubClient github(&image->session, *api, parser.isSet(QStringLiteral("insecure-loopback")));
    github.setToken(token);
    // The workflow inspects tags anonymously; so does the preview.
    image->client->setCredentials({}, {});
    CleanupPreview preview(&github, image->client.get());
    QEventLoop loop;
    QString error;
    QObject::connect(&preview, &CleanupPreview::finished, &loop, [&](const QString& e) {
        error = e;
        loop.quit();
    });
    preview.start(parts.at(0), parts.at(1), keep);
    loop.exec();
    if (!error.isEmpty()) {
        ctx.err() << "lattice-desk-cli: " << error << '\n';
        return NetworkError;
    }
    const Oci::CleanupPlan& plan = preview.plan();
    const auto rows = [](const QList<Oci::CleanupPlan::Row>& list) {
        QJsonArray a;
        for (const auto& r : list)
            a.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("digest"), r.digest},
                                 {QStringLiteral("created_at"), r.createdAt}});
        return a;
    };
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.printJson(
            {{QStringLiteral("tags"), QJsonArray::fromStringList(plan.tags)},
             {QStringLiteral("protected"), QJsonArray::fromStringList(plan.protectedDigests)},
             {QStringLiteral("unreadable_tags"), QJsonArray::fromStringList(plan.unreadableTags)},
             {QStringLiteral("keep"), rows(plan.keep)},
             {QStringLiteral("delete"), rows(plan.remove)}});
    } else {
        for (const QString& t : plan.unreadableTags)
            ctx.out() << "DANGER: tag " << t
                      << " could not be inspected; its children are unprotected\n";
        for (const auto& r : plan.remove)
            ctx.out() << "would delete id=" << r.id << " name=" << r.digest
                      << " created_at=" << r.createdAt << '\n';
        ctx.out() << plan.tags.size() << " tags, " << plan.protectedDigests.size()
                  << " protected children, " << plan.keep.size() << " kept, " << plan.remove.size()
                  << " would be deleted\n";
        ctx.out().flush();
    }
    return Success;
}
} // namespace

void registerImageCommands(CliDispatcher& dispatcher)
{
    dispatcher.add({{QStringLiteral("image"), QStringLiteral("tags")},
                    QStringLiteral("Tags of an image with index and per-platform digests."),
                    imageTags});
    dispatcher.add({{QStringLiteral("image"), QStringLiteral("diff")},
                    QStringLiteral("Compare two tags per platform (exit 1 when they differ)."),
                    imageDiff});
    dispatcher.add(
        {{QStringLiteral("image"), QStringLiteral("check")},
         QStringLiteral("Find tags whose platform children are gone (exit 1 when broken)."),
         imageCheck});
    dispatcher.add({{QStringLiteral("image"), QStringLiteral("cleanup-plan")},
                    QStringLiteral("Preview what the weekly GHCR cleanup would delete."),
                    imageCleanupPlan});
}

} // namespace Lattice::Cli
