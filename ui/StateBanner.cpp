#include "StateBanner.h"

namespace Lattice {

namespace {
// Fixed light tints with dark text stay readable on light and dark themes.
QString styleFor(StateBanner::Tone tone)
{
    const char* background = "#e8eef7";
    const char* border = "#9db3d6";
    const char* text = "#1d2b40";
    switch (tone) {
    case StateBanner::Tone::Info:
    case StateBanner::Tone::Busy:
        break;
    case StateBanner::Tone::Good:
        background = "#dcf2e2";
        border = "#7fc493";
        text = "#0f3d1d";
        break;
    case StateBanner::Tone::Warning:
        background = "#fbecc4";
        border = "#d9b34f";
        text = "#4d3300";
        break;
    case StateBanner::Tone::Error:
        background = "#f9d0d0";
        border = "#d77b7b";
        text = "#5c0b0b";
        break;
    case StateBanner::Tone::Danger:
        background = "#b3261e";
        border = "#7a1410";
        text = "#ffffff";
        break;
    }
    return QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 4px; "
                          "color: %3; padding: 6px 8px; }")
        .arg(QLatin1String(background), QLatin1String(border), QLatin1String(text));
}
} // namespace

StateBanner::StateBanner(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Screen readers announce the banner by its text; the name says what it is.
    setAccessibleName(tr("Status"));
    hide();
}

void StateBanner::showMessage(Tone tone, const QString& text)
{
    m_tone = tone;
    setStyleSheet(styleFor(tone));
    QFont emphasis = font();
    emphasis.setBold(tone == Tone::Danger);
    setFont(emphasis);
    setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

void StateBanner::clear()
{
    setText(QString());
    hide();
}

} // namespace Lattice
