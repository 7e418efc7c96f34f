#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lattice::Test {

// Searches bytes and directory trees for tokens a test knows, in every form
// a leak would take. Findings name the token by its label and a short
// fingerprint, never by its value: a failure message is itself test output,
// and the suite's own log is scanned for tokens too.
struct Secret
{
    QString label; // e.g. "the fixture's admin Lattice token"
    QByteArray value;
};

struct Finding
{
    QString where; // a file path, or what the bytes were ("stderr")
    QString label; // the secret's label
    QString form;  // "plain", "base64", "percent-encoded", "secret half"
    qsizetype offset = -1;
};

// The forms a token takes on the way out: as written, base64 at any of the
// three alignments (an Authorization: Basic header encodes "user:token"),
// percent-encoded, and the part after the first dot of a "name.secret"
// token, which is the secret on its own.
struct Needle
{
    QString form;
    QByteArray bytes;
};
QList<Needle> needlesFor(const QByteArray& token);

// A stable, non-reversible name for a token: "sha256:1a2b3c4d".
QString fingerprint(const QByteArray& token);

QList<Finding> findSecrets(const QByteArray& haystack, const QString& where,
                           const QList<Secret>& secrets);
// Every regular file under dir (hidden ones included). Paths that start with
// one of excludedPrefixes are skipped.
QStringList filesUnder(const QString& dir, const QStringList& excludedPrefixes = {});
QList<Finding> findSecretsInFiles(const QStringList& files, const QList<Secret>& secrets);

// One line per finding, for a failure message.
QString describe(const QList<Finding>& findings);

// text with every form of every secret replaced by "<label>", for printing
// a child's output in a failure message.
QByteArray withoutSecrets(QByteArray text, const QList<Secret>& secrets);

} // namespace Lattice::Test
