#include "CommandPalette.h"
#include "MainWindow.h"
#include "ProfileStore.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lattice;

class TestCommandPalette : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QWidget window;
        QAction refresh{QStringLiteral("&Refresh"), &window};
        QAction cancel{QStringLiteral("&Cancel refresh"), &window};
        QString opened;
        CommandPalette* palette = nullptr;

        Fixture()
        {
            window.resize(800, 600);
            refresh.setShortcut(QKeySequence(Qt::Key_F5));
            cancel.setEnabled(false);
            palette = new CommandPalette(&window);
            palette->addPage(QStringLiteral("Overview"), {}, QKeySequence(QStringLiteral("Ctrl+1")),
                             [this] { opened = QStringLiteral("overview"); });
            palette->addPage(QStringLiteral("Verify"), {}, QKeySequence(QStringLiteral("Ctrl+8")),
                             [this] { opened = QStringLiteral("verify"); });
            palette->addActions({&refresh, &cancel});
            window.show();
        }
    };

    static void type(CommandPalette* palette, const QString& text)
    {
        QTest::keyClicks(palette->filterEdit(), text);
    }
    static void key(CommandPalette* palette, Qt::Key k)
    {
        QTest::keyClick(palette->filterEdit(), k);
    }

private slots:
    void listsPagesAndActionsWithShortcutsAndState()
    {
        Fixture f;
        f.palette->popup();
        QVERIFY(f.palette->isVisible());
        CommandListModel* model = f.palette->model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Overview"));
        QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("Refresh"));
        QCOMPARE(model->index(2, 0).data(CommandListModel::ShortcutRole).toString(),
                 QStringLiteral("F5"));
        QCOMPARE(model->index(3, 0).data(CommandListModel::EnabledRole).toBool(), false);
        QCOMPARE(model->index(0, 0).data(CommandListModel::CategoryRole).toString(),
                 QStringLiteral("Page"));

        // Enabled state is read when the palette opens, not when it was built.
        f.palette->hide();
        f.cancel.setEnabled(true);
        f.palette->popup();
        QCOMPARE(model->index(3, 0).data(CommandListModel::EnabledRole).toBool(), true);
    }

    void filterAndEnterOpensAPage()
    {
        Fixture f;
        f.palette->popup();
        type(f.palette, QStringLiteral("verif"));
        QCOMPARE(f.palette->model()->rowCount(), 1);
        key(f.palette, Qt::Key_Return);
        QCOMPARE(f.opened, QStringLiteral("verify"));
        QVERIFY(!f.palette->isVisible());
    }

    void arrowsMoveAndSkipDisabledCommands()
    {
        Fixture f;
        QSignalSpy refreshed(&f.refresh, &QAction::triggered);
        f.palette->popup();
        QCOMPARE(f.palette->listView()->currentIndex().row(), 0);
        key(f.palette, Qt::Key_Down);
        key(f.palette, Qt::Key_Down);
        key(f.palette, Qt::Key_Down); // "Cancel refresh" is disabled: stays on Refresh
        QCOMPARE(f.palette->listView()->currentIndex().data().toString(),
                 QStringLiteral("Refresh"));
        key(f.palette, Qt::Key_Up);
        QCOMPARE(f.palette->listView()->currentIndex().data().toString(), QStringLiteral("Verify"));
        key(f.palette, Qt::Key_Down);
        key(f.palette, Qt::Key_Enter);
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(f.opened.isEmpty());
    }

    void fuzzyFilterPicksTheBestMatch()
    {
        Fixture f;
        QSignalSpy refreshed(&f.refresh, &QAction::triggered);
        f.palette->popup();
        type(f.palette, QStringLiteral("rfr"));
        QCOMPARE(f.palette->listView()->currentIndex().data().toString(),
                 QStringLiteral("Refresh"));
        key(f.palette, Qt::Key_Return);
        QCOMPARE(refreshed.count(), 1);
    }

    void disabledCommandDoesNothingAndEscCloses()
    {
        Fixture f;
        QSignalSpy cancelled(&f.cancel, &QAction::triggered);
        f.palette->popup();
        type(f.palette, QStringLiteral("cancel"));
        QCOMPARE(f.palette->model()->rowCount(), 1);
        key(f.palette, Qt::Key_Return);
        QCOMPARE(cancelled.count(), 0);
        QVERIFY(f.palette->isVisible());
        key(f.palette, Qt::Key_Escape);
        QVERIFY(!f.palette->isVisible());

        // Opening again starts from an empty filter.
        f.palette->popup();
        QVERIFY(f.palette->filterEdit()->text().isEmpty());
        QCOMPARE(f.palette->model()->rowCount(), 4);
    }

    void deletedActionsDisappear()
    {
        Fixture f;
        auto* temporary = new QAction(QStringLiteral("Temporary"), &f.window);
        f.palette->addActions({temporary});
        f.palette->popup();
        QCOMPARE(f.palette->model()->rowCount(), 5);
        f.palette->hide();
        delete temporary;
        f.palette->popup();
        QCOMPARE(f.palette->model()->rowCount(), 4);
    }

    void ctrlKInTheMainWindowListsEveryPageAndAction()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
        MainWindow window(&profiles, {true});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        auto* palette = window.findChild<CommandPalette*>();
        QVERIFY(palette);
        QVERIFY(palette->isVisible());
        QStringList titles;
        for (const CommandListModel::Command& c : palette->model()->commands())
            titles << c.title;
        for (const QString& expected :
             {QStringLiteral("Overview"), QStringLiteral("Verify"), QStringLiteral("Settings…"),
              QStringLiteral("Refresh"), QStringLiteral("About Lattice Release Desk")})
            QVERIFY2(titles.contains(expected), qPrintable(titles.join(u',')));
        // Each page once, and the palette does not list itself.
        QCOMPARE(titles.count(QStringLiteral("Verify")), 1);
        QVERIFY(!titles.contains(QStringLiteral("Command palette…")));
        type(palette, QStringLiteral("verify"));
        key(palette, Qt::Key_Return);
        QCOMPARE(window.currentLane(), Lane::Verify);
        QVERIFY(!palette->isVisible());
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
