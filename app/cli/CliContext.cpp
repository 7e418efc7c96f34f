#include "CliContext.h"

#include "BaseUrlPolicy.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Lattice::Cli {

CliContext::CliContext(QTextStream& out, QTextStream& err, const QString& settingsFile)
    : m_out(out)
    , m_err(err)
    , m_settingsFile(settingsFile)
{}

CliContext::~CliContext()
{
    delete m_profiles;
}

ProfileStore& CliContext::profiles()
{
    if (!m_profiles)
        m_profiles = new ProfileStore(m_settingsFile);
    return *m_profiles;
}

Profile CliContext::profile()
{
    return profiles().current();
}

void CliContext::printJson(const QJsonObject& object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

QCommandLineOption CliContext::insecureLoopbackOption()
{
    return QCommandLineOption(
        QStringLiteral("insecure-loopback"),
        QStringLiteral("Allow plain http:// base URLs, for loopback addresses only."));
}

QCommandLineOption CliContext::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              QStringLiteral("Print exactly one JSON object on stdout."));
}

bool CliContext::parse(QCommandLineParser& parser, const QStringList& args, int* exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(args)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the executable's path; the usage line
        // should name the subcommand, as the user typed it.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty() && !args.isEmpty())
            text.replace(QStringLiteral("Usage: ") + program,
                         QStringLiteral("Usage: ") + args.first());
        m_out << text;
        m_out.flush();
        *exitCode = Success;
        return false;
    }
    return true;
}

int CliContext::usageError(const QString& message)
{
    m_err << "lattice-desk-cli: " << message << '\n' << "Try 'lattice-desk-cli --help'.\n";
    m_err.flush();
    return UsageError;
}

std::optional<QUrl> CliContext::baseUrlOption(const QCommandLineParser& parser,
                                              const QString& option, const QUrl& fallback,
                                              int* exitCode)
{
    if (!parser.isSet(option))
        return fallback;
    const QUrl url(parser.value(option), QUrl::StrictMode);
    const bool insecure = parser.isSet(QStringLiteral("insecure-loopback"));
    const BaseUrlPolicy::Verdict verdict = BaseUrlPolicy::check(url, insecure);
    if (!verdict.accepted) {
        *exitCode = usageError(
            QStringLiteral("--%1 %2: %3").arg(option, parser.value(option), verdict.reason));
        return std::nullopt;
    }
    return url;
}

QString CliContext::token(const char* environmentVariable, const QString& keychainKey)
{
    const QString fromEnv = qEnvironmentVariable(environmentVariable);
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (keychainKey.isEmpty())
        return {};
    SecretStore secrets;
    const SecretStore::Result r = secrets.readBlocking(keychainKey);
    if (r.status == SecretStore::Status::Ok)
        return r.secret;
    if (r.status != SecretStore::Status::NotFound) {
        m_err << "lattice-desk-cli: keychain unavailable (" << r.errorText
              << "); continuing without a stored token\n";
        m_err.flush();
    }
    return {};
}

} // namespace Lattice::Cli
