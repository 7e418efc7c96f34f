#include "ActionGate.h"

#include <QAbstractButton>

namespace Lattice {

QString ActionGate::missingScopesText(const QStringList& missingScopes)
{
    return tr("The token lacks the scope(s) %1 this needs; create a token that has them on the "
              "server (Settings → Access Tokens) and set it here.")
        .arg(missingScopes.join(QStringLiteral(", ")));
}

void ActionGate::apply(QAbstractButton* button, const QStringList& missingScopes, bool ready,
                       const QString& readyTip, const QString& notReadyTip)
{
    if (!missingScopes.isEmpty()) {
        button->setEnabled(false);
        button->setToolTip(missingScopesText(missingScopes));
    } else if (!ready) {
        button->setEnabled(false);
        button->setToolTip(notReadyTip.isEmpty() ? readyTip : notReadyTip);
    } else {
        button->setEnabled(true);
        button->setToolTip(readyTip);
    }
    // A disabled button cannot show a tooltip on every style; the
    // description carries the same reason to screen readers.
    button->setAccessibleDescription(button->toolTip());
}

} // namespace Lattice
