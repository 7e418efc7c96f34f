#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Lattice::Test {

// What a script sees of one lattice-desk-cli run.
struct CliResult
{
    int exitCode = -1; // -1: did not finish in time, or crashed
    QByteArray out;
    QByteArray err;

    QJsonObject json() const; // stdout as the one JSON object --json prints
};

struct CliOptions
{
    // When set, XDG_CONFIG_HOME and XDG_DATA_HOME are home/config and
    // home/data, so settings, the store and the cache are the test's own.
    QString home;
    // Set on top of the inherited environment; an empty value removes the
    // variable. GITHUB_TOKEN and LATTICE_TOKEN are never inherited from the
    // developer's shell: a test that wants a token says so here.
    QMap<QString, QString> environment;
    QByteArray input; // written to stdin, which is then closed
    QString workingDirectory;
    int timeoutMs = 120000;
};

// Runs the real CLI binary the harness names (LATTICE_DESK_CLI).
CliResult runCli(const QStringList& arguments, const CliOptions& options = {});

} // namespace Lattice::Test
