#pragma once

#include "Profile.h"

#include <QMap>
#include <QObject>
#include <QSettings>

namespace Lattice {

// Profiles live in QSettings at the platform's standard location. Only
// endpoints and switches are written; tokens go to the keychain (SecretStore)
// and this class has no way to take one.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // settingsFile empty = the standard per-user location.
    explicit ProfileStore(const QString& settingsFile = {}, QObject* parent = nullptr);

    QList<Profile> profiles() const; // never empty: the upstream profile when none are saved
    Profile current() const;
    QString currentName() const;
    bool contains(const QString& name) const;

    void save(const Profile& profile); // insert or replace by name
    bool remove(const QString& name);  // the last profile cannot be removed
    bool setCurrent(const QString& name);
    bool rename(const QString& from, const QString& to);

    QString fileName() const { return m_settings.fileName(); }

    // What the maintainer last saw of a watched value of a profile (a moving
    // tag's version, the agents' latest), for "changed since you last
    // looked" notices. Versions and digests only: nothing secret.
    QMap<QString, QString> lastSeen(const QString& profile) const;
    void setLastSeen(const QString& profile, const QMap<QString, QString>& values);

signals:
    void profilesChanged();
    void currentChanged(const Lattice::Profile& profile);

private:
    QList<Profile> load() const;
    void write(const QList<Profile>& profiles);

    mutable QSettings m_settings;
};

} // namespace Lattice
