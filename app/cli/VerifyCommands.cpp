#include "ArchiveReader.h"
#include "ChecksumGenerator.h"
#include "ChecksumList.h"
#include "ChecksumVerification.h"
#include "CliDispatcher.h"

#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <optional>

namespace Lattice::Cli {

namespace {
const QString Program = QStringLiteral("lattice-desk-cli");

// sha256sum -c prints a name holding a newline escaped, with a leading
// backslash, so that every result stays one line. A carriage return is
// escaped too, which GNU 9.1 does not do: printed raw, it lets a name
// overwrite its own status on a terminal.
QString printableName(const QString& name)
{
    if (!name.contains(QLatin1Char('\n')) && !name.contains(QLatin1Char('\r')))
        return name;
    return QLatin1Char('\\') + ChecksumList::escapeName(name);
}

QString plural(int n, const char* one, const char* many)
{
    return QString::fromLatin1(n == 1 ? one : many).arg(n);
}

std::optional<int> jobsOption(CliContext& ctx, const QCommandLineParser& parser, int* exitCode)
{
    if (!parser.isSet(QStringLiteral("jobs")))
        return 0;
    bool ok = false;
    const int jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
    if (!ok || jobs < 1 || jobs > 1024) {
        *exitCode = ctx.usageError(QStringLiteral("--jobs must be a number from 1 to 1024"));
        return std::nullopt;
    }
    return jobs;
}

QCommandLineOption jobsOptionSpec()
{
    return {QStringLiteral("jobs"),
            QStringLiteral("Files hashed at once (default: one per CPU core)."),
            QStringLiteral("N")};
}

int verify(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Verify files against a SHA256SUMS file, offline, the way `sha256sum -c` does.\n"
        "Names resolve against DIR (default: the checksum file's directory) or inside the\n"
        "archive, which is read as a stream and never extracted. Absolute names and names\n"
        "with '..' are refused, never opened.\n"
        "\n"
        "Exit codes: 0 every listed entry is OK; 1 an entry failed, is missing or is\n"
        "unreadable (with --ignore-missing, missing entries do not count, but verifying\n"
        "nothing is 1), or --strict and a line is malformed; 2 usage error, or SUMS is\n"
        "unreadable or has no properly formatted line."));
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Directory the listed names are relative to."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("archive"),
         QStringLiteral("Verify the members of this tar, tar.gz, tar.xz, tar.zst or zip "
                        "archive."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("ignore-missing"),
         QStringLiteral("Do not fail or report for listed files that are not present.")});
    parser.addOption({QStringLiteral("strict"),
                      QStringLiteral("Exit 1 when a line of SUMS is improperly formatted.")});
    parser.addOption(jobsOptionSpec());
    parser.addOption(CliContext::jsonOption());
    parser.addPositionalArgument(QStringLiteral("SUMS"),
                                 QStringLiteral("The checksum file; '-' reads standard input."));
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QStringLiteral("verify takes exactly one checksum file"));
    const bool hasDir = parser.isSet(QStringLiteral("dir"));
    const bool hasArchive = parser.isSet(QStringLiteral("archive"));
    if (hasDir && hasArchive)
        return ctx.usageError(QStringLiteral("--dir and --archive cannot be used together"));
    const std::optional<int> jobs = jobsOption(ctx, parser, &code);
    if (!jobs)
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool ignoreMissing = parser.isSet(QStringLiteral("ignore-missing"));
    const bool strict = parser.isSet(QStringLiteral("strict"));
    const QString sumsPath = positional.front();

    VerifySource source;
    if (hasArchive) {
        source.kind = SourceKind::Archive;
        source.path = parser.value(QStringLiteral("archive"));
        ArchiveReader probe(source.path);
        if (!probe.open()) {
            ctx.err() << Program << ": " << source.path << ": " << probe.errorString() << '\n';
            ctx.err().flush();
            return UsageError;
        }
    } else if (hasDir) {
        source.path = parser.value(QStringLiteral("dir"));
        if (!QFileInfo(source.path).isDir()) {
            ctx.err() << Program << ": " << source.path << ": not a directory\n";
            ctx.err().flush();
            return UsageError;
        }
    }

    QFile file;
    bool opened = false;
    if (sumsPath == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(sumsPath);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        ctx.err() << Program << ": " << sumsPath << ": " << file.errorString() << '\n';
        ctx.err().flush();
        return UsageError;
    }
    const ChecksumList list = ChecksumList::parse(&file);
    if (list.hasReadError()) {
        ctx.err() << Program << ": " << sumsPath << ": " << list.readError() << '\n';
        ctx.err().flush();
        return UsageError;
    }

    if (!json) {
        // Like `sha256sum -c --warn`: each bad line by number, before the results.
        for (const ChecksumList::MalformedLine& m : list.malformed())
            ctx.err() << Program << ": " << sumsPath << ": " << m.line
                      << ": improperly formatted SHA256 checksum line (" << m.reason << ")\n";
        ctx.err().flush();
    }

    VerificationOptions options;
    options.jobs = *jobs;
    options.sumsFile = sumsPath;
    if (!list.hasValidLine()) {
        if (json)
            ctx.printJson(ChecksumVerification(list, source, options).unchecked().toJson());
        ctx.err() << Program << ": " << sumsPath
                  << ": no properly formatted checksum lines found\n";
        ctx.err().flush();
        return UsageError;
    }

    ChecksumVerification verification(list, source, options);
    const VerificationReport report = verification.run();
    const VerificationReport::Summary summary = report.summary();
    const int malformed = int(report.malformedLines.size());

    if (json) {
        ctx.printJson(report.toJson());
    } else {
        for (const EntryResult& e : report.entries) {
            const QString name = printableName(e.name);
            switch (e.status) {
            case EntryStatus::Ok:
                ctx.out() << name << ": OK\n";
                break;
            case EntryStatus::Failed:
                ctx.out() << name << ": FAILED\n";
                break;
            case EntryStatus::Missing:
                if (ignoreMissing)
                    break;
                [[fallthrough]];
            case EntryStatus::Unreadable:
            case EntryStatus::Pending:
                ctx.out().flush();
                ctx.err() << Program << ": " << name << ": " << e.detail << '\n';
                ctx.err().flush();
                ctx.out() << name << ": FAILED open or read\n";
                break;
            }
        }
        ctx.out() << "Summary: " << summary.ok << " ok, " << summary.failed << " failed, "
                  << summary.missing << " missing" << (ignoreMissing ? " (ignored)" : "") << ", "
                  << summary.unreadable << " unreadable, " << report.unlisted.size()
                  << " unlisted, " << malformed << " malformed, " << report.conflicts.size()
                  << " conflicting\n";
        ctx.out().flush();

        QTextStream& err = ctx.err();
        const int unread = summary.unreadable + (ignoreMissing ? 0 : summary.missing);
        if (malformed > 0)
            err << Program << ": WARNING: "
                << plural(malformed, "%1 line is improperly formatted",
                          "%1 lines are improperly formatted")
                << '\n';
        if (unread > 0)
            err << Program << ": WARNING: "
                << plural(unread, "%1 listed file could not be read",
                          "%1 listed files could not be read")
                << '\n';
        if (summary.failed > 0)
            err << Program << ": WARNING: "
                << plural(summary.failed, "%1 computed checksum did NOT match",
                          "%1 computed checksums did NOT match")
                << '\n';
        for (const QString& name : report.conflicts)
            err << Program << ": WARNING: " << printableName(name)
                << " is listed with different checksums\n";
        if (!report.unlisted.isEmpty())
            err << Program << ": WARNING: "
                << plural(int(report.unlisted.size()), "%1 file in the source is not listed",
                          "%1 files in the source are not listed")
                << '\n';
        if (!report.sourceError.isEmpty())
            err << Program << ": " << report.sourcePath << ": " << report.sourceError << '\n';
        if (ignoreMissing && summary.ok + summary.failed + summary.unreadable == 0)
            err << Program << ": " << sumsPath << ": no file was verified\n";
        err.flush();
    }

    const bool missingCounts = !ignoreMissing && summary.missing > 0;
    const bool bad = summary.failed > 0 || summary.unreadable > 0 || missingCounts ||
                     (strict && malformed > 0) || summary.ok == 0;
    return bad ? CheckFailed : Success;
}

