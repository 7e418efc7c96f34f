#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace Lattice {

// A JSON value that keeps what QJsonDocument throws away: the order of an
// object's members and the spelling of its numbers. Signed plugin manifests
// are signed over a re-encoding of the manifest as written, so the payload can
// only be rebuilt from a value that still knows its original key order.
class OrderedJson
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    struct Member;

    // Strict RFC 8259, as Go's encoding/json reads it: no comments, no
    // trailing commas, no byte-order mark. Invalid UTF-8 and unpaired
    // surrogate escapes become U+FFFD, as Go decodes them. Duplicate keys are
    // refused: which one a signer meant is undecidable.
    static std::optional<OrderedJson> parse(const QByteArray& utf8, QString* error = nullptr);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool boolean() const { return m_bool; }
    const QString& string() const { return m_string; } // also a number's literal
    const std::vector<OrderedJson>& elements() const { return m_elements; }
    const std::vector<Member>& members() const { return m_members; }

    // The member's value, or nullptr when the object has no such key (or this
    // is not an object).
    const OrderedJson* member(const QString& key) const;
    // A copy of this object without the named member.
    OrderedJson withoutMember(const QString& key) const;

    // Compact output as Go's json.Marshal writes it: members in their
    // original order, <, > and & as \u003c \u003e \u0026, U+2028/U+2029
    // escaped, \b \f \n \r \t short, other control characters as \u00XX.
    // Numbers are copied as written.
    QByteArray toGoCompact() const;
    // Compact output with members sorted by UTF-16 code units and only the
    // escaping JSON requires, in the spirit of RFC 8785. Numbers are copied
    // as written.
    QByteArray toCanonical() const;

private:
    enum class Style { Go, Canonical };
    void encode(QByteArray& out, Style style) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    QString m_string;
    std::vector<OrderedJson> m_elements;
    std::vector<Member> m_members;

    friend class OrderedJsonParser;
};

struct OrderedJson::Member
{
    QString key;
    OrderedJson value;
};

} // namespace Lattice
