#pragma once

#include "PolicyDraftStore.h"
#include "PolicyValidator.h"
#include "ServerNode.h"
#include "UpdatePolicy.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Lattice {

// The policy one or many nodes will get: official release (latest or a
// version) or a custom artifact (URL and SHA-256), install path, service,
// enabled and auto-plan. Validates live with the server's own rules and
// quotes its messages verbatim next to the field they concern; warns where
// the server would rewrite silently or the node would fail later, and per
// selected node where the target is a downgrade by either server rule.
class PolicyForm : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyForm(QWidget* parent = nullptr);

    // The form's policy; node_id is left empty, the nodes are chosen apart.
    Server::UpdatePolicy policy() const;
    void setPolicy(const Server::UpdatePolicy& policy);
    bool isOfficial() const;

    void setNodes(const QList<Server::ServerNode>& selected, const QStringList& knownIds);
    // Errors of the first failing node (they differ only by node_id).
    const Server::PolicyValidation& validation() const { return m_validation; }
    bool isValid() const { return m_validation.isValid() && !m_selected.isEmpty(); }

    void setDrafts(const QList<Server::PolicyDraft>& drafts);
    void setCurrentDraftId(qint64 id);
    qint64 currentDraftId() const { return m_currentDraft; }

    // missingScopes: what the token lacks to push policies.
    void setPushScopes(const QStringList& missingScopes, bool connected);

    // Texts as shown, for tests and screen readers.
    QString errorText(const QString& field) const;
    QString warningsText() const;
    QString downgradeText() const;

signals:
    void modeChanged(bool official);
    void changed();
    void reviewRequested();
    void saveDraftRequested();
    void draftOpenRequested(qint64 id);
    void draftDeleteRequested(qint64 id);

private:
    void revalidate();
    void updateModeWidgets();
    QLabel* errorLabel(const QString& field);
    void updateButtons();

    QRadioButton* m_official;
    QRadioButton* m_custom;
    QRadioButton* m_latest;
    QRadioButton* m_pinned;
    QLineEdit* m_version;
    QLineEdit* m_url;
    QLineEdit* m_sha256;
    QLineEdit* m_installPath;
    QLineEdit* m_service;
    QCheckBox* m_enabled;
    QCheckBox* m_autoPlan;
    QHash<QString, QLabel*> m_errors; // by JSON field; "" for the whole body
    QLabel* m_warnings;
    QLabel* m_downgrades;
    QComboBox* m_drafts;
    QPushButton* m_openDraft;
    QPushButton* m_deleteDraft;
    QPushButton* m_saveDraft;
    QPushButton* m_review;

    QList<Server::ServerNode> m_selected;
    QStringList m_knownIds;
    Server::PolicyValidation m_validation;
    qint64 m_currentDraft = 0;
    QStringList m_missingPushScopes;
    bool m_connected = false;
    bool m_loading = false;
};

} // namespace Lattice
