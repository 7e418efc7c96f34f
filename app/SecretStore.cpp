#include "SecretStore.h"

#include <QDBusConnection>
#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace Lattice {

namespace {
SecretStore::Status mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::Denied;
    default:
        // QtKeychain's libsecret backend reports a missing session bus as an
        // ordinary error; without a bus no Secret Service can ever answer.
        if (!QDBusConnection::sessionBus().isConnected())
            return SecretStore::Status::NoBackend;
        return SecretStore::Status::Failed;
    }
}

// An origin without path or credentials: scheme://host[:port].
QString origin(const QUrl& url)
{
    QUrl o;
    o.setScheme(url.scheme().toLower());
    o.setHost(url.host().toLower());
    o.setPort(url.port());
    return o.toString(QUrl::FullyEncoded);
}

template <typename Job> void configure(Job* job, const QString& key)
{
    job->setAutoDelete(true);
    job->setKey(key);
    // Never let QtKeychain write secrets to a plain settings file.
    job->setInsecureFallback(false);
}
} // namespace

SecretStore::SecretStore(QObject* parent)
    : SecretStore(QStringLiteral("lattice-desk"), parent)
{}

SecretStore::SecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{}

QString SecretStore::githubKey(const QUrl& apiBase)
{
    return QStringLiteral("github:") + origin(apiBase);
}

QString SecretStore::registryKey(const QUrl& registryBase)
{
    return QStringLiteral("registry:") + origin(registryBase);
}

QString SecretStore::serverKey(const QUrl& serverUrl)
{
    return QStringLiteral("server:") + origin(serverUrl);
}

QHash<QString, QString>& SecretStore::session() const
{
    // Keychain calls are made from the GUI (or CLI main) thread only.
    static QHash<QString, QHash<QString, QString>> byService;
    return byService[m_service];
}

void SecretStore::holdForSession(const QString& key, const QString& secret)
{
    session().insert(key, secret);
}

bool SecretStore::hasSessionSecret(const QString& key) const
{
    return session().contains(key);
}

void SecretStore::read(const QString& key, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    configure(job, key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done](QKeychain::Job*) {
        Result r;
        r.status = mapError(job->error());
        if (r.status == Status::Ok) {
            r.secret = job->textData();
        } else if (r.status == Status::NoBackend && session().contains(key)) {
            r = {Status::Ok, session().value(key), {}, true};
        } else if (r.status != Status::NotFound) {
            r.errorText = job->errorString();
        }
        done(r);
    });
    job->start();
}

void SecretStore::write(const QString& key, const QString& secret, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    configure(job, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done](QKeychain::Job*) {
        Result r;
        r.status = mapError(job->error());
        if (r.status == Status::Ok)
            session().remove(key);
        else
            r.errorText = job->errorString();
        done(r);
    });
    job->start();
}

void SecretStore::remove(const QString& key, Callback done)
{
    session().remove(key);
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    configure(job, key);
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job*) {
        Result r;
        r.status = mapError(job->error());
        // Removing what is not there leaves the keychain as asked.
        if (r.status == Status::NotFound)
            r.status = Status::Ok;
        if (r.status != Status::Ok)
            r.errorText = job->errorString();
        done(r);
    });
    job->start();
}

namespace {
template <typename Start> SecretStore::Result runBlocking(Start start)
{
    // The job may outlive this call if the keychain hangs (a Secret Service
    // prompt with no display to show it), so its callback writes into shared
    // state rather than into this stack frame.
    struct State
    {
        QEventLoop loop;
        SecretStore::Result result;
        bool finished = false;
    };
    auto state = std::make_shared<State>();
    start([state](const SecretStore::Result& r) {
        state->result = r;
        state->finished = true;
        state->loop.quit();
    });
    if (!state->finished) {
        QTimer::singleShot(30000, &state->loop, &QEventLoop::quit);
        state->loop.exec();
    }
    if (!state->finished)
        return {SecretStore::Status::NoBackend,
                {},
                QStringLiteral("the keychain did not answer within 30 s"),
                false};
    return state->result;
}
} // namespace

SecretStore::Result SecretStore::readBlocking(const QString& key)
{
    return runBlocking([&](Callback cb) { read(key, std::move(cb)); });
}

SecretStore::Result SecretStore::writeBlocking(const QString& key, const QString& secret)
{
    return runBlocking([&](Callback cb) { write(key, secret, std::move(cb)); });
}

SecretStore::Result SecretStore::removeBlocking(const QString& key)
{
    return runBlocking([&](Callback cb) { remove(key, std::move(cb)); });
}

} // namespace Lattice
