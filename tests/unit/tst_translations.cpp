#include "ImageLaneText.h"
#include "LaneHealth.h"
#include "PluginIndexValidator.h"
#include "PolicyValidator.h"
#include "SdkOrder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>

// The catalogues are compiled into the UI library under :/i18n; this test
// links it, loads them the way the app does, and checks that every shipped
// catalogue is complete.
class TestTranslations : public QObject
{
    Q_OBJECT

    static QString tsPath(const QString& locale)
    {
        return QStringLiteral(LATTICE_SOURCE_DIR "/translations/lattice-desk_%1.ts").arg(locale);
    }

private slots:
    void chineseCatalogueLoadsAndTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("lattice-desk"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("Lattice::Lane", "Overview"), QStringLiteral("概览"));
        QCOMPARE(QCoreApplication::translate("Lattice::Lane", "Policies"), QStringLiteral("策略"));
        QCOMPARE(QCoreApplication::translate("Lattice::MainWindow", "%n endpoint(s) unreachable",
                                             nullptr, 3),
                 QStringLiteral("3 个端点无法访问"));
        QCoreApplication::removeTranslator(&translator);
    }

    void messagesFromModelHelpersAreTranslated()
    {
        // Helpers outside a QObject look their messages up under a context
        // they name themselves; if it differs from the one lupdate filed them
        // under, the catalogue is complete and the user still reads English.
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("lattice-desk"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const auto violations = Lattice::PluginIndexValidator::validate(QJsonObject{});
        QVERIFY(!violations.isEmpty());
        const auto chinese = [](const QString& text) {
            return std::any_of(text.begin(), text.end(), [](QChar c) {
                return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
            });
        };
        for (const auto& v : violations)
            QVERIFY2(chinese(v.message), qPrintable(v.message));
        QVERIFY2(chinese(Lattice::PluginIndexValidator::ruleSummary(1)),
                 qPrintable(Lattice::PluginIndexValidator::ruleSummary(1)));
        const QString label =
            Lattice::Oci::mediaTypeLabel(QStringLiteral("application/vnd.oci.image.index.v1+json"));
        QVERIFY2(chinese(label), qPrintable(label));

        // The release-order, lane-health and policy-warning helpers.
        Lattice::Sdk::Downstream tag;
        tag.goMod = QStringLiteral("require github.com/LatticeNet/lattice-sdk v9.9.9\n");
        const QString reason = Lattice::Sdk::judge(tag, {}).reason;
        QVERIFY2(chinese(reason), qPrintable(reason));
        const QString summary =
            Lattice::sdkHealth(
                Lattice::ReleaseOrderReport{
                    {}, {}, {}, {}, {}, {}, {}, {}, {}, QDateTime::currentDateTimeUtc(), -1},
                false)
                .summary;
        QVERIFY2(chinese(summary), qPrintable(summary));
        Lattice::Server::UpdatePolicy policy;
        policy.nodeId = QStringLiteral("n");
        policy.enabled = false;
        const auto warnings = Lattice::Server::PolicyValidator::validate(policy).warnings;
        QVERIFY(!warnings.isEmpty());
        QVERIFY2(chinese(warnings.first().message), qPrintable(warnings.first().message));
        QCoreApplication::removeTranslator(&translator);
    }

    void englishPluralsAreReal()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("en_US")), QStringLiteral("lattice-desk"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("Lattice::MainWindow", "%n endpoint(s) unreachable",
                                             nullptr, 1),
                 QStringLiteral("1 endpoint unreachable"));
        QCOMPARE(QCoreApplication::translate("Lattice::MainWindow", "%n endpoint(s) unreachable",
                                             nullptr, 2),
                 QStringLiteral("2 endpoints unreachable"));
        QCoreApplication::removeTranslator(&translator);
    }

    void shippedCataloguesAreComplete_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void shippedCataloguesAreComplete()
    {
        QFETCH(QString, locale);
        QFile file(tsPath(locale));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QStringList unfinished;
        QString source;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message")) {
                ++messages;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    unfinished << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished in %2:\n  %3")
                                .arg(unfinished.size())
                                .arg(locale, unfinished.join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
