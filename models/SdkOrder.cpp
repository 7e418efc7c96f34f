#include "SdkOrder.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Lattice::Sdk {

namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("Lattice::Sdk", source);
}

QString stripComment(const QString& line)
{
    const qsizetype at = line.indexOf(QLatin1String("//"));
    return (at >= 0 ? line.left(at) : line).trimmed();
}

// "<module> <version>" inside a require line or block.
std::optional<QString> requiredVersion(const QString& spec)
{
    const QStringList fields =
        spec.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (fields.size() >= 2 && fields.at(0) == QLatin1String(kModulePath))
        return fields.at(1);
    return std::nullopt;
}

std::optional<QString> replacement(const QString& spec)
{
    const qsizetype arrow = spec.indexOf(QLatin1String("=>"));
    if (arrow < 0)
        return std::nullopt;
    const QStringList left =
        spec.left(arrow).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (left.isEmpty() || left.first() != QLatin1String(kModulePath))
        return std::nullopt;
    return spec.mid(arrow + 2).trimmed();
}

} // namespace

GoModPin parseGoMod(const QString& goMod)
{
    GoModPin pin;
    enum class Block { None, Require, Replace } block = Block::None;
    for (const QString& raw : goMod.split(QLatin1Char('\n'))) {
        const QString line = stripComment(raw);
        if (line.isEmpty())
            continue;
        if (block != Block::None) {
            if (line == QLatin1String(")")) {
                block = Block::None;
                continue;
            }
            if (block == Block::Require) {
                if (const auto v = requiredVersion(line))
                    pin.version = *v;
            } else if (const auto r = replacement(line)) {
                pin.replaceTarget = *r;
            }
            continue;
        }
        if (line == QLatin1String("require (")) {
            block = Block::Require;
        } else if (line == QLatin1String("replace (")) {
            block = Block::Replace;
        } else if (line.startsWith(QLatin1String("require "))) {
            if (const auto v = requiredVersion(line.mid(8)))
                pin.version = *v;
        } else if (line.startsWith(QLatin1String("replace "))) {
            if (const auto r = replacement(line.mid(8)))
                pin.replaceTarget = *r;
        }
    }
    return pin;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Tag:
        return QStringLiteral("tag");
    case Kind::Pseudo:
        return QStringLiteral("pseudo");
    case Kind::Replace:
        return QStringLiteral("replace");
    case Kind::None:
        break;
    }
    return QStringLiteral("none");
}

QString gateName(Gate gate)
{
    switch (gate) {
    case Gate::Green:
        return QStringLiteral("green");
    case Gate::Amber:
        return QStringLiteral("amber");
    case Gate::Red:
        break;
    }
    return QStringLiteral("red");
}

bool isPseudoVersion(const QString& version)
{
    static const QRegularExpression pseudo(
        QStringLiteral("^v[0-9]+\\.(0\\.0-|[0-9]+\\.[0-9]+-([^+]*\\.)?0\\.)[0-9]{14}-[A-Za-z0-9]+"
                       "(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"));
    return pseudo.match(version).hasMatch();
}

QString pseudoCommit(const QString& version)
{
    if (!isPseudoVersion(version))
        return {};
    const QString core = version.section(QLatin1Char('+'), 0, 0);
    return core.section(QLatin1Char('-'), -1).toLower();
}

bool goSumPinsVersion(const QString& goSum, const QString& version)
{
    const QString module = QString::fromLatin1(kModulePath);
    bool hasModule = false;
    bool hasGoMod = false;
    for (const QString& line : goSum.split(QLatin1Char('\n'))) {
        const QStringList f =
            line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (f.size() < 3 || f.at(0) != module || !f.at(2).startsWith(QLatin1String("h1:")))
            continue;
        hasModule |= f.at(1) == version;
        hasGoMod |= f.at(1) == version + QLatin1String("/go.mod");
    }
    return hasModule && hasGoMod;
}

bool tagLooksPrerelease(const QString& tag)
{
    static const QRegularExpression plain(QStringLiteral("^v?[0-9]+\\.[0-9]+\\.[0-9]+$"));
    return !plain.match(tag).hasMatch();
}

