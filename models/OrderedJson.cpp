#include "OrderedJson.h"

#include <QCoreApplication>
#include <algorithm>

namespace Lattice {

namespace {
// The context lupdate files these tr() calls under, so lookups find them.
QString tr(const char* text)
{
    return QCoreApplication::translate("Lattice::OrderedJsonParser", text);
}

// Deep enough for any real document, shallow enough that hostile nesting
// cannot exhaust the stack.
constexpr int MaxDepth = 512;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSurrogate(char32_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

void appendCodePoint(QString& out, char32_t c)
{
    const char32_t one[1] = {c};
    out.append(QString::fromUcs4(one, 1));
}

// One code point of UTF-8 starting at data[i], with the strictness of Go's
// utf8.DecodeRune: overlong forms, surrogates and values past U+10FFFF are
// invalid. Returns the length consumed, or 0 when the bytes are invalid.
int decodeUtf8(const QByteArray& data, qsizetype i, char32_t* out)
{
    const auto byte = [&](qsizetype k) {
        return static_cast<unsigned char>(data.at(k));
    };
    const unsigned char b0 = byte(i);
    int length = 0;
    char32_t c = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        c = b0 & 0x1F;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        c = b0 & 0x0F;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        c = b0 & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + length > data.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        const unsigned char b = byte(i + k);
        if ((b & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (b & 0x3F);
    }
    if (c < min || c > 0x10FFFF || isSurrogate(c))
        return 0;
    *out = c;
    return length;
}
} // namespace

class OrderedJsonParser
{
public:
    explicit OrderedJsonParser(const QByteArray& data)
        : m_data(data)
    {}

    std::optional<OrderedJson> document(QString* error)
    {
        OrderedJson value;
        skipSpace();
        if (!parseValue(value, 0)) {
            if (error)
                *error = tr("invalid JSON at byte %1: %2").arg(m_pos).arg(m_error);
            return std::nullopt;
        }
        skipSpace();
        if (m_pos != m_data.size()) {
            if (error)
                *error = tr("invalid JSON at byte %1: %2")
                             .arg(m_pos)
                             .arg(tr("unexpected data after the value"));
            return std::nullopt;
        }
        return value;
    }

private:
    bool fail(const QString& message)
    {
        m_error = message;
        return false;
    }

    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek() const { return atEnd() ? '\0' : m_data.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && isJsonSpace(peek()))
            ++m_pos;
    }

    bool literal(const char* word)
    {
        const QByteArray w(word);
        if (m_data.mid(m_pos, w.size()) != w)
            return fail(tr("unexpected character"));
        m_pos += w.size();
        return true;
    }

    bool parseValue(OrderedJson& value, int depth)
    {
        if (depth > MaxDepth)
            return fail(tr("nested too deeply"));
        if (atEnd())
            return fail(tr("unexpected end of input"));
        switch (peek()) {
        case '{':
            return parseObject(value, depth);
        case '[':
            return parseArray(value, depth);
        case '"':
            value.m_type = OrderedJson::Type::String;
            return parseString(value.m_string);
        case 't':
            value.m_type = OrderedJson::Type::Bool;
            value.m_bool = true;
            return literal("true");
        case 'f':
            value.m_type = OrderedJson::Type::Bool;
            value.m_bool = false;
            return literal("false");
        case 'n':
            value.m_type = OrderedJson::Type::Null;
            return literal("null");
        default:
            return parseNumber(value);
        }
    }

    bool parseObject(OrderedJson& value, int depth)
    {
        value.m_type = OrderedJson::Type::Object;
        ++m_pos; // '{'
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != '"')
                return fail(tr("expected a member name"));
            OrderedJson::Member member;
            if (!parseString(member.key))
                return false;
            for (const OrderedJson::Member& seen : value.m_members) {
                if (seen.key == member.key)
                    return fail(tr("duplicate member \"%1\"").arg(member.key));
            }
            skipSpace();
            if (peek() != ':')
                return fail(tr("expected ':'"));
            ++m_pos;
            skipSpace();
            if (!parseValue(member.value, depth + 1))
                return false;
            value.m_members.push_back(std::move(member));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return fail(tr("expected ',' or '}'"));
        }
    }

