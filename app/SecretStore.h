#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace Lattice {

// Tokens for GitHub, registries and Lattice servers, kept in the platform
// keychain through QtKeychain (the Secret Service on Linux). There is no
// plain-text fallback: when no keychain answers, a token can be held for the
// running session only, and callers are told so.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,  // no token stored under that key: an ordinary state
        NoBackend, // no Secret Service / keychain is reachable
        Denied,    // the user or the keychain refused access
        Failed,    // any other keychain error
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString secret;           // only for a successful read
        QString errorText;        // the keychain's own description, never contains the secret
        bool sessionOnly = false; // the value came from / went to the in-memory session map
    };
    using Callback = std::function<void(const Result&)>;

    explicit SecretStore(QObject* parent = nullptr);
    // The keychain "service" entries are filed under. Tests use their own.
    explicit SecretStore(const QString& service, QObject* parent = nullptr);

    QString service() const { return m_service; }

    void read(const QString& key, Callback done);
    void write(const QString& key, const QString& secret, Callback done);
    void remove(const QString& key, Callback done);

    // For the CLI: runs a local event loop until the keychain answers.
    Result readBlocking(const QString& key);
    Result writeBlocking(const QString& key, const QString& secret);
    Result removeBlocking(const QString& key);

    // Keeps a token for this process only, used when no keychain is available.
    // Every SecretStore of the same service sees it, so a token entered in
    // Settings reaches the pages that each hold their own SecretStore.
    void holdForSession(const QString& key, const QString& secret);
    bool hasSessionSecret(const QString& key) const;

    // Key naming: one entry per endpoint, so several profiles that share an
    // endpoint share its token and two servers never collide.
    static QString githubKey(const QUrl& apiBase);
    static QString registryKey(const QUrl& registryBase);
    static QString serverKey(const QUrl& serverUrl);

private:
    QHash<QString, QString>& session() const;

    QString m_service;
};

} // namespace Lattice
