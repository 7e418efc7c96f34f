#pragma once

#include <QLabel>

namespace Lattice {

// One line (or a few) saying what state a view is in and what to do next:
// loading, empty, an error with its reason, a danger. Hidden when there is
// nothing to say, so routine errors never need a modal dialog.
class StateBanner : public QLabel
{
    Q_OBJECT
public:
    enum class Tone { Info, Busy, Good, Warning, Error, Danger };
    Q_ENUM(Tone)

    explicit StateBanner(QWidget* parent = nullptr);

    void showMessage(Tone tone, const QString& text);
    void clear();
    Tone tone() const { return m_tone; }

private:
    Tone m_tone = Tone::Info;
};

} // namespace Lattice