    bool parseArray(OrderedJson& value, int depth)
    {
        value.m_type = OrderedJson::Type::Array;
        ++m_pos; // '['
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            OrderedJson element;
            if (!parseValue(element, depth + 1))
                return false;
            value.m_elements.push_back(std::move(element));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            return fail(tr("expected ',' or ']'"));
        }
    }

    bool hex4(char32_t* out)
    {
        if (m_pos + 4 > m_data.size())
            return fail(tr("truncated \\u escape"));
        char32_t v = 0;
        for (int k = 0; k < 4; ++k) {
            const int h = hexValue(m_data.at(m_pos + k));
            if (h < 0)
                return fail(tr("invalid \\u escape"));
            v = (v << 4) | char32_t(h);
        }
        m_pos += 4;
        *out = v;
        return true;
    }

    bool parseString(QString& out)
    {
        ++m_pos; // opening quote
        out.clear();
        for (;;) {
            if (atEnd())
                return fail(tr("unterminated string"));
            const auto c = static_cast<unsigned char>(m_data.at(m_pos));
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail(tr("control character in string"));
            if (c == '\\') {
                ++m_pos;
                if (atEnd())
                    return fail(tr("unterminated string"));
                const char e = m_data.at(m_pos++);
                switch (e) {
                case '"':
                    out.append(QLatin1Char('"'));
                    break;
                case '\\':
                    out.append(QLatin1Char('\\'));
                    break;
                case '/':
                    out.append(QLatin1Char('/'));
                    break;
                case 'b':
                    out.append(QLatin1Char('\b'));
                    break;
                case 'f':
                    out.append(QLatin1Char('\f'));
                    break;
                case 'n':
                    out.append(QLatin1Char('\n'));
                    break;
                case 'r':
                    out.append(QLatin1Char('\r'));
                    break;
                case 't':
                    out.append(QLatin1Char('\t'));
                    break;
                case 'u': {
                    char32_t unit = 0;
                    if (!hex4(&unit))
                        return false;
                    if (!isSurrogate(unit)) {
                        appendCodePoint(out, unit);
                        break;
                    }
                    // Go pairs a high surrogate with an immediately following
                    // low one; anything else becomes U+FFFD and the next
                    // escape is read on its own.
                    if (unit <= 0xDBFF && m_data.mid(m_pos, 2) == "\\u") {
                        const qsizetype save = m_pos;
                        m_pos += 2;
                        char32_t low = 0;
                        if (!hex4(&low))
                            return false;
                        if (low >= 0xDC00 && low <= 0xDFFF) {
                            appendCodePoint(out,
                                            0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                            break;
                        }
                        m_pos = save;
                    }
                    appendCodePoint(out, 0xFFFD);
                    break;
                }
                default:
                    return fail(tr("invalid escape"));
                }
                continue;
            }
            if (c < 0x80) {
                out.append(QLatin1Char(char(c)));
                ++m_pos;
                continue;
            }
            char32_t cp = 0;
            const int length = decodeUtf8(m_data, m_pos, &cp);
            if (length == 0) {
                appendCodePoint(out, 0xFFFD);
                ++m_pos;
            } else {
                appendCodePoint(out, cp);
                m_pos += length;
            }
        }
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool parseNumber(OrderedJson& value)
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (peek() >= '1' && peek() <= '9') {
            digits();
        } else {
            return fail(tr("unexpected character"));
        }
        if (peek() == '.') {
            ++m_pos;
            if (!digits())
                return fail(tr("invalid number"));
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return fail(tr("invalid number"));
        }
        value.m_type = OrderedJson::Type::Number;
        value.m_string = QString::fromLatin1(m_data.mid(start, m_pos - start));
        return true;
    }

    const QByteArray& m_data;
    qsizetype m_pos = 0;
    QString m_error;
};

