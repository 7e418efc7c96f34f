#pragma once

#include "Profile.h"

namespace Lattice {

// What the main window asks of every page in the sidebar, so it drives them
// all the same way (profile switch, offline mode, F5, Esc) instead of
// knowing each page's type. Pages implement what applies to them.
class LaneView
{
public:
    virtual ~LaneView() = default;

    virtual void setProfile(const Profile& profile) { Q_UNUSED(profile) }
    // Offline: the page never contacts the network and shows stored data.
    virtual void setOffline(bool offline) { Q_UNUSED(offline) }
    // F5 on the page in front.
    virtual void refresh() {}
    // Esc: stop the page's running work, if any.
    virtual bool isBusy() const { return false; }
    virtual void cancel() {}
};

} // namespace Lattice
