#include "FollowUpView.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lattice {

using Server::UpdateStage;

FollowUpView::FollowUpView(QWidget* parent)
    : QWidget(parent)
    , m_ageTimer(new QTimer(this))
{
    m_title = new QLabel(tr("Follow-up"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("follow-steps"));
    m_steps->setTextFormat(Qt::PlainText);
    m_stageLabel = new QLabel(this);
    m_stageLabel->setObjectName(QStringLiteral("follow-stage"));
    m_stageLabel->setAccessibleName(tr("Update stage"));
    m_stageLabel->setTextFormat(Qt::PlainText);
    m_stageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("follow-detail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("follow-events"));
    m_events->setAccessibleName(tr("Audit events of the node"));
    m_events->setRootIsDecorated(false);
    m_events->setHeaderLabels({tr("When"), tr("Action"), tr("Decision"), tr("Details")});
    m_events->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_events->header()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_steps);
    layout->addWidget(m_stageLabel);
    layout->addWidget(m_detail);
    layout->addWidget(m_events, 1);

    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, &FollowUpView::updateAge);
    stop(tr("Approve an update to follow it here."));
}

QString FollowUpView::stageName(UpdateStage stage)
{
    switch (stage) {
    case UpdateStage::Planned:
        return tr("planned, not approved");
    case UpdateStage::Approved:
        return tr("approved, apply task queued");
    case UpdateStage::AwaitingConfirmation:
        return tr("awaiting confirmation");
    case UpdateStage::Applied:
        return tr("applied");
    case UpdateStage::Failed:
        return tr("failed");
    case UpdateStage::Rejected:
        return tr("rejected");
    case UpdateStage::Dismissed:
        return tr("dismissed");
    }
    return {};
}

QString FollowUpView::ageText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}

void FollowUpView::start(const QString& approvalId, const QString& nodeId)
{
    m_approvalId = approvalId;
    m_nodeId = nodeId;
    m_awaitingSince = {};
    m_events->clear();
    m_title->setText(tr("Follow-up of %1 on %2").arg(approvalId, nodeId));
    m_steps->setText(tr("○ approved  →  ○ awaiting confirmation  →  ○ applied"));
    m_stageLabel->setText(tr("Waiting for the server…"));
    m_detail->clear();
}

void FollowUpView::showStage(UpdateStage stage, const Server::UpdateApproval& approval,
                             const std::optional<Server::UpdatePolicy>& policy,
                             const QJsonArray& events)
{
    m_stage = stage;
    const bool approved = stage == UpdateStage::Approved ||
                          stage == UpdateStage::AwaitingConfirmation ||
                          stage == UpdateStage::Applied;
    const bool installed =
        stage == UpdateStage::AwaitingConfirmation || stage == UpdateStage::Applied;
    const QString done = QStringLiteral("●");
    const QString open = QStringLiteral("○");
    m_steps->setText(tr("%1 approved  →  %2 awaiting confirmation  →  %3 applied")
                         .arg(approved ? done : open, installed ? done : open,
                              stage == UpdateStage::Applied ? done : open));

    m_events->clear();
    m_awaitingSince = {};
    for (const QJsonValue& v : events) {
        const QJsonObject e = v.toObject();
        const QString action = e.value(QStringLiteral("action")).toString();
        const QDateTime at = Server::parseServerTime(e.value(QStringLiteral("at")).toString());
        if (action == QLatin1String("agent.update.awaiting_confirmation") &&
            (!m_awaitingSince.isValid() || at > m_awaitingSince))
            m_awaitingSince = at;
        QStringList details;
        const QJsonObject metadata = e.value(QStringLiteral("metadata")).toObject();
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            details << QStringLiteral("%1=%2").arg(it.key(), it.value().toString());
        const QString reason = e.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            details.prepend(reason);
        auto* item = new QTreeWidgetItem(m_events);
        item->setText(0, at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                      : e.value(QStringLiteral("at")).toString());
        item->setText(1, action);
        item->setText(2, e.value(QStringLiteral("decision")).toString());
        item->setText(3, details.join(QStringLiteral("; ")));
    }
    if (stage == UpdateStage::AwaitingConfirmation && !m_awaitingSince.isValid())
        m_awaitingSince = approval.updatedAt;

    QString detail;
    if (stage == UpdateStage::AwaitingConfirmation) {
        const QString version = !approval.awaitingVersion().isEmpty()
                                    ? approval.awaitingVersion()
                                    : (policy ? policy->awaitingVersion() : QString());
        detail = tr("Installed; waiting for %1 to report version %2 in a heartbeat. A node that "
                    "never reports exactly this version (service kept the old binary, another "
                    "path) stays here.")
                     .arg(m_nodeId, version);
    } else if (stage == UpdateStage::Failed || stage == UpdateStage::Rejected) {
        detail = approval.reason.isEmpty() && policy ? policy->lastError : approval.reason;
    } else if (stage == UpdateStage::Applied && policy) {
        detail = tr("%1 reports %2.").arg(m_nodeId, policy->lastAppliedVersion);
    }
    m_detail->setText(detail);
    if (stage == UpdateStage::AwaitingConfirmation)
        m_ageTimer->start();
    else
        m_ageTimer->stop();
    updateAge();
}

void FollowUpView::updateAge()
{
    QString text = stageName(m_stage);
    if (m_stage == UpdateStage::AwaitingConfirmation && m_awaitingSince.isValid()) {
        const qint64 age = qMax<qint64>(0, m_awaitingSince.secsTo(QDateTime::currentDateTimeUtc()));
        text = tr("awaiting confirmation for %1").arg(ageText(age));
    }
    m_stageLabel->setText(text);
}

void FollowUpView::showProblem(const QString& text)
{
    m_detail->setText(text);
}

void FollowUpView::stop(const QString& why)
{
    m_ageTimer->stop();
    if (m_approvalId.isEmpty()) {
        m_steps->clear();
        m_stageLabel->setText(why);
    } else if (!why.isEmpty()) {
        m_detail->setText(why);
    }
}

QString FollowUpView::stageText() const
{
    return m_stageLabel->text();
}

int FollowUpView::eventCount() const
{
    return m_events->topLevelItemCount();
}

} // namespace Lattice
