#pragma once

#include <QColor>

namespace Lattice::StatusColors {

// Text colours for states (good, warning, error, info, muted). Mid-tones:
// each stays readable on a light and on a dark palette, so no widget needs
// to know which one the desktop uses.
inline QColor good()
{
    return QColor(0x2e, 0x9d, 0x4f);
}
inline QColor warning()
{
    return QColor(0xd9, 0x8e, 0x04);
}
inline QColor error()
{
    return QColor(0xe0, 0x4a, 0x3f);
}
inline QColor info()
{
    return QColor(0x3d, 0x85, 0xd6);
}
inline QColor muted()
{
    return QColor(0x80, 0x80, 0x80);
}

} // namespace Lattice::StatusColors
