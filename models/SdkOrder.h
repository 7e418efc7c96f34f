#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Lattice::Sdk {

// The SDK publication order (release-lanes §c): server and agent consume
// the published lattice-sdk tag, never a pseudo-version, so that cloning one
// repository builds.
inline constexpr char kModulePath[] = "github.com/LatticeNet/lattice-sdk";

// What a go.mod says about the SDK.
struct GoModPin
{
    QString version;       // empty when the SDK is not required
    QString replaceTarget; // "=> …" of a replace directive for the SDK, if any
    bool replaced() const { return !replaceTarget.isEmpty(); }
};

// Reads both require forms (one-line and blocks, several blocks), strips
// "//" comments, and notices replace directives of the SDK module.
GoModPin parseGoMod(const QString& text);

enum class Kind { Tag, Pseudo, Replace, None };
QString kindName(Kind kind);

// Go's pseudo-version grammar, all three shapes, +incompatible allowed.
bool isPseudoVersion(const QString& version);
// The 12-hex commit prefix at the end of a pseudo-version, lower-cased.
QString pseudoCommit(const QString& version);
// Both go.sum lines of the pinned version: the module hash and /go.mod's.
bool goSumPinsVersion(const QString& goSum, const QString& version);

enum class Gate { Green, Amber, Red };
QString gateName(Gate gate);

struct SdkTag
{
    QString name;
    QString commit;      // full sha
    QDateTime committed; // null when unknown
};

// One server or agent tag with the files read at it.
struct Downstream
{
    QString repo; // owner/name
    QString tag;
    QString commit;
    bool prerelease = false;
    QDateTime published;          // release or commit time; null when unknown
    std::optional<QString> goMod; // nullopt: the file does not exist at the tag
    std::optional<QString> goSum;
    std::optional<QString> sdkRef; // server only: the SDK the image really builds
};

struct Verdict
{
    QString repo;
    QString tag;
    QString requirement; // the version go.mod requires, or empty
    Kind kind = Kind::None;
    Gate gate = Gate::Green;
    QString reason; // one sentence, the worst finding first
    QStringList findings;
};

// What is known about the SDK repository: its tags, and which commit
// prefixes exist (for pseudo-versions); unknown prefixes are not judged.
struct SdkFacts
{
    QList<SdkTag> tags;
    QHash<QString, bool> commitExists; // 12-hex prefix → exists
    const SdkTag* tag(const QString& name) const;
};

// The gate of one downstream tag: green when the order rule holds; amber
// for a prerelease pinning a pseudo-version; red for a stable release
// pinning one, a missing or later SDK tag, or a replace.
Verdict judge(const Downstream& release, const SdkFacts& sdk);

// Whether a tag is a prerelease by its text: a -suffix, or the server's
// alpha-/beta- image tags. GitHub's flag wins where a release exists.
bool tagLooksPrerelease(const QString& tag);

} // namespace Lattice::Sdk
