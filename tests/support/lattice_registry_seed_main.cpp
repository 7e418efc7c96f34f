// lattice-registry-seed URL REPOSITORY [--preset realistic | --preset bulk --tags N]
//
// Fills a local registry with content shaped like the real server image
// history, so demos and manual checks of the Release Desk have something true
// to look at. Prints a JSON summary of what was pushed on stdout.
#include "RegistrySeeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

namespace {

constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;

// N version tags, each its own two-platform OCI index: the benchmark load
// ("300 tags x 2 platforms"), with nothing shared between tags so a cold
// refresh really has 3 x N manifests and 2 x N configs to read.
int seedBulk(const QUrl& url, const QString& repository, int count)
{
    Lattice::Test::RegistrySeeder seeder(url, repository);
    if (!seeder.isValid()) {
        QTextStream(stderr) << "lattice-registry-seed: " << seeder.lastError().message << '\n';
        return ExitFailed;
    }
    for (int i = 0; i < count; ++i) {
        const QString version = QStringLiteral("0.%1.%2").arg(i / 100).arg(i % 100);
        Lattice::Test::IndexSpec spec;
        for (const char* arch : {"amd64", "arm64"}) {
            Lattice::Test::ImageSpec image;
            image.platform.architecture = QString::fromLatin1(arch);
            image.version = version;
            image.revision = QString::number(i, 16).rightJustified(40, QLatin1Char('0'));
            image.created =
                QStringLiteral("2026-07-%1T00:00:00Z").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
            spec.images.append(image);
        }
        if (!seeder.pushIndex(spec, {version})) {
            QTextStream(stderr) << "lattice-registry-seed: " << seeder.lastError().message << '\n';
            return ExitFailed;
        }
    }
    QTextStream(stdout) << "{\"repository\":\"" << repository << "\",\"tags\":" << count << "}\n";
    return 0;
}

int usageError(const QCommandLineParser& parser, const QString& message)
{
    QTextStream err(stderr);
    err << "lattice-registry-seed: " << message << "\n\n" << parser.helpText();
    return ExitUsage;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lattice-registry-seed"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Pushes a realistic ghcr.io/latticenet/lattice-server history to an OCI registry and "
        "prints what was pushed as JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("URL"),
        QStringLiteral(
            "registry base URL; plain http:// only for loopback, e.g. http://127.0.0.1:5000"));
    parser.addPositionalArgument(QStringLiteral("REPOSITORY"),
                                 QStringLiteral("repository name, e.g. latticenet/lattice-server"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    QStringLiteral("what to push: realistic (default) or bulk"),
                                    QStringLiteral("name"), QStringLiteral("realistic"));
    parser.addOption(preset);
    const QCommandLineOption tagCount(QStringLiteral("tags"),
                                      QStringLiteral("number of tags for the bulk preset"),
                                      QStringLiteral("N"), QStringLiteral("300"));
    parser.addOption(tagCount);

    if (!parser.parse(app.arguments()))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(parser, QStringLiteral("expected URL and REPOSITORY"));
    if (parser.value(preset) == QLatin1String("bulk")) {
        bool ok = false;
        const int count = parser.value(tagCount).toInt(&ok);
        if (!ok || count < 1 || count > 10000)
            return usageError(parser, QStringLiteral("--tags must be between 1 and 10000"));
        return seedBulk(QUrl(positional[0], QUrl::StrictMode), positional[1], count);
    }
    if (parser.value(preset) != QLatin1String("realistic"))
        return usageError(parser,
                          QStringLiteral("unknown preset \"%1\"").arg(parser.value(preset)));

    const QUrl url(positional[0], QUrl::StrictMode);
    QString error;
    const auto history = Lattice::Test::seedRealisticHistory(url, positional[1], &error);
    if (!history) {
        QTextStream(stderr) << "lattice-registry-seed: " << error << '\n';
        return ExitFailed;
    }
    const QByteArray json = QJsonDocument(history->toJson()).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}
