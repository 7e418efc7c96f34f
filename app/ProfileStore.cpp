#include "ProfileStore.h"

#include <QUrl>

namespace Lattice {

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kCurrent = QStringLiteral("currentProfile");
const QString kServers = QStringLiteral("servers");

// Each field is its own key so the settings file stays readable and
// diffable text rather than a serialised QVariant blob.
void writeMap(QSettings& settings, const QVariantMap& map)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.key() == kServers)
            continue;
        settings.setValue(it.key(), it.value());
    }
    const QVariantList servers = map.value(kServers).toList();
    settings.beginWriteArray(kServers, int(servers.size()));
    for (int i = 0; i < servers.size(); ++i) {
        settings.setArrayIndex(i);
        const QVariantMap server = servers.at(i).toMap();
        for (auto it = server.cbegin(); it != server.cend(); ++it)
            settings.setValue(it.key(), it.value());
    }
    settings.endArray();
}

QVariantMap readMap(QSettings& settings)
{
    QVariantMap map;
    for (const QString& key : settings.childKeys())
        map.insert(key, settings.value(key));
    // QSettings' INI backend returns booleans as strings; Profile converts.
    QVariantList servers;
    const int count = settings.beginReadArray(kServers);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        QVariantMap server;
        for (const QString& key : settings.childKeys())
            server.insert(key, settings.value(key));
        servers.append(server);
    }
    settings.endArray();
    map.insert(kServers, servers);
    return map;
}
} // namespace

ProfileStore::ProfileStore(const QString& settingsFile, QObject* parent)
    : QObject(parent)
    , m_settings(settingsFile.isEmpty() ? QSettings()
                                        : QSettings(settingsFile, QSettings::IniFormat))
{}

QList<Profile> ProfileStore::load() const
{
    QList<Profile> result;
    const int count = m_settings.beginReadArray(kProfiles);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        const Profile p = Profile::fromVariantMap(readMap(m_settings));
        if (!p.name.trimmed().isEmpty())
            result.append(p);
    }
    m_settings.endArray();
    return result;
}

void ProfileStore::write(const QList<Profile>& profiles)
{
    m_settings.remove(kProfiles);
    m_settings.beginWriteArray(kProfiles, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings.setArrayIndex(i);
        writeMap(m_settings, profiles.at(i).toVariantMap());
    }
    m_settings.endArray();
    m_settings.sync();
    emit profilesChanged();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> stored = load();
    if (stored.isEmpty())
        stored.append(Profile::upstream());
    return stored;
}

QString ProfileStore::currentName() const
{
    const QList<Profile> all = profiles();
    const QString name = m_settings.value(kCurrent).toString();
    for (const Profile& p : all) {
        if (p.name == name)
            return name;
    }
    return all.front().name;
}

Profile ProfileStore::current() const
{
    const QString name = currentName();
    for (const Profile& p : profiles()) {
        if (p.name == name)
            return p;
    }
    return Profile::upstream();
}

bool ProfileStore::contains(const QString& name) const
{
    for (const Profile& p : profiles()) {
        if (p.name == name)
            return true;
    }
    return false;
}

void ProfileStore::save(const Profile& profile)
{
    QList<Profile> all = load();
    const bool wasCurrent = currentName() == profile.name;
    bool replaced = false;
    for (Profile& p : all) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    write(all);
    if (wasCurrent)
        emit currentChanged(profile);
}

bool ProfileStore::remove(const QString& name)
{
    QList<Profile> all = profiles();
    if (all.size() <= 1)
        return false;
    const bool wasCurrent = currentName() == name;
    const auto removed = all.removeIf([&name](const Profile& p) { return p.name == name; });
    if (removed == 0)
        return false;
    write(all);
    if (wasCurrent) {
        m_settings.setValue(kCurrent, all.front().name);
        m_settings.sync();
        emit currentChanged(all.front());
    }
    return true;
}

bool ProfileStore::setCurrent(const QString& name)
{
    if (!contains(name))
        return false;
    if (m_settings.value(kCurrent).toString() == name)
        return true;
    m_settings.setValue(kCurrent, name);
    m_settings.sync();
    emit currentChanged(current());
    return true;
}

bool ProfileStore::rename(const QString& from, const QString& to)
{
    if (to.trimmed().isEmpty() || contains(to) || !contains(from))
        return false;
    QList<Profile> all = profiles();
    const bool wasCurrent = currentName() == from;
    for (Profile& p : all) {
        if (p.name == from)
            p.name = to;
    }
    write(all);
    if (wasCurrent) {
        m_settings.setValue(kCurrent, to);
        m_settings.sync();
        emit currentChanged(current());
    }
    return true;
}

QMap<QString, QString> ProfileStore::lastSeen(const QString& profile) const
{
    QMap<QString, QString> values;
    m_settings.beginGroup(QStringLiteral("seen"));
    m_settings.beginGroup(QString::fromLatin1(QUrl::toPercentEncoding(profile)));
    for (const QString& key : m_settings.childKeys())
        values.insert(QUrl::fromPercentEncoding(key.toLatin1()), m_settings.value(key).toString());
    m_settings.endGroup();
    m_settings.endGroup();
    return values;
}

void ProfileStore::setLastSeen(const QString& profile, const QMap<QString, QString>& values)
{
    // Keys hold "/", which QSettings reads as groups: store them encoded.
    m_settings.beginGroup(QStringLiteral("seen"));
    m_settings.beginGroup(QString::fromLatin1(QUrl::toPercentEncoding(profile)));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_settings.setValue(QString::fromLatin1(QUrl::toPercentEncoding(it.key())), it.value());
    m_settings.endGroup();
    m_settings.endGroup();
    m_settings.sync();
}

} // namespace Lattice