int sums(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print a SHA256SUMS file for FILEs on standard output: GNU text-mode lines sorted by\n"
        "name, the same bytes as `sha256sum FILE... | LC_ALL=C sort -k2`.\n"
        "Exit codes: 0 every file was hashed; 2 usage error or a file is unreadable (the\n"
        "readable ones are still printed)."));
    parser.addOption(jobsOptionSpec());
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to hash."),
                                 QStringLiteral("FILE..."));
    int code = Success;
    if (!ctx.parse(parser, args, &code))
        return code;
    const std::optional<int> jobs = jobsOption(ctx, parser, &code);
    if (!jobs)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return ctx.usageError(QStringLiteral("sums needs at least one file"));

    QList<ChecksumGenerator::Item> items;
    for (const QString& f : files)
        items.append({f, f});
    const std::atomic_bool never{false};
    const ChecksumGenerator::Outcome outcome = ChecksumGenerator::hash(items, *jobs, never);
    for (const QString& error : outcome.errors)
        ctx.err() << Program << ": " << error << '\n';
    ctx.err().flush();
    ctx.out() << QString::fromUtf8(ChecksumList::format(outcome.lines));
    ctx.out().flush();
    return outcome.errors.isEmpty() ? Success : UsageError;
}
} // namespace

void registerVerifyCommands(CliDispatcher& dispatcher)
{
    dispatcher.add(
        {{QStringLiteral("verify")},
         QStringLiteral("Verify files or an archive against a SHA256SUMS file, offline."),
         verify});
    dispatcher.add({{QStringLiteral("sums")},
                    QStringLiteral("Print a SHA256SUMS file for the given files."),
                    sums});
}

} // namespace Lattice::Cli
