#include "VerificationFilterModel.h"
#include "VerificationResultModel.h"
#include "VerifyPage.h"

#include <QApplication>
#include <QBrush>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Lattice;

// Drives the Verify page the way a maintainer does: pick or drop, verify,
// read the table, export.
class TestVerifyPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray sha(const QByteArray& data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }

    static bool write(const QString& file, const QByteArray& data)
    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

    static int shell(const QString& command, const QString& cwd, QByteArray* out = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(cwd);
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
        p.waitForFinished(120000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    }

    // Four good files, one tampered with.
    QString release()
    {
        const QString dir = path(QStringLiteral("release"));
        if (QFileInfo::exists(dir + QStringLiteral("/SHA256SUMS")))
            return dir;
        QByteArray sums;
        for (int i = 0; i < 4; ++i) {
            const QByteArray data = QByteArray::number(i).repeated(50000 * (i + 1));
            const QString name = QStringLiteral("agent-%1.bin").arg(i);
            write(dir + QLatin1Char('/') + name, data);
            sums += sha(data) + "  " + name.toUtf8() + "\n";
        }
        write(dir + QStringLiteral("/plugin.tar.gz"), "tampered");
        sums += sha("original") + "  plugin.tar.gz\n";
        write(dir + QStringLiteral("/SHA256SUMS"), sums);
        return dir;
    }

    static QList<QWidget*> interactive(QWidget* page)
    {
        QList<QWidget*> widgets;
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                qobject_cast<QTableView*>(w) || qobject_cast<QProgressBar*>(w))
                widgets << w;
        }
        return widgets;
    }

