#include "TokenScan.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <algorithm>

namespace Lattice::Test {

QList<Needle> needlesFor(const QByteArray& token)
{
    QList<Needle> list{{QStringLiteral("plain"), token}};
    // Base64 works in 3-byte groups, so a token after 0, 1 or 2 other bytes
    // encodes three different ways. Within each, the groups that hold only
    // token bytes are the same whatever surrounds the token.
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray encoded = (QByteArray(shift, '\0') + token).toBase64();
        const qsizetype head = shift ? 4 : 0;
        const qsizetype tail = (shift + token.size()) % 3 ? 4 : 0;
        if (encoded.size() - head - tail >= 16)
            list.append(
                {QStringLiteral("base64"), encoded.mid(head, encoded.size() - head - tail)});
    }
    const QByteArray percent = token.toPercentEncoding();
    if (percent != token)
        list.append({QStringLiteral("percent-encoded"), percent});
    if (const qsizetype dot = token.indexOf('.'); dot > 0 && token.size() - dot - 1 >= 16)
        list.append({QStringLiteral("secret half"), token.mid(dot + 1)});
    return list;
}

QString fingerprint(const QByteArray& token)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(
               QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex().left(8));
}

QList<Finding> findSecrets(const QByteArray& haystack, const QString& where,
                           const QList<Secret>& secrets)
{
    QList<Finding> found;
    for (const Secret& secret : secrets) {
        for (const Needle& needle : needlesFor(secret.value)) {
            const qsizetype at = haystack.indexOf(needle.bytes);
            if (at >= 0)
                found.append(
                    {where, QStringLiteral("%1 (%2)").arg(secret.label, fingerprint(secret.value)),
                     needle.form, at});
        }
    }
    return found;
}

QStringList filesUnder(const QString& dir, const QStringList& excludedPrefixes)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const bool excluded =
            std::any_of(excludedPrefixes.cbegin(), excludedPrefixes.cend(),
                        [&path](const QString& prefix) { return path.startsWith(prefix); });
        if (!excluded)
            files << path;
    }
    return files;
}

QList<Finding> findSecretsInFiles(const QStringList& files, const QList<Secret>& secrets)
{
    QList<Finding> found;
    for (const QString& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            // A file that cannot be read cannot be cleared either.
            found.append(
                {path, QStringLiteral("(unreadable: %1)").arg(f.errorString()), QString(), -1});
            continue;
        }
        found += findSecrets(f.readAll(), path, secrets);
    }
    return found;
}

QString describe(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings) {
        lines << (f.form.isEmpty() ? QStringLiteral("%1: %2").arg(f.where, f.label)
                                   : QStringLiteral("%1 holds %2, %3, at byte %4")
                                         .arg(f.where, f.label, f.form)
                                         .arg(f.offset));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray withoutSecrets(QByteArray text, const QList<Secret>& secrets)
{
    for (const Secret& secret : secrets) {
        for (const Needle& needle : needlesFor(secret.value))
            text.replace(needle.bytes, '<' + secret.label.toUtf8() + '>');
    }
    return text;
}

} // namespace Lattice::Test
