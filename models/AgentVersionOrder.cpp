#include "AgentVersionOrder.h"

#include <QList>
#include <QRegularExpression>
#include <optional>

namespace Lattice::Server {

namespace {

using Result = AgentVersionOrder::Result;

template <typename T> Result order(const T& current, const T& target)
{
    if (current == target)
        return Result::Same;
    return current < target ? Result::Upgrade : Result::Downgrade;
}

std::optional<QList<qulonglong>> numericParts(const QString& version)
{
    QString text = version.trimmed();
    if (text.startsWith(QLatin1Char('v')))
        text = text.mid(1);
    QList<qulonglong> parts;
    for (const QString& part : text.split(QLatin1Char('.'))) {
        bool ok = false;
        const qulonglong n = part.toULongLong(&ok);
        // Go's strconv.Atoi accepts a sign; the server then rejects negatives.
        if (!ok || part.startsWith(QLatin1Char('+')))
            return std::nullopt;
        parts.append(n);
    }
    return parts;
}

struct StrictVersion
{
    qulonglong major = 0, minor = 0, patch = 0;
    int rank = 3; // alpha 0, beta 1, rc 2, release 3
    qulonglong pre = 0;

    auto key() const { return std::tuple(major, minor, patch, rank, pre); }
};

std::optional<StrictVersion> parseStrict(const QString& version)
{
    static const QRegularExpression grammar(
        QStringLiteral("^v?([0-9]+)\\.([0-9]+)\\.([0-9]+)(-(alpha|beta|rc)\\.([0-9]+))?$"));
    const auto m = grammar.match(version);
    if (!m.hasMatch())
        return std::nullopt;
    StrictVersion v;
    v.major = m.captured(1).toULongLong();
    v.minor = m.captured(2).toULongLong();
    v.patch = m.captured(3).toULongLong();
    if (m.hasCaptured(5)) {
        const QString kind = m.captured(5);
        v.rank = kind == QLatin1String("alpha") ? 0 : kind == QLatin1String("beta") ? 1 : 2;
        v.pre = m.captured(6).toULongLong();
    }
    return v;
}

} // namespace

Result AgentVersionOrder::legacy(const QString& current, const QString& target)
{
    if (current.trimmed().isEmpty())
        return Result::NoCurrent;
    auto a = numericParts(current);
    auto b = numericParts(target);
    if (!a || !b)
        return Result::NotComparable;
    // Missing parts count as zero: 1.2 == 1.2.0.
    while (a->size() < b->size())
        a->append(0);
    while (b->size() < a->size())
        b->append(0);
    return order(*a, *b);
}

Result AgentVersionOrder::strict(const QString& current, const QString& target)
{
    if (current.trimmed().isEmpty())
        return Result::NoCurrent;
    const auto a = parseStrict(current.trimmed());
    const auto b = parseStrict(target.trimmed());
    if (!a || !b)
        return Result::Unsupported;
    return order(a->key(), b->key());
}

AgentVersionOrder::PlanRisk AgentVersionOrder::planRisk(const QString& current,
                                                        const QString& target)
{
    const QString trimmed = current.trimmed();
    if (trimmed.isEmpty())
        return PlanRisk::None;
    // The no-op rule compares the trimmed report with the resolved target as
    // strings, before any ordering (§9.3).
    if (trimmed == target)
        return PlanRisk::AlreadyAtTarget;
    const bool strictDown = strict(current, target) == Result::Downgrade;
    const bool legacyDown = legacy(current, target) == Result::Downgrade;
    if (strictDown && legacyDown)
        return PlanRisk::DowngradeByBoth;
    if (strictDown)
        return PlanRisk::DowngradeStrictOnly;
    if (legacyDown)
        return PlanRisk::DowngradeLegacyOnly;
    if (strict(current, target) == Result::Unsupported)
        return PlanRisk::UnsupportedStrict;
    return PlanRisk::None;
}

} // namespace Lattice::Server
