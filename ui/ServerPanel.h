#pragma once

#include "Profile.h"
#include "ServerError.h"
#include "ServerInfo.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace Lattice {

class StateBanner;

// Which Lattice server of the profile the page works on, its token, and what
// the server says about itself: build (About the server), health, and who
// the token is with its scopes. The token itself is never shown or kept
// here; the page stores it in the keychain.
class ServerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServerPanel(QWidget* parent = nullptr);

    // Keeps the chosen server when it is still in the list.
    void setServers(const QList<ServerEndpoint>& servers);
    std::optional<ServerEndpoint> currentServer() const;
    void setCurrentUrl(const QUrl& url);

    void clearServerInfo();
    void showTokenState(const QString& text);
    void showVersion(const Server::ServerVersion& version, const Server::ServerError& error);
    void showHealth(const Server::ServerError& error);
    void showIdentity(const Server::TokenIdentity& identity, const Server::ServerError& error);

    QPushButton* tokenButton() const { return m_setToken; }
    QString versionText() const;
    QString identityText() const;
    QString scopesText() const;
    QString killSwitchText() const;

signals:
    void serverChanged();
    // The maintainer typed a token in the Set token dialog.
    void tokenEntered(const QString& token);
    void forgetTokenRequested();

private:
    void askForToken();

    QList<ServerEndpoint> m_servers;
    QComboBox* m_picker;
    QPushButton* m_setToken;
    QPushButton* m_forgetToken;
    QLabel* m_tokenState;
    QLabel* m_version;
    QLabel* m_commit;
    QLabel* m_built;
    QLabel* m_dashboard;
    QLabel* m_health;
    QLabel* m_identity;
    QLabel* m_scopes;
    StateBanner* m_killSwitch;
};

} // namespace Lattice
