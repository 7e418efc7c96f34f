#include "ConnectionCheck.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Lattice {

ConnectionCheck::ConnectionCheck(const QString& objectPrefix, TargetSource source, QWidget* parent)
    : QWidget(parent)
    , m_source(std::move(source))
    , m_probe(new EndpointProbe(this))
    , m_button(new QPushButton(tr("Test connection"), this))
    , m_result(new QLabel(this))
{
    setObjectName(objectPrefix + QStringLiteral("-check"));
    m_button->setObjectName(objectPrefix + QStringLiteral("-test"));
    m_result->setObjectName(objectPrefix + QStringLiteral("-test-result"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_probe->setTimeoutMs(10000);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_result, 1);

    connect(m_button, &QPushButton::clicked, this, &ConnectionCheck::test);
    connect(m_probe, &EndpointProbe::resultReady, this, [this](const EndpointProbe::Result& r) {
        m_button->setEnabled(true);
        if (r.reachable)
            m_result->setText(tr("Reachable (HTTP %1)").arg(r.httpStatus));
        else
            m_result->setText(tr("Failed: %1").arg(r.error));
        emit finished(r.reachable);
    });
}

void ConnectionCheck::setTimeoutMs(int ms)
{
    m_probe->setTimeoutMs(ms);
}

void ConnectionCheck::reset()
{
    m_probe->cancel();
    m_button->setEnabled(true);
    m_result->clear();
}

bool ConnectionCheck::isRunning() const
{
    return m_probe->isRunning();
}

QString ConnectionCheck::resultText() const
{
    return m_result->text();
}

void ConnectionCheck::test()
{
    const std::optional<EndpointProbe::Target> target = m_source();
    if (!target) {
        m_result->setText(tr("Enter a valid URL first."));
        emit finished(false);
        return;
    }
    m_button->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(target->url.host()));
    m_probe->start({*target});
}

} // namespace Lattice
