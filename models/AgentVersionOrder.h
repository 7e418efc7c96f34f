#pragma once

#include <QString>

namespace Lattice::Server {

// How a server compares a node's current agent version with a plan's target
// before refusing a downgrade (lattice-server-api §9.2). The rule changed in
// alpha a20, and a client warns by both, since it cannot know which one a
// given server line applies until it asks.
class AgentVersionOrder
{
public:
    enum class Result {
        Upgrade,
        Same,
        Downgrade,
        NotComparable, // the legacy rule sees no order: the plan proceeds unchecked
        Unsupported,   // the strict rule refuses the plan unless forced
        NoCurrent,     // the node never reported: no check at all
    };

    // v0.2.x and alphas up to a18: numeric parts only, missing parts are 0.
    static Result legacy(const QString& current, const QString& target);
    // Alpha a20 and later: ^v?X.Y.Z(-(alpha|beta|rc).N)?$ with pre-release rank.
    static Result strict(const QString& current, const QString& target);

    // What planning current → target risks, by both rules at once, so the
    // form and the CLI warn alike whichever server line they talk to.
    enum class PlanRisk {
        None,
        AlreadyAtTarget,     // string-equal: the no-op rule answers agent_update_noop
        DowngradeByBoth,     // every server refuses without force
        DowngradeStrictOnly, // a20+ refuses; v0.2.x cannot compare and plans it (pitfall 18)
        DowngradeLegacyOnly, // v0.2.x refuses
        UnsupportedStrict,   // a20+ refuses the syntax without force
    };
    static PlanRisk planRisk(const QString& current, const QString& target);
};

} // namespace Lattice::Server
