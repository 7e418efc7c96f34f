#pragma once

#include "Lane.h"
#include "LaneView.h"
#include "Profile.h"

#include <QWidget>

class QLabel;

namespace Lattice {

// The page a lane shows before it has loaded anything: what the lane is, the
// endpoint it reads from in the current profile, and the state it is in.
class LanePage : public QWidget, public LaneView
{
    Q_OBJECT
public:
    LanePage(Lane lane, QWidget* parent = nullptr);

    Lane lane() const { return m_lane; }
    void setProfile(const Profile& profile) override;

private:
    Lane m_lane;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_source;
    QLabel* m_state;
};

} // namespace Lattice