const SdkTag* SdkFacts::tag(const QString& name) const
{
    for (const SdkTag& t : tags) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

Verdict judge(const Downstream& release, const SdkFacts& sdk)
{
    Verdict v;
    v.repo = release.repo;
    v.tag = release.tag;
    struct Finding
    {
        Gate gate;
        QString text;
    };
    QList<Finding> findings;
    const auto add = [&findings](Gate gate, const QString& message) {
        findings.append({gate, message});
    };

    if (!release.goMod) {
        add(Gate::Green, text(QT_TRANSLATE_NOOP("Lattice::Sdk", "No go.mod at this tag.")));
    } else {
        const GoModPin pin = parseGoMod(*release.goMod);
        v.requirement = pin.version;
        if (pin.replaced()) {
            v.kind = Kind::Replace;
            add(Gate::Red,
                text(QT_TRANSLATE_NOOP(
                         "Lattice::Sdk",
                         "go.mod replaces the SDK with %1: the repository does not build "
                         "on its own."))
                    .arg(pin.replaceTarget));
        } else if (pin.version.isEmpty()) {
            v.kind = Kind::None;
            add(Gate::Green, text(QT_TRANSLATE_NOOP("Lattice::Sdk", "Does not require the SDK.")));
        } else if (isPseudoVersion(pin.version)) {
            v.kind = Kind::Pseudo;
            const QString commit = pseudoCommit(pin.version);
            add(release.prerelease ? Gate::Amber : Gate::Red,
                release.prerelease
                    ? text(QT_TRANSLATE_NOOP(
                               "Lattice::Sdk",
                               "A prerelease pins the pseudo-version %1 instead of a published SDK "
                               "tag (tolerated for prereleases)."))
                          .arg(pin.version)
                    : text(QT_TRANSLATE_NOOP(
                               "Lattice::Sdk",
                               "A stable release pins the pseudo-version %1 instead of a published "
                               "SDK tag."))
                          .arg(pin.version));
            const auto exists = sdk.commitExists.constFind(commit);
            if (exists != sdk.commitExists.cend() && !exists.value())
                add(Gate::Red,
                    text(QT_TRANSLATE_NOOP("Lattice::Sdk", "Commit %1 of the pseudo-version does "
                                                           "not exist in the SDK repository."))
                        .arg(commit));
        } else {
            v.kind = Kind::Tag;
            const SdkTag* tag = sdk.tag(pin.version);
            if (!tag) {
                add(Gate::Red,
                    text(QT_TRANSLATE_NOOP("Lattice::Sdk", "SDK tag %1 is not published."))
                        .arg(pin.version));
            } else if (tag->committed.isValid() && release.published.isValid() &&
                       tag->committed > release.published) {
                add(Gate::Red,
                    text(QT_TRANSLATE_NOOP("Lattice::Sdk",
                                           "SDK tag %1 (%2) is newer than this tag (%3)."))
                        .arg(pin.version, tag->committed.toString(Qt::ISODate),
                             release.published.toString(Qt::ISODate)));
            } else if (!tag->committed.isValid() || !release.published.isValid()) {
                add(Gate::Amber, text(QT_TRANSLATE_NOOP(
                                          "Lattice::Sdk",
                                          "SDK tag %1 is published; the order could not be checked "
                                          "because a date is unknown."))
                                     .arg(pin.version));
            } else {
                add(Gate::Green,
                    text(QT_TRANSLATE_NOOP("Lattice::Sdk",
                                           "Pins the published SDK tag %1, which came first."))
                        .arg(pin.version));
            }
        }
        if (!pin.version.isEmpty() && !pin.replaced() && release.goSum &&
            !goSumPinsVersion(*release.goSum, pin.version))
            add(release.prerelease ? Gate::Amber : Gate::Red,
                text(QT_TRANSLATE_NOOP("Lattice::Sdk", "go.sum lacks the two lines for %1."))
                    .arg(pin.version));

        // The image builds the SDK at sdk.ref, not at go.mod's version.
        if (release.sdkRef && !pin.version.isEmpty() && !pin.replaced()) {
            const QString ref = release.sdkRef->trimmed();
            QString goModCommit;
            if (v.kind == Kind::Pseudo)
                goModCommit = pseudoCommit(pin.version);
            else if (const SdkTag* tag = sdk.tag(pin.version))
                goModCommit = tag->commit.toLower();
            QString refCommit = ref.toLower();
            if (const SdkTag* tag = sdk.tag(ref))
                refCommit = tag->commit.toLower();
            const bool same =
                !goModCommit.isEmpty() && !refCommit.isEmpty() &&
                (refCommit.startsWith(goModCommit) || goModCommit.startsWith(refCommit));
            if (!goModCommit.isEmpty() && !same)
                add(release.prerelease ? Gate::Amber : Gate::Red,
                    text(QT_TRANSLATE_NOOP("Lattice::Sdk",
                                           "sdk.ref (%1) builds a different SDK than go.mod's %2."))
                        .arg(ref, pin.version));
        }
    }

    // The worst finding decides the gate and leads the reason.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return int(a.gate) > int(b.gate); });
    v.gate = findings.isEmpty() ? Gate::Green : findings.first().gate;
    v.reason = findings.isEmpty() ? QString() : findings.first().text;
    for (const Finding& f : std::as_const(findings))
        v.findings.append(f.text);
    return v;
}

} // namespace Lattice::Sdk
