#include "PluginFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace Lattice::PluginFormat {

namespace {
// Anchored with \A and \z so a trailing newline cannot slip past '$'.
bool fullMatch(const QRegularExpression& re, const QString& text)
{
    return re.match(text).hasMatch();
}
} // namespace

bool isValidId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("\\A[a-z0-9][a-z0-9._-]{1,78}[a-z0-9]\\z"));
    return fullMatch(re, id);
}

bool isValidVersion(const QString& version)
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z0-9][A-Za-z0-9._+:-]{0,63}\\z"));
    return fullMatch(re, version);
}

bool isAlphaVersion(const QString& version)
{
    static const QRegularExpression re(QStringLiteral("-alpha(?:[.-]|\\z)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(version).hasMatch();
}

bool isLowerHexSha256(const QString& digest)
{
    static const QRegularExpression re(QStringLiteral("\\A[a-f0-9]{64}\\z"));
    return fullMatch(re, digest);
}

bool isChannelName(const QString& name)
{
    return name == QLatin1String("stable") || name == QLatin1String("alpha");
}

bool isPluginType(const QString& type)
{
    return type == QLatin1String("system") || type == QLatin1String("worker") ||
           type == QLatin1String("wasm");
}

std::optional<QByteArray> decodeCanonicalBase64(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("\\A(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?\\z"));
    if (text.isEmpty() || !fullMatch(re, text))
        return std::nullopt;
    const QByteArray encoded = text.toLatin1();
    const QByteArray decoded = QByteArray::fromBase64(encoded);
    // Non-zero bits in the last character's unused part decode the same but
    // are a second spelling; the canonical form re-encodes to itself.
    if (decoded.toBase64() != encoded)
        return std::nullopt;
    return decoded;
}

std::optional<QByteArray> decodeServerBase64(const QString& text)
{
    if (const auto padded = decodeCanonicalBase64(text))
        return padded;
    static const QRegularExpression re(
        QStringLiteral("\\A(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2,3})?\\z"));
    if (text.isEmpty() || !fullMatch(re, text))
        return std::nullopt;
    const QByteArray encoded = text.toLatin1();
    const QByteArray decoded = QByteArray::fromBase64(encoded);
    if (decoded.toBase64(QByteArray::OmitTrailingEquals) != encoded)
        return std::nullopt;
    return decoded;
}

bool isPlainHttpsUrl(const QString& text)
{
    // Tolerant parsing, like the WHATWG parser the upstream validator uses.
    const QUrl url(text, QUrl::TolerantMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty() &&
           url.userName().isEmpty() && url.password().isEmpty() && url.query().isEmpty() &&
           url.fragment().isEmpty();
}

QString memberPath(const QString& parent, const QString& key)
{
    static const QRegularExpression plain(QStringLiteral("\\A[A-Za-z_][A-Za-z0-9_]*\\z"));
    if (fullMatch(plain, key))
        return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
    // A quoted JSON string, so any key reads back unambiguously.
    const QByteArray quoted = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact);
    return parent + QLatin1Char('[') + QString::fromUtf8(quoted.mid(1, quoted.size() - 2)) +
           QLatin1Char(']');
}

QString elementPath(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace Lattice::PluginFormat
