#pragma once

#include "Profile.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace Lattice {

class ConnectionCheck;
class ProfileStore;
class SecretStore;
class StateBanner;
class TokenField;

// Profiles, their endpoints and the endpoints' tokens. Profile fields are
// edited in a draft and written by Save; tokens go to the keychain at once,
// because they are not part of a profile and several profiles may share one.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(ProfileStore* profiles, SecretStore* secrets, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    QString selectedProfileName() const { return m_originalName; }
    void selectProfile(const QString& name);
    Profile draft() const { return m_draft; }
    bool isDirty() const { return m_dirty; }
    QStringList problems() const { return m_problems; }

public slots:
    bool saveProfile();
    void revertProfile();
    void addProfile();
    void duplicateProfile();
    bool removeProfile();
    bool useProfile();
    void addServer();
    void removeServer();

private:
    QWidget* buildGeneralTab();
    QWidget* buildEndpointsTab();
    QWidget* buildServersTab();
    void reloadProfileList();
    void loadDraft(const Profile& profile);
    void readForm();
    void readServerForm();
    void loadServerForm();
    void reloadServerList();
    void formEdited();
    void updateState();
    void updateTokenKeys();
    QString uniqueName(const QString& base) const;
    void persistImplicitProfile();
    int currentServerRow() const;

    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    Profile m_draft;
    QString m_originalName;
    bool m_dirty = false;
    bool m_loading = false;
    QStringList m_problems;

    QListWidget* m_profileList;
    QPushButton* m_addProfile;
    QPushButton* m_duplicateProfile;
    QPushButton* m_removeProfile;
    QPushButton* m_useProfile;
    QTabWidget* m_tabs;

    QLineEdit* m_name;
    QLineEdit* m_channels;
    QCheckBox* m_insecure;
    QLineEdit* m_registryUrl;
    QLineEdit* m_imageRepository;
    QLineEdit* m_githubApiUrl;
    QLineEdit* m_serverRepo;
    QLineEdit* m_agentRepo;
    QLineEdit* m_sdkRepo;
    QLineEdit* m_docsRepo;
    QLineEdit* m_docsSiteUrl;
    QLineEdit* m_pluginIndexUrl;
    ConnectionCheck* m_registryCheck;
    ConnectionCheck* m_githubCheck;
    ConnectionCheck* m_docsCheck;
    ConnectionCheck* m_pluginIndexCheck;
    TokenField* m_registryToken;
    TokenField* m_githubToken;

    QListWidget* m_serverList;
    QPushButton* m_addServer;
    QPushButton* m_removeServer;
    QWidget* m_serverForm;
    QLineEdit* m_serverLabel;
    QLineEdit* m_serverUrl;
    QCheckBox* m_serverInsecure;
    QLineEdit* m_serverCaFile;
    ConnectionCheck* m_serverCheck;
    TokenField* m_serverToken;

    StateBanner* m_keychainBanner;
    StateBanner* m_validation;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace Lattice
