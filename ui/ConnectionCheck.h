#pragma once

#include "EndpointProbe.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace Lattice {

// A "Test connection" button and the answer beside it. The probe runs on the
// network stack's own event-driven jobs, so the dialog stays responsive while
// a slow host times out.
class ConnectionCheck : public QWidget
{
    Q_OBJECT
public:
    // Returns the endpoint as currently typed, or nothing when it is not
    // usable yet (the reason is then shown instead of a probe).
    using TargetSource = std::function<std::optional<EndpointProbe::Target>()>;

    ConnectionCheck(const QString& objectPrefix, TargetSource source, QWidget* parent = nullptr);

    void setTimeoutMs(int ms);
    void reset(); // forget the last answer, e.g. after the URL changed
    bool isRunning() const;
    QString resultText() const;

public slots:
    void test();

signals:
    void finished(bool reachable);

private:
    TargetSource m_source;
    EndpointProbe* m_probe;
    QPushButton* m_button;
    QLabel* m_result;
};

} // namespace Lattice
