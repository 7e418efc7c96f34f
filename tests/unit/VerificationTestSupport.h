#pragma once

// What the checksum-verification tests share: files written and hashed
// outside the code under test, a shell for the tools a maintainer would use,
// and one verification run with its report.

#include "ChecksumList.h"
#include "ChecksumVerification.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <cstring>

namespace VerificationTest {

using namespace Lattice;

inline QByteArray sha(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

struct Shell
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Shell shell(const QString& command, const QString& directory)
{
    QProcess p;
    p.setWorkingDirectory(directory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

inline bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

inline QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i + 4 <= size; i += 4) {
        const quint32 v = random.generate();
        memcpy(data.data() + i, &v, 4);
    }
    for (qint64 i = size - size % 4; i < size; ++i)
        data[i] = char(random.generate());
    return data;
}

inline const EntryResult* find(const VerificationReport& report, const QString& name)
{
    for (const EntryResult& e : report.entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

inline VerificationReport verify(const QString& sumsFile, const VerifySource& source, int jobs = 0,
                                 const ArchiveLimits& limits = {})
{
    QFile file(sumsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const ChecksumList list = ChecksumList::parse(&file);
    VerificationOptions options;
    options.sumsFile = sumsFile;
    options.jobs = jobs;
    options.limits = limits;
    return ChecksumVerification(list, source, options).run();
}

inline VerifySource archiveSource(const QString& path)
{
    VerifySource s;
    s.kind = SourceKind::Archive;
    s.path = path;
    return s;
}

} // namespace VerificationTest

#define EXPECT_STATUS(report, name, expectedStatus)                                                \
    do {                                                                                           \
        const EntryResult* entry_ = find(report, QStringLiteral(name));                            \
        QVERIFY2(entry_, name);                                                                    \
        QVERIFY2(entry_->status == (expectedStatus),                                               \
                 qPrintable(QStringLiteral("%1: %2 (%3)")                                          \
                                .arg(QStringLiteral(name), entryStatusId(entry_->status),          \
                                     entry_->detail)));                                            \
    } while (false)
