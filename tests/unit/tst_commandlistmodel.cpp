#include "CommandListModel.h"

#include <QTest>

using Lattice::CommandListModel;

class TestCommandListModel : public QObject
{
    Q_OBJECT

    static QList<CommandListModel::Command> sample()
    {
        return {
            {QStringLiteral("p1"),
             QStringLiteral("Overview"),
             QStringLiteral("Page"),
             QKeySequence(QStringLiteral("Ctrl+1")),
             {},
             true},
            {QStringLiteral("p2"),
             QStringLiteral("Server image"),
             QStringLiteral("Page"),
             QKeySequence(QStringLiteral("Ctrl+2")),
             {},
             true},
            {QStringLiteral("p3"), QStringLiteral("SDK"), QStringLiteral("Page"), {}, {}, true},
            {QStringLiteral("a1"),
             QStringLiteral("Refresh"),
             QStringLiteral("Action"),
             QKeySequence(QStringLiteral("F5")),
             {},
             true},
            {QStringLiteral("a2"),
             QStringLiteral("Cancel refresh"),
             QStringLiteral("Action"),
             QKeySequence(QStringLiteral("Esc")),
             {},
             false},
            {QStringLiteral("a3"),
             QStringLiteral("Settings"),
             QStringLiteral("Action"),
             {},
             {},
             true},
        };
    }

    static QStringList ids(const CommandListModel& model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, 0).data(CommandListModel::IdRole).toString();
        return out;
    }

private slots:
    void emptyFilterListsEverythingInOrder()
    {
        CommandListModel model;
        model.setCommands(sample());
        QCOMPARE(ids(model),
                 (QStringList{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3"),
                              QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")}));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Overview"));
        QCOMPARE(model.index(3, 0).data(CommandListModel::ShortcutRole).toString(),
                 QStringLiteral("F5"));
    }

    void prefixBeatsInnerSubstringBeatsSubsequence()
    {
        CommandListModel model;
        model.setCommands(sample());
        model.setFilter(QStringLiteral("refresh"));
        // "Refresh" starts with it, "Cancel refresh" has it at a word start.
        QCOMPARE(ids(model), (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
        model.setFilter(QStringLiteral("REF"));
        QCOMPARE(ids(model).first(), QStringLiteral("a1"));
        model.setFilter(QStringLiteral("srvimg"));
        QCOMPARE(ids(model), QStringList{QStringLiteral("p2")});
    }

    void scores()
    {
        QVERIFY(
            CommandListModel::matchScore(QStringLiteral("Refresh"), QStringLiteral("ref")) >
            CommandListModel::matchScore(QStringLiteral("Cancel refresh"), QStringLiteral("ref")));
        QVERIFY(
            CommandListModel::matchScore(QStringLiteral("Cancel refresh"),
                                         QStringLiteral("refresh")) >
            CommandListModel::matchScore(QStringLiteral("Server image"), QStringLiteral("sim")));
        QVERIFY(CommandListModel::matchScore(QStringLiteral("Overview"), QStringLiteral("xyz")) <
                0);
        QCOMPARE(CommandListModel::matchScore(QStringLiteral("Overview"), QString()), 0);
        // Letters must come in order.
        QVERIFY(CommandListModel::matchScore(QStringLiteral("SDK"), QStringLiteral("kds")) < 0);
    }

    void categoryMatchesWhenTheTitleDoesNot()
    {
        CommandListModel model;
        model.setCommands(sample());
        model.setFilter(QStringLiteral("page sdk"));
        QCOMPARE(ids(model), QStringList{QStringLiteral("p3")});
    }

    void nothingMatches()
    {
        CommandListModel model;
        model.setCommands(sample());
        model.setFilter(QStringLiteral("zzz"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.firstEnabledRow(), -1);
    }

    void disabledCommandsAreListedButNotSelectable()
    {
        CommandListModel model;
        model.setCommands(sample());
        model.setFilter(QStringLiteral("cancel"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEnabled));
        QCOMPARE(model.index(0, 0).data(CommandListModel::EnabledRole).toBool(), false);
        QCOMPARE(model.firstEnabledRow(), -1);
    }

    void mnemonicsAreStripped()
    {
        QCOMPARE(CommandListModel::withoutMnemonic(QStringLiteral("&Refresh")),
                 QStringLiteral("Refresh"));
        QCOMPARE(CommandListModel::withoutMnemonic(QStringLiteral("&2 Review && push")),
                 QStringLiteral("2 Review & push"));
    }
};

QTEST_GUILESS_MAIN(TestCommandListModel)
#include "tst_commandlistmodel.moc"