std::optional<OrderedJson> OrderedJson::parse(const QByteArray& utf8, QString* error)
{
    return OrderedJsonParser(utf8).document(error);
}

const OrderedJson* OrderedJson::member(const QString& key) const
{
    for (const Member& m : m_members) {
        if (m.key == key)
            return &m.value;
    }
    return nullptr;
}

OrderedJson OrderedJson::withoutMember(const QString& key) const
{
    OrderedJson copy = *this;
    copy.m_members.erase(std::remove_if(copy.m_members.begin(), copy.m_members.end(),
                                        [&key](const Member& m) { return m.key == key; }),
                         copy.m_members.end());
    return copy;
}

namespace {
void appendUnicodeEscape(QByteArray& out, char32_t c)
{
    static const char hex[] = "0123456789abcdef";
    out.append("\\u");
    out.append(hex[(c >> 12) & 0xF]);
    out.append(hex[(c >> 8) & 0xF]);
    out.append(hex[(c >> 4) & 0xF]);
    out.append(hex[c & 0xF]);
}

void encodeString(QByteArray& out, const QString& text, bool goHtmlSafe)
{
    out.append('"');
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case '"':
            out.append("\\\"");
            continue;
        case '\\':
            out.append("\\\\");
            continue;
        // Go 1.22 and later write \b and \f short, as RFC 8785 does.
        case '\b':
            out.append("\\b");
            continue;
        case '\f':
            out.append("\\f");
            continue;
        case '\n':
            out.append("\\n");
            continue;
        case '\r':
            out.append("\\r");
            continue;
        case '\t':
            out.append("\\t");
            continue;
        default:
            break;
        }
        if (c < 0x20) {
            appendUnicodeEscape(out, c);
            continue;
        }
        // json.Marshal escapes these so its output can sit inside HTML and
        // JavaScript; the server's signing payload inherits that.
        if (goHtmlSafe && (c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029)) {
            appendUnicodeEscape(out, c);
            continue;
        }
        const char32_t one[1] = {c};
        out.append(QString::fromUcs4(one, 1).toUtf8());
    }
    out.append('"');
}
} // namespace

void OrderedJson::encode(QByteArray& out, Style style) const
{
    switch (m_type) {
    case Type::Null:
        out.append("null");
        return;
    case Type::Bool:
        out.append(m_bool ? "true" : "false");
        return;
    case Type::Number:
        out.append(m_string.toLatin1());
        return;
    case Type::String:
        encodeString(out, m_string, style == Style::Go);
        return;
    case Type::Array: {
        out.append('[');
        bool first = true;
        for (const OrderedJson& e : m_elements) {
            if (!first)
                out.append(',');
            first = false;
            e.encode(out, style);
        }
        out.append(']');
        return;
    }
    case Type::Object: {
        std::vector<const Member*> order;
        order.reserve(m_members.size());
        for (const Member& m : m_members)
            order.push_back(&m);
        if (style == Style::Canonical) {
            std::sort(order.begin(), order.end(),
                      [](const Member* a, const Member* b) { return a->key < b->key; });
        }
        out.append('{');
        bool first = true;
        for (const Member* m : order) {
            if (!first)
                out.append(',');
            first = false;
            encodeString(out, m->key, style == Style::Go);
            out.append(':');
            m->value.encode(out, style);
        }
        out.append('}');
        return;
    }
    }
}

QByteArray OrderedJson::toGoCompact() const
{
    QByteArray out;
    encode(out, Style::Go);
    return out;
}

QByteArray OrderedJson::toCanonical() const
{
    QByteArray out;
    encode(out, Style::Canonical);
    return out;
}

} // namespace Lattice
