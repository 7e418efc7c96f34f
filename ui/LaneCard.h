#pragma once

#include "LaneHealth.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Lattice {

// One lane on the overview: its state as a coloured badge, a summary, the
// first thing that needs attention and how old the data is, with a button
// to open the lane (so the card works from the keyboard too).
class LaneCard : public QFrame
{
    Q_OBJECT
public:
    explicit LaneCard(Lane lane, QWidget* parent = nullptr);

    void setHealth(const LaneHealth& health);
    const LaneHealth& health() const { return m_health; }
    QString stateText() const;

signals:
    void openRequested(Lattice::Lane lane);

private:
    LaneHealth m_health;
    QLabel* m_title;
    QLabel* m_badge;
    QLabel* m_summary;
    QLabel* m_attention;
    QLabel* m_asOf;
    QPushButton* m_open;
};

} // namespace Lattice
