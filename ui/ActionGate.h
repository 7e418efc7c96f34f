#pragma once

#include <QObject>
#include <QStringList>

class QAbstractButton;

namespace Lattice {

// Enables a button only when the token may do what it does and the view is
// ready for it, and says why when it is not: the missing scopes by name
// first, since that is something the maintainer can fix on the server.
class ActionGate : public QObject
{
    Q_OBJECT
public:
    // missingScopes empty and ready true: enabled with readyTip as tooltip.
    static void apply(QAbstractButton* button, const QStringList& missingScopes, bool ready,
                      const QString& readyTip, const QString& notReadyTip = {});
    static QString missingScopesText(const QStringList& missingScopes);
};

} // namespace Lattice
