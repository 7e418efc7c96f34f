#include "DeskApplication.h"

#include "Lane.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

namespace Lattice {

namespace {
// --benchmark-startup: prints the time from start to the first completed
// paint of the main window and quits, so the benchmark measures what the
// maintainer waits for rather than process teardown.
class FirstPaintReporter : public QObject
{
public:
    FirstPaintReporter(const QElapsedTimer& clock, QObject* parent)
        : QObject(parent)
        , m_clock(clock)
    {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued, so the paint being delivered now has finished first.
            QTimer::singleShot(0, this, [this] {
                std::printf("startup_ms %lld\n", static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
    bool m_seen = false;
};
} // namespace

bool installTranslations(QApplication& app, const QString& localeName)
{
    const QLocale locale(localeName);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("lattice-desk"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    QApplication::installTranslator(translator);
    return true;
}

int runDeskApplication(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("latticenet"));
    QApplication::setApplicationName(QStringLiteral("lattice-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lattice Release Desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lattice-desk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("lattice-desk"));
    installTranslations(app, QLocale::system().name());

    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QApplication::translate("main", "Profile to open."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption laneOption(QStringLiteral("lane"),
                                        QApplication::translate("main", "Page to open."),
                                        QStringLiteral("ID"));
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"), QApplication::translate("main", "Do not contact endpoints."));
    const QCommandLineOption benchmarkOption(
        QStringLiteral("benchmark-startup"),
        QApplication::translate("main", "Print the milliseconds to the first painted window "
                                        "and quit."));
    parser.addOptions({profileOption, laneOption, offlineOption, benchmarkOption});
    parser.parse(QApplication::arguments());

    auto* profiles = new ProfileStore({}, &app);
    if (parser.isSet(profileOption) && !profiles->setCurrent(parser.value(profileOption))) {
        qWarning("lattice-desk: no profile named \"%s\"; opening the current one",
                 qPrintable(parser.value(profileOption)));
    }

    // Opening the store is one small file open and at most a few schema
    // statements; lane refreshes write to it later from their own threads.
    Store store;
    QString storeError;
    const bool storeOpen = store.open(Store::defaultPath(), &storeError);

    MainWindow::Options options;
    options.offline = parser.isSet(offlineOption);
    MainWindow window(profiles, options);
    if (storeOpen)
        window.setStore(&store);
    else
        window.showStoreError(storeError);
    Lane lane = Lane::Overview;
    if (parser.isSet(laneOption) && laneFromId(parser.value(laneOption), &lane))
        window.showLane(lane);
    if (parser.isSet(benchmarkOption))
        window.installEventFilter(new FirstPaintReporter(startup, &window));
    window.show();
    return QApplication::exec();
}

} // namespace Lattice
