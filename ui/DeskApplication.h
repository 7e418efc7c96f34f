#pragma once

class QApplication;
class QString;

namespace Lattice {

// Builds the QApplication, installs translations for the user's locale, opens
// the main window and runs the event loop.
int runDeskApplication(int argc, char* argv[]);

// Loads the project's and Qt's translations for the given locale name
// ("zh_CN"); returns false when the project has no catalogue for it.
bool installTranslations(QApplication& app, const QString& localeName);

} // namespace Lattice
