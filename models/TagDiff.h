#pragma once

#include "ImageTag.h"

#include <optional>

namespace Lattice::Oci {

// Two tags side by side: the index, then every platform's child, config,
// creation time, version, revision and layer count.
struct TagDiff
{
    struct PlatformRow
    {
        QString platform;
        std::optional<QString> a; // child digest; nullopt when the side lacks the platform
        std::optional<QString> b;
        bool same() const { return a == b; }
    };
    struct FieldRow
    {
        QString field;    // "Index digest", "Config digest", "Created", …
        QString platform; // empty for index-level rows
        QString a;
        QString b;
        bool same() const { return a == b; }
    };

    QString tagA;
    QString tagB;
    QString digestA;
    QString digestB;
    QList<PlatformRow> platforms; // sorted by platform name
    QList<FieldRow> fields;       // everything shown in the side-by-side view

    bool sameIndex() const { return !digestA.isEmpty() && digestA == digestB; }

    static TagDiff compute(const TagInfo& a, const TagInfo& b);
    TagDiff swapped() const;
    QString toMarkdown() const;
};

} // namespace Lattice::Oci
