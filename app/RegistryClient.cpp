#include "RegistryClient.h"

#include "BaseUrlPolicy.h"
#include "HeaderParsers.h"
#include "HttpSession.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Lattice {

using Net::HttpRequest;
using Net::HttpResponse;

namespace {
// Addresses a public registry has no business sending us to for a token:
// private, link-local and loopback ranges (SSRF guard). Host names are not
// resolved here; a name that resolves privately is the resolver's business.
bool isPrivateAddressLiteral(const QString& host)
{
    if (BaseUrlPolicy::isLoopbackHost(host))
        return true;
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() == 4) {
        bool ok0 = false;
        bool ok1 = false;
        const int a = parts.at(0).toInt(&ok0);
        const int b = parts.at(1).toInt(&ok1);
        if (ok0 && ok1) {
            return a == 10 || a == 0 || (a == 172 && b >= 16 && b <= 31) ||
                   (a == 192 && b == 168) || (a == 169 && b == 254) ||
                   (a == 100 && b >= 64 && b <= 127);
        }
    }
    const QString lower = host.toLower();
    return lower.startsWith(QLatin1String("fc")) || lower.startsWith(QLatin1String("fd")) ||
           lower.startsWith(QLatin1String("fe80:"));
}

QString digestOf(const HttpResponse& r)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(r.sha256);
}

QString contentType(const HttpResponse& r)
{
    return QString::fromLatin1(r.header("Content-Type")).section(QLatin1Char(';'), 0, 0).trimmed();
}

template <typename Callback, typename... Args>
void deliverLater(QObject* context, Callback done, Args... args)
{
    // Cached answers are delivered from the event loop too, so callers see
    // the same ordering whether or not the network was involved.
    QMetaObject::invokeMethod(
        context, [done, args...] { done(args...); }, Qt::QueuedConnection);
}
} // namespace

RegistryClient::RegistryClient(Net::HttpSession* session, const QUrl& registryBase,
                               const QString& repository, bool allowInsecureLoopback,
                               QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_base(registryBase)
    , m_repository(repository)
    , m_allowInsecureLoopback(allowInsecureLoopback)
{}

void RegistryClient::setCredentials(const QString& user, const QString& secret)
{
    m_user = user;
    m_secret = secret;
    m_token.clear();
}

QString RegistryClient::scope() const
{
    return QStringLiteral("repository:%1:pull").arg(m_repository);
}

QUrl RegistryClient::endpoint(const QString& path) const
{
    QUrl url = m_base;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    return url;
}

RegistryClient::Error RegistryClient::errorFrom(const HttpResponse& r) const
{
    Error e;
    if (r.error != HttpResponse::Error::None) {
        e.kind =
            r.error == HttpResponse::Error::Refused ? Error::Kind::Refused
            : r.error == HttpResponse::Error::TooLarge || r.error == HttpResponse::Error::WrongType
                ? Error::Kind::BadContent
                : Error::Kind::Network;
        e.message = r.describe();
        return e;
    }
    e.status = r.status;
    const QJsonArray errors =
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("errors")).toArray();
    QString detail;
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        e.code = first.value(QStringLiteral("code")).toString().left(64);
        detail = first.value(QStringLiteral("message")).toString().left(200);
    }
    if (r.status == 401 || r.status == 403)
        e.kind = Error::Kind::Unauthorized;
    else if (r.status == 404)
        e.kind = Error::Kind::NotFound;
    else if (r.status == 429 || r.status >= 500)
        e.kind = Error::Kind::Server;
    else
        e.kind = Error::Kind::BadContent;
    e.message = r.describe();
    if (!e.code.isEmpty())
        e.message += QStringLiteral(" %1").arg(e.code);
    if (!detail.isEmpty())
        e.message += QStringLiteral(" (%1)").arg(detail);
    return e;
}

void RegistryClient::send(HttpRequest request, ResponseHandler done, bool retriedAuth)
{
    request.allowInsecureLoopback = m_allowInsecureLoopback;
    request.credentialOrigin = m_base;
    request.refuseHtml = true;
    if (!m_token.isEmpty())
        request.authorization = "Bearer " + m_token;
    Net::HttpJob* job = m_session->send(request);
    QPointer<RegistryClient> self(this);
    connect(job, &Net::HttpJob::finished, this,
            [self, request, done, retriedAuth](const HttpResponse& response) {
                if (!self)
                    return;
                const QByteArray challenge = response.header("WWW-Authenticate");
                if (response.status == 401 && !retriedAuth && AuthChallenge::bearer(challenge)) {
                    // A new 401 means no token yet, an expired one, or a wider
                    // scope: fetch one token, retry once, then report.
                    self->fetchToken(challenge,
                                     [self, request, done, response](const Error& error) {
                                         if (!self)
                                             return;
                                         if (error) {
                                             done(response, error);
                                             return;
                                         }
                                         self->send(request, done, true);
                                     });
                    return;
                }
                done(response, {});
            });
}