private slots:
    void verifiesAndHighlightsTheFailure()
    {
        VerifyPage page;
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSumsFile(release() + QStringLiteral("/SHA256SUMS"));
        QSignalSpy finished(&page, &VerifyPage::verificationFinished);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("verify-button")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(30000));

        auto* table = page.findChild<QTableView*>(QStringLiteral("results-table"));
        QCOMPARE(table->model()->rowCount(), 5);
        const QModelIndex current = table->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.siblingAtColumn(VerificationResultModel::NameColumn).data().toString(),
                 QStringLiteral("plugin.tar.gz"));
        QVERIFY(table->selectionModel()->isRowSelected(current.row(), {}));
        QCOMPARE(current.data(VerificationResultModel::StateRole)
                     .value<VerificationResultModel::State>(),
                 VerificationResultModel::State::Failed);
        const QColor tint = current.data(Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY(tint.isValid() && tint.red() > tint.green());
        QCOMPARE(current.siblingAtColumn(VerificationResultModel::ActualColumn).data().toString(),
                 QString::fromLatin1(sha("tampered")));

        auto* banner = page.findChild<QLabel*>(QStringLiteral("verify-summary"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("1 failed, 0 missing, 0 unreadable")),
                 qPrintable(banner->text()));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("export-button"))->isEnabled());
        QCOMPARE(page.findChild<QProgressBar*>(QStringLiteral("overall-progress"))->value(), 1000);

        auto* show = page.findChild<QComboBox*>(QStringLiteral("state-filter"));
        show->setCurrentIndex(show->findData(int(VerificationFilterModel::StateFilter::Problems)));
        QCOMPARE(table->model()->rowCount(), 1);
        show->setCurrentIndex(show->findData(int(VerificationFilterModel::StateFilter::Ok)));
        QCOMPARE(table->model()->rowCount(), 4);
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("name-filter"));
        QTest::keyClicks(name, QStringLiteral("agent-2"));
        QCOMPARE(table->model()->rowCount(), 1);
    }

    void exportsJsonAndMarkdown()
    {
        VerifyPage page;
        QString error;
        QVERIFY(!page.exportReport(path(QStringLiteral("early.json")),
                                   &error)); // nothing to export yet
        QVERIFY(!error.isEmpty());
        page.setSumsFile(release() + QStringLiteral("/SHA256SUMS"));
        QSignalSpy finished(&page, &VerifyPage::verificationFinished);
        page.verify();
        QVERIFY(finished.wait(30000));

        QVERIFY(page.exportReport(path(QStringLiteral("report.json")), &error));
        QFile json(path(QStringLiteral("report.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(
            o.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("dir"));
        QCOMPARE(o.value(QStringLiteral("entries")).toArray().size(), 5);
        QCOMPARE(
            o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("failed")).toInt(),
            1);
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("ok")).toInt(),
                 4);

        QVERIFY(page.exportReport(path(QStringLiteral("report.md")), &error));
        QFile md(path(QStringLiteral("report.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.startsWith(QStringLiteral("# Checksum verification")));
        QVERIFY(text.contains(
            QStringLiteral("| FAILED | plugin.tar.gz | `%1` | `%2` |")
                .arg(QString::fromLatin1(sha("original")), QString::fromLatin1(sha("tampered")))));

        QVERIFY(!page.exportReport(path(QStringLiteral("no/such/dir/report.json")), &error));
        QVERIFY(!error.isEmpty());
    }

    void copiesTheSelectedDigest()
    {
        VerifyPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSumsFile(release() + QStringLiteral("/SHA256SUMS"));
        QSignalSpy finished(&page, &VerifyPage::verificationFinished);
        page.verify();
        QVERIFY(finished.wait(30000));
        auto* table = page.findChild<QTableView*>(QStringLiteral("results-table"));
        table->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(sha("tampered")));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("copy-digest-button")),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(sha("tampered")));
    }

    void worksFromTheKeyboard()
    {
        VerifyPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (QWidget* w : interactive(&page))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        for (QPushButton* b : page.findChildren<QPushButton*>())
            QVERIFY2(b->text().contains(QLatin1Char('&')),
                     qPrintable(b->text())); // each has a mnemonic
        auto* sums = page.findChild<QLineEdit*>(QStringLiteral("sums-edit"));
        sums->setFocus();
        QTest::keyClicks(sums, release() + QStringLiteral("/SHA256SUMS"));
        QSignalSpy finished(&page, &VerifyPage::verificationFinished);
        QTest::keyClick(sums, Qt::Key_Return);
        QVERIFY(finished.wait(30000));
        QCOMPARE(page.report().summary().ok, 4);
    }

    void dropsAreSortedIntoTheirPlaces()
    {
        VerifyPage page;
        const QString dir = release();
        write(path(QStringLiteral("drops/bundle.tar.gz")), "x");
        write(path(QStringLiteral("drops/checksums-for-agent")),
              sha("a") + "  agent\n"); // recognised by content
        write(path(QStringLiteral("drops/agent")), "a");

        auto drop = [&page](const QStringList& paths) {
            QMimeData mime;
            QList<QUrl> urls;
            for (const QString& p : paths)
                urls << QUrl::fromLocalFile(p);
            mime.setUrls(urls);
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                                  Qt::NoModifier);
            QApplication::sendEvent(&page, &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                                 Qt::NoModifier);
            QApplication::sendEvent(&page, &dropEvent);
            return dropEvent.isAccepted();
        };
        QVERIFY(drop({dir + QStringLiteral("/SHA256SUMS"), dir}));
        QCOMPARE(page.sumsFile(), dir + QStringLiteral("/SHA256SUMS"));
        QCOMPARE(page.sourceChoice(), VerifyPage::SourceChoice::Folder);
        QCOMPARE(page.sourcePath(), dir);
        QVERIFY(drop({path(QStringLiteral("drops/bundle.tar.gz"))}));
        QCOMPARE(page.sourceChoice(), VerifyPage::SourceChoice::Archive);
        QVERIFY(drop({path(QStringLiteral("drops/checksums-for-agent")),
                      path(QStringLiteral("drops/agent"))}));
        QCOMPARE(page.sumsFile(), path(QStringLiteral("drops/checksums-for-agent")));
        QCOMPARE(page.sourceChoice(), VerifyPage::SourceChoice::Files);

        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton,
                              Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(&page, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void verifiesChosenFilesAndArchives()
    {
        VerifyPage page;
        const QString dir = release();
        page.setSumsFile(dir + QStringLiteral("/SHA256SUMS"));
        page.setSourceFiles(
            {dir + QStringLiteral("/agent-0.bin"), dir + QStringLiteral("/agent-1.bin")});
        QSignalSpy finished(&page, &VerifyPage::verificationFinished);
        page.verify();
        QVERIFY(finished.wait(30000));
        QCOMPARE(page.report().sourceKind, SourceKind::Files);
        QCOMPARE(page.report().summary().ok, 2);
        QCOMPARE(page.report().summary().missing, 3);

        QCOMPARE(shell(QStringLiteral("bsdtar -czf ../release.tar.gz agent-0.bin agent-1.bin "
                                      "agent-2.bin agent-3.bin plugin.tar.gz"),
                       dir),
                 0);
        page.setSourceArchive(path(QStringLiteral("release.tar.gz")));
        page.verify();
        QVERIFY(finished.wait(30000));
        QCOMPARE(page.report().sourceKind, SourceKind::Archive);
        QCOMPARE(page.report().summary().ok, 4);
        QCOMPARE(page.report().summary().failed, 1);
    }

    void staysResponsiveAndCancels()
    {
        const QString dir = path(QStringLiteral("big"));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(shell(QStringLiteral(
                           "for i in 1 2 3 4 5 6 7 8; do head -c 134217728 /dev/zero > f$i; done; "
                           "sha256sum f* > SHA256SUMS"),
                       dir),
                 0);
        VerifyPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSumsFile(dir + QStringLiteral("/SHA256SUMS"));
        QSignalSpy finished(&page, &VerifyPage::verificationFinished);

        // The GUI thread keeps ticking while workers hash a gigabyte.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worstGap = 0;
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            worstGap = std::max(worstGap, clock.elapsed() - last);
            last = clock.elapsed();
            ++ticks;
        });
        // The overall bar moves while the files are hashed, not only at the end.
        bool sawPartialProgress = false;
        auto* bar = page.findChild<QProgressBar*>(QStringLiteral("overall-progress"));
        const QMetaObject::Connection barWatch =
            connect(bar, &QProgressBar::valueChanged, this, [&](int value) {
                sawPartialProgress = sawPartialProgress || (value > 0 && value < 1000);
            });
        clock.start();
        ticker.start();
        page.verify();
        QVERIFY(page.isBusy());
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("cancel-button"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("verify-button"))->isEnabled());
        QVERIFY(finished.wait(60000));
        ticker.stop();
        // Reported, not asserted: a gap's length depends on the machine's
        // load. That the loop ran at all while the gigabyte was hashed is the
        // check: hashing on the GUI thread would leave no ticks in between.
        qInfo("worst event-loop gap: %lld ms over %d ticks", worstGap, ticks);
        QVERIFY2(ticks >= 10, qPrintable(QStringLiteral("the event loop ran %1 times").arg(ticks)));
        QCOMPARE(page.report().summary().ok, 8);
        disconnect(barWatch);
        QVERIFY(sawPartialProgress);

        // Now cancel part-way: as soon as the first file is being hashed.
        auto* cancel = page.findChild<QPushButton*>(QStringLiteral("cancel-button"));
        const QMetaObject::Connection once =
            connect(page.resultModel(), &QAbstractItemModel::dataChanged, this, [&] {
                if (page.resultModel()->count(VerificationResultModel::State::Hashing) > 0 &&
                    cancel->isEnabled())
                    QTest::mouseClick(cancel, Qt::LeftButton);
            });
        page.verify();
        QVERIFY(finished.wait(20000));
        disconnect(once);
        QVERIFY(page.report().cancelled);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("verify-summary"))
                    ->text()
                    .startsWith(QStringLiteral("Cancelled")));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("verify-button"))->isEnabled());
        for (int i = 1; i <= 8; ++i)
            QFile::remove(dir + QStringLiteral("/f%1").arg(i));
    }

    void saysWhyAChecksumFileIsRejected()
    {
        VerifyPage page;
        write(path(QStringLiteral("junk/SHA256SUMS")),
              QByteArray("\x01\x02\xff garbage\n", 13).repeated(100));
        page.setSumsFile(path(QStringLiteral("junk/SHA256SUMS")));
        QSignalSpy rejected(&page, &VerifyPage::verificationRejected);
        page.verify();
        QVERIFY(rejected.wait(10000));
        auto* banner = page.findChild<QLabel*>(QStringLiteral("verify-summary"));
        QVERIFY2(banner->text().contains(QStringLiteral("no properly formatted")),
                 qPrintable(banner->text()));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("verify-button"))->isEnabled());
        QVERIFY(!page.isBusy());

        page.setSumsFile(QString());
        page.verify();
        QVERIFY(banner->text().contains(QStringLiteral("Choose the checksum file")));
    }

    void pointsAtImproperlyFormattedLines()
    {
        const QString dir = release();
        QFile good(dir + QStringLiteral("/SHA256SUMS"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        write(dir + QStringLiteral("/MIXED"), "# comment\nnot a checksum line\n" + good.readAll());
        VerifyPage page;
        page.setSumsFile(dir + QStringLiteral("/MIXED"));
        QSignalSpy finished(&page, &VerifyPage::verificationFinished);
        page.verify();
        QVERIFY(finished.wait(30000));
        auto* banner = page.findChild<QLabel*>(QStringLiteral("verify-summary"));
        QVERIFY2(banner->text().contains(QStringLiteral("improperly formatted line")),
                 qPrintable(banner->text()));
        QCOMPARE(banner->toolTip(),
                 QStringLiteral("Improperly formatted lines of the checksum file: 2"));
        QCOMPARE(page.report().malformedLines, QList<int>{2});
    }

    void createsSumsThatSha256sumAccepts()
    {
        const QString dir = path(QStringLiteral("create"));
        for (const QString& name :
             {QStringLiteral("b.bin"), QStringLiteral("A.bin"), QStringLiteral("sub/c d.bin")})
            QVERIFY(write(dir + QLatin1Char('/') + name, name.toUtf8().repeated(1000)));
        VerifyPage page;
        QSignalSpy created(&page, &VerifyPage::sumsCreated);
        QVERIFY(page.createSums(dir, dir + QStringLiteral("/SHA256SUMS")));
        QVERIFY(created.wait(30000));
        QCOMPARE(created.first().at(0).toBool(), true);
        QFile written(dir + QStringLiteral("/SHA256SUMS"));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QByteArray expected;
        QCOMPARE(
            shell(QStringLiteral("sha256sum b.bin A.bin 'sub/c d.bin' | sort -k2"), dir, &expected),
            0);
        QCOMPARE(written.readAll(), expected);
        QCOMPARE(shell(QStringLiteral("sha256sum -c --strict SHA256SUMS"), dir), 0);
    }
};

QTEST_MAIN(TestVerifyPage)
#include "tst_verifypage.moc"
