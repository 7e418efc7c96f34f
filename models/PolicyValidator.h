#pragma once

#include "UpdatePolicy.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Lattice::Server {

struct FieldProblem
{
    QString field; // JSON field name, empty for the whole body
    QString message;

    bool operator==(const FieldProblem&) const = default;
};

// The server's policy validation (lattice-server-api §7.2), rule for rule and
// message for message, so the form can show what the server would answer
// before anything is sent. Errors carry the server's own English text: they
// are a contract, quoted, not UI strings.
struct PolicyValidation
{
    QList<FieldProblem> errors;   // in the server's rule order; the server reports the first
    QList<FieldProblem> warnings; // accepted by the server, but rewritten or bound to fail later
    UpdatePolicy normalized;      // what the server would store when errors is empty

    bool isValid() const { return errors.isEmpty(); }
};

class PolicyValidator
{
public:
    // With known node ids, an unknown node is reported as the server does
    // ("node not found"); without them that rule is skipped.
    static PolicyValidation validate(const UpdatePolicy& policy,
                                     const std::optional<QStringList>& knownNodes = std::nullopt);

    // Decodes a request body with the server's strictness: unknown keys and
    // wrong types are "invalid request body" (reported against the key), so
    // a file that passes here is accepted by the server's decoder.
    static std::optional<UpdatePolicy> decodeStrict(const QJsonObject& body,
                                                    QList<FieldProblem>* problems);

    static bool isAuditableVersion(const QString& version);
};

} // namespace Lattice::Server