void RegistryClient::fetchToken(const QByteArray& header, std::function<void(const Error&)> done)
{
    const auto challenge = AuthChallenge::bearer(header);
    const QUrl realm(challenge ? challenge->params.value(QStringLiteral("realm")) : QString());
    Error refused{Error::Kind::Refused, 0, {}, {}};
    const bool registryIsLocal = BaseUrlPolicy::isLoopbackHost(m_base.host());
    if (!realm.isValid() || realm.host().isEmpty()) {
        refused.message = QStringLiteral("the registry's token challenge names no realm");
        deliverLater(this, done, refused);
        return;
    }
    if (realm.scheme() != QLatin1String("https") &&
        !(registryIsLocal && m_allowInsecureLoopback &&
          BaseUrlPolicy::isLoopbackHost(realm.host()))) {
        refused.message =
            QStringLiteral("refused a token realm that is not https: %1").arg(realm.host());
        deliverLater(this, done, refused);
        return;
    }
    if (!registryIsLocal && isPrivateAddressLiteral(realm.host())) {
        refused.message =
            QStringLiteral("refused a token realm on a private address: %1").arg(realm.host());
        deliverLater(this, done, refused);
        return;
    }
    QUrl url = realm;
    QUrlQuery query(realm);
    const QString service = challenge->params.value(QStringLiteral("service"));
    if (!service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), service);
    query.addQueryItem(QStringLiteral("scope"),
                       challenge->params.value(QStringLiteral("scope"), scope()));
    url.setQuery(query);

    HttpRequest request;
    request.url = url;
    request.limits.maxBodyBytes = kMaxTokenBytes;
    request.allowInsecureLoopback = m_allowInsecureLoopback;
    request.refuseHtml = true;
    if (!m_secret.isEmpty()) {
        // GHCR wants Basic user:PAT here; a PAT sent as Bearer is refused.
        request.authorization = "Basic " + (m_user.toUtf8() + ':' + m_secret.toUtf8()).toBase64();
        request.credentialOrigin = realm;
    }
    ++m_stats.tokenRequests;
    Net::HttpJob* job = m_session->send(request);
    connect(job, &Net::HttpJob::finished, this, [this, done](const HttpResponse& r) {
        if (!r.ok()) {
            Error e = errorFrom(r);
            e.kind = r.transportOk() ? Error::Kind::Unauthorized : e.kind;
            e.message = QStringLiteral("token request failed: %1").arg(e.message);
            done(e);
            return;
        }
        const QJsonObject obj = QJsonDocument::fromJson(r.body).object();
        QString token = obj.value(QStringLiteral("token")).toString();
        if (token.isEmpty())
            token = obj.value(QStringLiteral("access_token")).toString();
        if (token.isEmpty()) {
            done({Error::Kind::Unauthorized,
                  r.status,
                  {},
                  QStringLiteral("the token endpoint returned no token")});
            return;
        }
        m_token = token.toUtf8();
        done({});
    });
}

void RegistryClient::listTags(std::function<void(const QStringList&, const Error&)> done)
{
    QUrl first = endpoint(QStringLiteral("/v2/%1/tags/list").arg(m_repository));
    first.setQuery(QStringLiteral("n=1000"));
    listTagsPage(first, {}, 1, std::move(done));
}

void RegistryClient::listTagsPage(const QUrl& url, QStringList collected, int page,
                                  std::function<void(const QStringList&, const Error&)> done)
{
    HttpRequest request;
    request.url = url;
    request.headers.emplaceBack("Accept", "application/json");
    request.limits.maxBodyBytes = 8 * 1024 * 1024;
    ++m_stats.tagPages;
    send(request, [this, url, collected, page, done](const HttpResponse& r,
                                                     const Error& tokenError) mutable {
        if (!r.ok()) {
            done({}, tokenError ? tokenError : errorFrom(r));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            done({}, {Error::Kind::BadContent,
                      r.status,
                      {},
                      QStringLiteral("tags/list is not a JSON object")});
            return;
        }
        // A repository whose tags were all deleted answers "tags": null.
        for (const QJsonValue& v : doc.object().value(QStringLiteral("tags")).toArray()) {
            const QString tag = v.toString();
            if (Oci::isValidTag(tag))
                collected.append(tag);
        }
        const auto next = LinkHeader::find(r.header("Link"), QStringLiteral("next"), r.finalUrl);
        if (next) {
            if (Net::originOf(*next) != Net::originOf(m_base)) {
                done({}, {Error::Kind::Refused,
                          0,
                          {},
                          QStringLiteral("tags/list pagination left the registry host")});
                return;
            }
            if (page >= kMaxTagPages) {
                done({}, {Error::Kind::BadContent,
                          0,
                          {},
                          QStringLiteral("more than %1 pages of tags").arg(kMaxTagPages)});
                return;
            }
            listTagsPage(*next, collected, page + 1, done);
            return;
        }
        collected.removeDuplicates();
        collected.sort();
        done(collected, {});
    });
}

