#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace Lattice::Agent {

struct GoModule
{
    QString path;
    QString version;
    QString sum;
    QString replacement; // "path version" of a => line, empty when not replaced
};

// The build information Go's linker embeds in every executable (the
// ".go.buildinfo" ELF section, "__go_buildinfo" in Mach-O's __DATA), read
// without running the binary. Upstream links with -trimpath -s -w, so the
// -ldflags (and with them the injected version) are not recorded; what is
// recorded is the toolchain, the module, GOOS/GOARCH and the build settings.
// The file's own header says which machine it is for, independently of what
// the build info claims, so both can be held against the asset's name.
struct GoBuildInfo
{
    // Agent binaries are 12–20 MiB; anything this large is not one.
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

    enum class Error {
        None,
        Unreadable,    // the file could not be opened or read
        TooLarge,      // bigger than the cap; not read at all
        Truncated,     // the header promises more bytes than the file has
        UnknownFormat, // neither ELF nor Mach-O
        NotGo,         // an executable without Go build information
        OldFormat,     // Go before 1.18 stored pointers instead of strings
        Malformed,     // build information that does not decode
    };
    enum class Format { Unknown, Elf, MachO };

    Error error = Error::None;
    QString errorText;

    Format format = Format::Unknown;
    int bits = 0; // 32 or 64
    bool bigEndian = false;
    quint32 machine = 0; // ELF e_machine or Mach-O cputype
    QString headerOs;    // what the header implies; empty when it does not say
    QString headerArch;  // the machine in GOARCH spelling; empty when unknown
    qint64 fileSize = 0;

    QString goVersion; // "go1.19.8"
    QString path;      // the main package
    GoModule mainModule;
    QList<GoModule> deps;
    QList<QPair<QString, QString>> settings; // "build" lines, in file order
    QString goos;
    QString goarch;

    bool ok() const { return error == Error::None; }
    QString setting(const QString& key) const; // empty when absent
    QString module() const;                    // the main module, else the main package
    QString formatName() const;                // "ELF 64-bit LSB", "Mach-O 64-bit"

    // Every disagreement between the header's machine, GOOS/GOARCH and an
    // asset name of the form lattice-agent-<goos>-<goarch> (ignored when the
    // name has another form).
    QStringList problems(const QString& assetName = {}) const;

    // Reads [offset, offset + length) of the input; returns fewer bytes only
    // when the input cannot provide them.
    using Reader = std::function<QByteArray(qint64 offset, qint64 length)>;

    static GoBuildInfo parse(const QByteArray& bytes);
    static GoBuildInfo parse(qint64 size, const Reader& read);
    // Reads only the headers, the section with the build information and,
    // when no section names it, the file in bounded chunks.
    static GoBuildInfo readFile(const QString& path, qint64 maxBytes = kMaxFileBytes);

    // The modinfo text ("path\t…", "mod\t…", "dep\t…", "build\tK=V"); false
    // with *error set when a line does not decode.
    bool parseModInfo(const QString& text, QString* error);
};

// {goos, goarch} of an asset named lattice-agent-<goos>-<goarch>.
std::optional<QPair<QString, QString>> agentAssetPlatform(const QString& assetName);

// Go's spelling of the platform this program runs on, e.g. {"linux", "amd64"}.
QPair<QString, QString> hostGoPlatform();

} // namespace Lattice::Agent
