#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Lattice::PluginFormat {

// The field formats of the plugin index (release-lanes spec e.1), shared by
// the validator, the manifest reader and the signature checks.

inline constexpr char IndexSchema[] = "lattice.plugin.index.v1";
inline constexpr char ManifestV2Schema[] = "lattice.plugin.manifest.v2";

bool isValidId(const QString& id);           // plugin and publisher ids
bool isValidVersion(const QString& version); // release versions and channel values
// "-alpha" followed by '.', '-' or the end, case-insensitive; -beta and -rc
// are deliberately not prereleases here.
bool isAlphaVersion(const QString& version);
bool isLowerHexSha256(const QString& digest);
bool isChannelName(const QString& name); // stable | alpha
bool isPluginType(const QString& type);  // system | worker | wasm

// Index files carry keys and signatures as canonical padded standard base64:
// only the one spelling that re-encodes to itself is accepted.
std::optional<QByteArray> decodeCanonicalBase64(const QString& text);
// The server also takes unpadded standard base64; manifests and keys typed
// by hand are read the way the server reads them.
std::optional<QByteArray> decodeServerBase64(const QString& text);

// manifest_url / artifact_url: parses, https, a host, no user name or
// password, no query and no fragment (a bare trailing '?' or '#' counts as
// empty, as the upstream validator's WHATWG URL sees it). One deliberate
// difference: WHATWG reads "https:///x" as host "x"; here it has no host.
bool isPlainHttpsUrl(const QString& url);

// "plugins[2].releases[0].artifact_url": a member name is appended with a
// dot when it is a plain identifier and in brackets and quotes otherwise.
QString memberPath(const QString& parent, const QString& key);
QString elementPath(const QString& parent, qsizetype index);

} // namespace Lattice::PluginFormat
