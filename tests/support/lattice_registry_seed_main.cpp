// lattice-registry-seed URL REPOSITORY [--preset realistic]
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
                                    QStringLiteral("what to push; only \"realistic\" exists"),
                                    QStringLiteral("name"), QStringLiteral("realistic"));
    parser.addOption(preset);

    if (!parser.parse(app.arguments()))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(parser, QStringLiteral("expected URL and REPOSITORY"));
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
