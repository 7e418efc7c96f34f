#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>
#include <optional>

namespace Lattice {

// One challenge of a WWW-Authenticate header (RFC 7235), e.g.
// Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull"
struct AuthChallenge
{
    QString scheme;                // lower-cased: "bearer", "basic"
    QMap<QString, QString> params; // keys lower-cased, values unquoted

    // All challenges in the header; malformed parts end parsing, and what
    // was parsed before them is kept.
    static QList<AuthChallenge> parse(const QByteArray& header);
    static std::optional<AuthChallenge> bearer(const QByteArray& header);
};

// RFC 8288 Link header: the target of rel="next" (or another relation),
// resolved against the URL of the response that carried it.
class LinkHeader
{
public:
    static std::optional<QUrl> find(const QByteArray& header, const QString& relation,
                                    const QUrl& base);
};

} // namespace Lattice
