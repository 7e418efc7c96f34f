#include "PolicyReviewView.h"

#include "ActionGate.h"
#include "StatusColors.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lattice {

PolicyReviewView::PolicyReviewView(QWidget* parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("review-summary"));
    m_summary->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("review-text"));
    m_text->setAccessibleName(tr("Requests to push"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("review-result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->hide();

    m_back = new QPushButton(tr("&Back to the form"), this);
    m_back->setObjectName(QStringLiteral("review-back"));
    connect(m_back, &QPushButton::clicked, this, &PolicyReviewView::backRequested);
    m_push = new QPushButton(tr("P&ush"), this);
    m_push->setObjectName(QStringLiteral("review-push"));
    connect(m_push, &QPushButton::clicked, this, &PolicyReviewView::pushRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_push);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
}

QString PolicyReviewView::requestBodyText(const Server::UpdatePolicy& proposed)
{
    return QString::fromUtf8(
        QJsonDocument(proposed.toRequestJson()).toJson(QJsonDocument::Indented));
}

void PolicyReviewView::setEntries(const QList<Entry>& entries)
{
    m_entries = entries;
    m_result->hide();
    QString text;
    int changing = 0;
    for (const Entry& e : entries) {
        const QList<Server::PolicyChange> changes = Server::policyChanges(e.current, e.proposed);
        if (!changes.isEmpty() || !e.current)
            ++changing;
        text += QStringLiteral("── %1 ──\n").arg(e.proposed.nodeId);
        text += QStringLiteral("POST /api/nodes/agent-updates\n");
        text += requestBodyText(e.proposed);
        if (!e.current)
            text += tr("No policy on the server yet: this creates one.") + QLatin1Char('\n');
        else if (changes.isEmpty())
            text += tr("Same as the server's policy: pushing changes nothing.") + QLatin1Char('\n');
        else
            text += tr("Changes against the server's policy:") + QLatin1Char('\n');
        for (const Server::PolicyChange& c : changes) {
            const QString before = c.current.isEmpty() ? tr("(empty)") : c.current;
            const QString after = c.proposed.isEmpty() ? tr("(empty)") : c.proposed;
            text += QStringLiteral("  %1: %2 → %3\n").arg(c.field, before, after);
        }
        if (e.current && !changes.isEmpty())
            text += tr("A change of anything but auto_plan rejects this node's open update "
                       "approvals.") +
                    QLatin1Char('\n');
        text += QLatin1Char('\n');
    }
    m_text->setPlainText(text);
    m_summary->setText(tr("%n request(s) to push, %1 of them change the server's policy.", nullptr,
                          int(entries.size()))
                           .arg(changing));
    m_push->setText(tr("P&ush to %n node(s)", nullptr, int(entries.size())));
}

QString PolicyReviewView::text() const
{
    return m_text->toPlainText();
}

void PolicyReviewView::setPushAllowed(const QStringList& missingScopes, bool ready,
                                      const QString& notReadyTip)
{
    ActionGate::apply(m_push, missingScopes, ready && !m_entries.isEmpty(),
                      tr("Save the draft, then send these requests to the server"), notReadyTip);
}

void PolicyReviewView::showResult(const QString& text, bool failed)
{
    m_result->setStyleSheet(
        failed ? QStringLiteral("QLabel { color: %1; }").arg(StatusColors::error().name())
               : QString());
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

} // namespace Lattice
