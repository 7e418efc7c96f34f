#pragma once

#include "UpdatePolicy.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Lattice {

// The last look before pushing: per node, the exact JSON body the client
// will POST and what it changes against the policy the server holds now,
// after the server's own normalisation of both.
class PolicyReviewView : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        Server::UpdatePolicy proposed; // node_id set
        std::optional<Server::UpdatePolicy> current;
    };

    explicit PolicyReviewView(QWidget* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    const QList<Entry>& entries() const { return m_entries; }
    QString text() const;
    void setPushAllowed(const QStringList& missingScopes, bool ready, const QString& notReadyTip);
    void showResult(const QString& text, bool failed);

    // The body as sent, pretty printed.
    static QString requestBodyText(const Server::UpdatePolicy& proposed);

signals:
    void pushRequested();
    void backRequested();

private:
    QList<Entry> m_entries;
    QLabel* m_summary;
    QPlainTextEdit* m_text;
    QLabel* m_result;
    QPushButton* m_push;
    QPushButton* m_back;
};

} // namespace Lattice
