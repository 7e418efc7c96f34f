#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Lattice {

class SecretStore;

// One endpoint's token as the maintainer may see it: "set" or "not set",
// never its value. Replace asks for a new value inline and hands it straight
// to the keychain; the field keeps no copy. Without a keychain the token is
// held for the running session only.
class TokenField : public QWidget
{
    Q_OBJECT
public:
    enum class State {
        NoEndpoint, // no usable URL yet, so there is no key to look under
        Checking,
        NotSet,
        Set,
        SetForSession, // held in memory because no keychain is available
        Error,
    };
    Q_ENUM(State)

    TokenField(SecretStore* secrets, const QString& objectPrefix, QWidget* parent = nullptr);

    // The SecretStore key of the endpoint; empty when the URL is not usable.
    void setKey(const QString& key);
    QString key() const { return m_key; }
    State state() const { return m_state; }
    QString statusText() const;

signals:
    void stateChanged(Lattice::TokenField::State state);
    // The keychain is not reachable; tokens entered now last for this session.
    void keychainUnavailable();

private:
    void refresh();
    void beginReplace();
    void endReplace();
    void store();
    void removeToken();
    void setState(State state, const QString& detail = {});

    SecretStore* m_secrets;
    QString m_key;
    State m_state = State::NoEndpoint;
    quint64 m_generation = 0;
    QLabel* m_status;
    QPushButton* m_replace;
    QPushButton* m_remove;
    QWidget* m_editor;
    QLineEdit* m_input;
    QPushButton* m_store;
    QPushButton* m_cancel;
};

} // namespace Lattice
