#include "TokenField.h"

#include "SecretStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lattice {

TokenField::TokenField(SecretStore* secrets, const QString& objectPrefix, QWidget* parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_status(new QLabel(this))
    , m_replace(new QPushButton(this))
    , m_remove(new QPushButton(tr("Remove token"), this))
    , m_editor(new QWidget(this))
    , m_input(new QLineEdit(m_editor))
    , m_store(new QPushButton(tr("Store"), m_editor))
    , m_cancel(new QPushButton(tr("Cancel"), m_editor))
{
    setObjectName(objectPrefix + QStringLiteral("-token"));
    m_status->setObjectName(objectPrefix + QStringLiteral("-token-status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Token status"));
    m_replace->setObjectName(objectPrefix + QStringLiteral("-token-replace"));
    m_remove->setObjectName(objectPrefix + QStringLiteral("-token-remove"));
    m_remove->setToolTip(tr("Remove this endpoint's token from the keychain"));
    m_input->setObjectName(objectPrefix + QStringLiteral("-token-input"));
    m_input->setEchoMode(QLineEdit::Password);
    m_input->setAccessibleName(tr("New token"));
    m_input->setPlaceholderText(tr("Paste the token"));
    // A token must never reach the clipboard history or an undo buffer again.
    m_input->setContextMenuPolicy(Qt::NoContextMenu);
    m_store->setObjectName(objectPrefix + QStringLiteral("-token-store"));
    m_cancel->setObjectName(objectPrefix + QStringLiteral("-token-cancel"));

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_status, 1);
    row->addWidget(m_replace);
    row->addWidget(m_remove);
    auto* editorRow = new QHBoxLayout(m_editor);
    editorRow->setContentsMargins(0, 0, 0, 0);
    editorRow->addWidget(m_input, 1);
    editorRow->addWidget(m_store);
    editorRow->addWidget(m_cancel);
    m_editor->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_editor);

    connect(m_replace, &QPushButton::clicked, this, &TokenField::beginReplace);
    connect(m_remove, &QPushButton::clicked, this, &TokenField::removeToken);
    connect(m_store, &QPushButton::clicked, this, &TokenField::store);
    connect(m_input, &QLineEdit::returnPressed, this, &TokenField::store);
    connect(m_cancel, &QPushButton::clicked, this, &TokenField::endReplace);
    setState(State::NoEndpoint);
}

QString TokenField::statusText() const
{
    return m_status->text();
}

void TokenField::setKey(const QString& key)
{
    if (key == m_key && m_state != State::NoEndpoint)
        return;
    m_key = key;
    endReplace();
    refresh();
}

void TokenField::refresh()
{
    ++m_generation;
    if (m_key.isEmpty()) {
        setState(State::NoEndpoint);
        return;
    }
    setState(State::Checking);
    const quint64 generation = m_generation;
    QPointer<TokenField> self(this);
    // Reading is the only way the keychain says whether an entry exists; the
    // value is dropped here and never shown.
    m_secrets->read(m_key, [self, generation](const SecretStore::Result& r) {
        if (!self || generation != self->m_generation)
            return;
        switch (r.status) {
        case SecretStore::Status::Ok:
            self->setState(r.sessionOnly ? State::SetForSession : State::Set);
            break;
        case SecretStore::Status::NotFound:
            self->setState(State::NotSet);
            break;
        case SecretStore::Status::NoBackend:
            self->setState(State::NotSet);
            emit self->keychainUnavailable();
            break;
        case SecretStore::Status::Denied:
        case SecretStore::Status::Failed:
            self->setState(State::Error, r.errorText);
            break;
        }
    });
}

void TokenField::beginReplace()
{
    m_editor->show();
    m_input->clear();
    m_input->setFocus(Qt::OtherFocusReason);
}

void TokenField::endReplace()
{
    m_input->clear();
    m_editor->hide();
}

void TokenField::store()
{
    const QString token = m_input->text().trimmed();
    if (token.isEmpty() || m_key.isEmpty())
        return;
    endReplace();
    ++m_generation;
    const quint64 generation = m_generation;
    const QString key = m_key;
    setState(State::Checking);
    QPointer<TokenField> self(this);
    QPointer<SecretStore> secrets(m_secrets);
    m_secrets->write(
        key, token, [self, secrets, generation, key, token](const SecretStore::Result& r) {
            if (r.status != SecretStore::Status::Ok && secrets) {
                // No plain-text fallback: without a keychain the token lives in
                // this process only.
                secrets->holdForSession(key, token);
            }
            if (!self || generation != self->m_generation)
                return;
            if (r.status == SecretStore::Status::Ok) {
                self->setState(State::Set);
                return;
            }
            if (r.status == SecretStore::Status::NoBackend)
                emit self->keychainUnavailable();
            self->setState(State::SetForSession,
                           r.status == SecretStore::Status::NoBackend ? QString() : r.errorText);
        });
}

void TokenField::removeToken()
{
    if (m_key.isEmpty())
        return;
    ++m_generation;
    const quint64 generation = m_generation;
    setState(State::Checking);
    QPointer<TokenField> self(this);
    m_secrets->remove(m_key, [self, generation](const SecretStore::Result& r) {
        if (!self || generation != self->m_generation)
            return;
        if (r.status == SecretStore::Status::Ok || r.status == SecretStore::Status::NoBackend)
            self->setState(State::NotSet);
        else
            self->setState(State::Error, r.errorText);
    });
}

void TokenField::setState(State state, const QString& detail)
{
    m_state = state;
    QString text;
    switch (state) {
    case State::NoEndpoint:
        text = tr("Enter a valid URL first.");
        break;
    case State::Checking:
        text = tr("Asking the keychain…");
        break;
    case State::NotSet:
        text = tr("Not set");
        break;
    case State::Set:
        text = tr("Set (in the keychain)");
        break;
    case State::SetForSession:
        text = detail.isEmpty()
                   ? tr("Set for this session only (no keychain available)")
                   : tr("Set for this session only (the keychain refused it: %1)").arg(detail);
        break;
    case State::Error:
        text = tr("The keychain could not be read: %1").arg(detail);
        break;
    }
    m_status->setText(text);
    const bool haveKey = state != State::NoEndpoint;
    const bool idle = state != State::Checking;
    const bool set = state == State::Set || state == State::SetForSession;
    m_replace->setText(set ? tr("Replace…") : tr("Set token…"));
    m_replace->setEnabled(haveKey && idle);
    m_remove->setEnabled(haveKey && idle && (set || state == State::Error));
    emit stateChanged(state);
}

} // namespace Lattice
