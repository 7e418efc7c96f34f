#include "HeaderParsers.h"

namespace Lattice {

namespace {
bool isTokenChar(char c)
{
    // RFC 7230 tchar
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArray("!#$%&'*+-.^_`|~").contains(c);
}

void skipSpaces(const QByteArray& s, int& i)
{
    while (i < s.size() && (s.at(i) == ' ' || s.at(i) == '\t'))
        ++i;
}

QByteArray token(const QByteArray& s, int& i)
{
    const int start = i;
    while (i < s.size() && isTokenChar(s.at(i)))
        ++i;
    return s.mid(start, i - start);
}

// A quoted-string with backslash escapes; false when unterminated.
bool quoted(const QByteArray& s, int& i, QByteArray* out)
{
    if (i >= s.size() || s.at(i) != '"')
        return false;
    ++i;
    while (i < s.size()) {
        const char c = s.at(i++);
        if (c == '"')
            return true;
        if (c == '\\') {
            if (i >= s.size())
                return false;
            out->append(s.at(i++));
        } else {
            out->append(c);
        }
    }
    return false;
}
} // namespace

QList<AuthChallenge> AuthChallenge::parse(const QByteArray& header)
{
    QList<AuthChallenge> challenges;
    int i = 0;
    const QByteArray& s = header;
    // Bounded work on hostile input: a header is at most a few KiB in
    // practice, and every loop below advances i or stops.
    while (i < s.size()) {
        skipSpaces(s, i);
        while (i < s.size() && s.at(i) == ',') {
            ++i;
            skipSpaces(s, i);
        }
        const QByteArray scheme = token(s, i);
        if (scheme.isEmpty())
            break;
        AuthChallenge challenge;
        challenge.scheme = QString::fromLatin1(scheme).toLower();
        skipSpaces(s, i);
        // auth-params: name=value pairs separated by commas, until the next
        // bare token that is followed by a space (the next scheme).
        while (i < s.size()) {
            const int save = i;
            skipSpaces(s, i);
            const QByteArray name = token(s, i);
            skipSpaces(s, i);
            if (name.isEmpty() || i >= s.size() || s.at(i) != '=') {
                i = save;
                break;
            }
            ++i;
            skipSpaces(s, i);
            QByteArray value;
            if (i < s.size() && s.at(i) == '"') {
                if (!quoted(s, i, &value))
                    return challenges; // unterminated: stop, keep what was whole
            } else {
                value = token(s, i);
            }
            challenge.params.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(value));
            skipSpaces(s, i);
            if (i < s.size() && s.at(i) == ',') {
                ++i;
                continue;
            }
            break;
        }
        challenges.append(challenge);
        skipSpaces(s, i);
        if (i < s.size() && s.at(i) != ',' && !isTokenChar(s.at(i)))
            break;
    }
    return challenges;
}

std::optional<AuthChallenge> AuthChallenge::bearer(const QByteArray& header)
{
    for (const AuthChallenge& c : parse(header)) {
        if (c.scheme == QLatin1String("bearer"))
            return c;
    }
    return std::nullopt;
}

std::optional<QUrl> LinkHeader::find(const QByteArray& header, const QString& relation,
                                     const QUrl& base)
{
    int i = 0;
    const QByteArray& s = header;
    while (i < s.size()) {
        skipSpaces(s, i);
        if (i >= s.size() || s.at(i) != '<')
            return std::nullopt;
        const int close = s.indexOf('>', i + 1);
        if (close < 0)
            return std::nullopt;
        const QByteArray target = s.mid(i + 1, close - i - 1).trimmed();
        i = close + 1;
        bool matches = false;
        // link-params until the next comma outside quotes
        while (i < s.size()) {
            skipSpaces(s, i);
            if (i >= s.size())
                break;
            if (s.at(i) == ',') {
                ++i;
                break;
            }
            if (s.at(i) != ';')
                return std::nullopt;
            ++i;
            skipSpaces(s, i);
            const QByteArray name = token(s, i).toLower();
            skipSpaces(s, i);
            QByteArray value;
            if (i < s.size() && s.at(i) == '=') {
                ++i;
                skipSpaces(s, i);
                if (i < s.size() && s.at(i) == '"') {
                    if (!quoted(s, i, &value))
                        return std::nullopt;
                } else {
                    value = token(s, i);
                }
            }
            if (name == "rel") {
                // rel may hold several space-separated relation types.
                const QList<QByteArray> rels = value.toLower().split(' ');
                if (rels.contains(relation.toLatin1().toLower()))
                    matches = true;
            }
        }
        if (matches) {
            const QUrl url = QUrl::fromEncoded(target);
            if (!url.isValid())
                return std::nullopt;
            return base.resolved(url);
        }
    }
    return std::nullopt;
}

} // namespace Lattice