void RegistryClient::head(const QString& reference,
                          std::function<void(const Head&, const Error&)> done)
{
    HttpRequest request;
    request.method = "HEAD";
    request.url = endpoint(QStringLiteral("/v2/%1/manifests/%2").arg(m_repository, reference));
    request.headers.emplaceBack("Accept", Oci::manifestAcceptHeader());
    ++m_stats.heads;
    send(request, [this, done](const HttpResponse& r, const Error& tokenError) {
        Head head;
        head.status = r.status;
        if (!r.ok()) {
            done(head, tokenError ? tokenError : errorFrom(r));
            return;
        }
        head.digest = QString::fromLatin1(r.header("Docker-Content-Digest")).trimmed();
        head.mediaType = contentType(r);
        head.size = r.header("Content-Length").toLongLong();
        if (!head.digest.isEmpty() && !Oci::isValidDigest(head.digest)) {
            done(head, {Error::Kind::BadContent,
                        r.status,
                        {},
                        QStringLiteral("invalid Docker-Content-Digest")});
            return;
        }
        done(head, {});
    });
}

void RegistryClient::manifest(const QString& reference,
                              std::function<void(const Manifest&, const Error&)> done)
{
    const bool byDigest = Oci::isValidDigest(reference);
    if (byDigest && m_store) {
        if (const auto cached = m_store->content(reference)) {
            const auto doc = Oci::Document::parse(cached->body, cached->mediaType, nullptr);
            if (doc) {
                ++m_stats.cacheHits;
                deliverLater(this, done,
                             Manifest{reference, cached->mediaType, cached->body, *doc, true, {}},
                             Error{});
                return;
            }
        }
    }
    HttpRequest request;
    request.url = endpoint(QStringLiteral("/v2/%1/manifests/%2").arg(m_repository, reference));
    request.headers.emplaceBack("Accept", Oci::manifestAcceptHeader());
    request.limits.maxBodyBytes = kMaxManifestBytes;
    ++m_stats.manifestGets;
    send(request, [this, reference, byDigest, done](const HttpResponse& r,
                                                    const Error& tokenError) {
        if (!r.ok()) {
            done({}, tokenError ? tokenError : errorFrom(r));
            return;
        }
        const QString computed = digestOf(r);
        const QByteArray declaredLength = r.header("Content-Length");
        if (!declaredLength.isEmpty() && declaredLength.toLongLong() != r.bodySize) {
            done({}, {Error::Kind::BadContent,
                      r.status,
                      {},
                      QStringLiteral("manifest %1 is %2 bytes, Content-Length said %3")
                          .arg(reference)
                          .arg(r.bodySize)
                          .arg(QString::fromLatin1(declaredLength))});
            return;
        }
        if (byDigest && computed != reference) {
            done({}, {Error::Kind::BadContent,
                      r.status,
                      {},
                      QStringLiteral("manifest bytes hash to %1, not the requested %2; refused")
                          .arg(computed, reference)});
            return;
        }
        Manifest m;
        m.digest = computed;
        m.bytes = r.body;
        const QString headerDigest =
            QString::fromLatin1(r.header("Docker-Content-Digest")).trimmed();
        if (!headerDigest.isEmpty() && headerDigest != computed)
            m.warning = QStringLiteral("Docker-Content-Digest %1 does not match the bytes (%2); "
                                       "using the computed digest")
                            .arg(headerDigest, computed);
        QString parseError;
        const auto doc = Oci::Document::parse(r.body, contentType(r), &parseError);
        if (!doc) {
            done({}, {Error::Kind::BadContent,
                      r.status,
                      {},
                      QStringLiteral("manifest %1: %2").arg(reference, parseError)});
            return;
        }
        m.document = *doc;
        m.mediaType = doc->mediaType;
        if (m_store)
            m_store->putContent(computed, m.mediaType, m.bytes);
        done(m, {});
    });
}

void RegistryClient::configBlob(const QString& digest,
                                std::function<void(const QByteArray&, const Error&)> done)
{
    if (!Oci::isValidDigest(digest)) {
        deliverLater(this, done, QByteArray(),
                     Error{Error::Kind::BadContent, 0, {}, QStringLiteral("invalid digest")});
        return;
    }
    if (m_store) {
        if (const auto cached = m_store->content(digest)) {
            ++m_stats.cacheHits;
            deliverLater(this, done, cached->body, Error{});
            return;
        }
    }
    HttpRequest request;
    request.url = endpoint(QStringLiteral("/v2/%1/blobs/%2").arg(m_repository, digest));
    request.limits.maxBodyBytes = kMaxConfigBytes;
    ++m_stats.blobGets;
    send(request, [this, digest, done](const HttpResponse& r, const Error& tokenError) {
        if (!r.ok()) {
            done({}, tokenError ? tokenError : errorFrom(r));
            return;
        }
        if (digestOf(r) != digest) {
            done({}, {Error::Kind::BadContent,
                      r.status,
                      {},
                      QStringLiteral("blob bytes hash to %1, not %2; refused")
                          .arg(digestOf(r), digest)});
            return;
        }
        if (m_store)
            m_store->putContent(digest, QStringLiteral("application/octet-stream"), r.body);
        done(r.body, {});
    });
}

} // namespace Lattice
