#pragma once

#include "ImageTag.h"

#include <QAbstractTableModel>

namespace Lattice {

// Every tag of the image repository with what it resolves to.
class ImageTagModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TagColumn,
        KindColumn,
        DigestColumn,
        MediaTypeColumn,
        PlatformsColumn,
        CreatedColumn,
        VersionColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // what the column sorts by
        TagRole,                     // the tag name, whatever the column
        KindRole,                    // int(Oci::TagKind)
        DigestRole,                  // the full index digest
        BrokenRole,                  // a platform child is gone
        ReadableRole,                // the tag's index could be read
    };

    explicit ImageTagModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setTags(const QList<Oci::TagInfo>& tags, const QStringList& movingChannels);
    void clear();
    const QList<Oci::TagInfo>& tags() const { return m_tags; }
    // Rows, and so tagNames(), are in reading order: the channels as the
    // profile lists them, then versions, pins and builds, newest first.
    QStringList tagNames() const;
    int rowOf(const QString& tag) const; // -1 when absent

    static QString kindText(Oci::TagKind kind);

private:
    QVariant display(const Oci::TagInfo& tag, Oci::TagKind kind, int column) const;

    QList<Oci::TagInfo> m_tags;
    QList<Oci::TagKind> m_kinds;
    QStringList m_channels;
};

} // namespace Lattice
