#pragma once

#include <QList>
#include <QString>

class QJsonObject;

namespace Lattice {

// One broken rule: its number in the release-lanes spec (e.4), where in the
// document ("plugins[2].releases[0].artifact_url") and what is wrong.
struct PluginIndexViolation
{
    int rule = 0;
    QString path;
    QString message;

    bool operator==(const PluginIndexViolation&) const = default;
};

// The upstream index validator's 35 rules (scripts/validate-index.mjs as the
// spec numbers them). Like the script it reports every failure rather than
// stopping at the first, but a rule that depends on a container of the wrong
// type is skipped instead of reported a second time. No cryptography here:
// signatures are only checked for their shape.
class PluginIndexValidator
{
public:
    static constexpr int RuleCount = 35;

    static QList<PluginIndexViolation> validate(const QJsonObject& index);
    static QString ruleSummary(int rule); // one translated line, for tooltips and --help
};

} // namespace Lattice
