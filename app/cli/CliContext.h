#pragma once

#include "ExitCode.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <QUrl>
#include <functional>
#include <optional>

namespace Lattice {
class ProfileStore;
struct Profile;
} // namespace Lattice

namespace Lattice::Cli {

// What a subcommand gets to work with: its output streams, the profiles, and
// the shared option conventions (--json, base-URL overrides, tokens).
class CliContext
{
public:
    CliContext(QTextStream& out, QTextStream& err, const QString& settingsFile = {});
    ~CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    ProfileStore& profiles();
    Profile profile(); // the current profile

    // --json output: exactly one object, compact, newline-terminated.
    void printJson(const QJsonObject& object);

    // Parses the arguments; on --help prints help and returns Success through
    // *exitCode, on a usage error prints it and returns UsageError.
    bool parse(QCommandLineParser& parser, const QStringList& args, int* exitCode);

    // Reads a base-URL override. An http:// loopback URL is accepted only when
    // --insecure-loopback was given; anything else that is not https is a
    // usage error. Returns nullopt (and sets *exitCode) on a refused URL.
    std::optional<QUrl> baseUrlOption(const QCommandLineParser& parser, const QString& option,
                                      const QUrl& fallback, int* exitCode);
    static QCommandLineOption insecureLoopbackOption();
    static QCommandLineOption jsonOption();

    // A token from the environment variable, else the keychain entry. Empty
    // when neither has one. Never from a command-line argument.
    QString token(const char* environmentVariable, const QString& keychainKey);

    int usageError(const QString& message);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_settingsFile;
    ProfileStore* m_profiles = nullptr;
};

struct CliCommand
{
    QStringList path;  // {"verify"} or {"image", "tags"}
    QString summary;   // one line, for the top-level help
    std::function<int(CliContext&, const QStringList& args)> run; // args[0] is the command path
};

} // namespace Lattice::Cli
