#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QJsonObject;

namespace Lattice {

// A plugin index (plugins.json) as the desk shows it. Reading is lenient:
// fields of the wrong type read as empty, because what is wrong is the
// validator's to report; this is only what there is to look at.
struct PluginIndex
{
    enum class Status { Draft, Official, Example, Unknown };

    struct Publisher
    {
        QString id;
        QString name;
        QString publicKey; // base64, as written
    };

    struct Release
    {
        QString version;
        QString channel;
        bool hasCapabilities = false; // absent means the plugin's default list governs
        QStringList capabilities;
        QString manifestUrl;
        QString artifactUrl;
        QString artifactSha256;
        QString signature; // the publisher's signature of the release manifest
    };

    struct Channel
    {
        QString name; // "stable" or "alpha" in a valid index
        QString version;
    };

    struct Plugin
    {
        QString id;
        QString name;
        QString publisher;
        QString type;
        QString summary;
        QString latest;
        QList<Channel> channels; // stable first
        QStringList capabilities;
        QList<Release> releases;

        // The release's own list when it has one, else the plugin default.
        QStringList capabilitiesOf(const Release& release) const;
        // The channels that resolve to this version ("releases[0]" is not
        // the latest: channels are).
        QStringList channelsSelecting(const QString& version) const;
    };

    struct Signature
    {
        QString publisher;
        QString signature;
    };

    QString schema;
    QString generatedAt;
    QString statusText;
    Status status = Status::Unknown;
    QList<Publisher> publishers;
    QList<Plugin> plugins;
    QList<Signature> signatures;

    // nullopt with *error when the bytes are not a JSON object.
    static std::optional<PluginIndex> parse(const QByteArray& bytes, QString* error = nullptr);
    static PluginIndex fromObject(const QJsonObject& object);
    static Status statusFromText(const QString& text);

    int releaseCount() const;
    const Publisher* publisher(const QString& id) const;
    const Plugin* plugin(const QString& id) const;
    const Release* release(const QString& pluginId, const QString& version) const;

    // The payload the index format document recommends for index-level
    // signatures: "LATTICE-PLUGIN-INDEX-V1\n" and the index without
    // "signatures" as canonical JSON. Upstream has not pinned down that
    // canonical form, so anything verified over it is provisional.
    static std::optional<QByteArray> recommendedSigningPayload(const QByteArray& bytes,
                                                               QString* error = nullptr);
};

} // namespace Lattice
