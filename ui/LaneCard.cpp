#include "LaneCard.h"

#include "StatusColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lattice {

namespace {

QColor stateColor(LaneHealth::State state)
{
    switch (state) {
    case LaneHealth::State::Good:
        return StatusColors::good();
    case LaneHealth::State::Attention:
        return StatusColors::warning();
    case LaneHealth::State::Broken:
        return StatusColors::error();
    case LaneHealth::State::Busy:
    case LaneHealth::State::Unknown:
        break;
    }
    return StatusColors::muted();
}

} // namespace

LaneCard::LaneCard(Lane lane, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(laneTitle(lane), this))
    , m_badge(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_attention(new QLabel(this))
    , m_asOf(new QLabel(this))
    , m_open(new QPushButton(tr("Open"), this))
{
    m_health.lane = lane;
    setObjectName(QStringLiteral("lane-card-") + laneId(lane));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(220);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel* label : {m_summary, m_attention, m_asOf}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_open->setAccessibleName(tr("Open the %1 lane").arg(laneTitle(lane)));
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_badge);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_attention);
    layout->addStretch();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_asOf, 1);
    bottom->addWidget(m_open);
    layout->addLayout(bottom);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(m_health.lane); });
    setHealth(m_health);
}

QString LaneCard::stateText() const
{
    switch (m_health.state) {
    case LaneHealth::State::Good:
        return tr("OK");
    case LaneHealth::State::Attention:
        return tr("Needs attention");
    case LaneHealth::State::Broken:
        return tr("Broken");
    case LaneHealth::State::Busy:
        return tr("Refreshing…");
    case LaneHealth::State::Unknown:
        break;
    }
    return tr("Not read yet");
}

void LaneCard::setHealth(const LaneHealth& health)
{
    m_health = health;
    const QColor color = stateColor(health.state);
    m_badge->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                         .arg(color.name(), stateText().toHtmlEscaped()));
    m_badge->setAccessibleName(stateText());
    m_summary->setText(health.summary.isEmpty() ? tr("Open the lane to read it.") : health.summary);
    m_attention->setText(health.attention);
    m_attention->setVisible(!health.attention.isEmpty());
    if (!health.attention.isEmpty())
        m_attention->setStyleSheet(QStringLiteral("color:%1").arg(color.name()));
    const QString when = health.asOf.isValid()
                             ? QLocale().toString(health.asOf.toLocalTime(), QLocale::ShortFormat)
                             : QString();
    m_asOf->setText(when.isEmpty()  ? QString()
                    : health.stored ? tr("as of %1 (stored)").arg(when)
                                    : tr("as of %1").arg(when));
    setAccessibleName(tr("%1: %2").arg(laneTitle(health.lane), stateText()));
}

} // namespace Lattice
