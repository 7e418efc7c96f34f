#include "ImageTagsPanel.h"

#include "ImageTagFilterModel.h"
#include "ImageTagModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Lattice {

ImageTagsPanel::ImageTagsPanel(ImageTagModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ImageTagFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_compare(new QPushButton(tr("Co&mpare selected"), this))
    , m_check(new QPushButton(tr("Check children of se&lected"), this))
{
    setObjectName(QStringLiteral("image-tags-panel"));
    m_proxy->setSourceModel(m_model);

    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("tag-filter"));
    m_filter->setAccessibleName(tr("Filter tags"));
    m_filter->setPlaceholderText(tr("Tag, version or digest"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ImageTagFilterModel::setText);

    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_kind->setObjectName(QStringLiteral("tag-kind-filter"));
    m_kind->setAccessibleName(tr("Kind of tag"));
    m_kind->addItem(tr("All kinds"), -1);
    for (Oci::TagKind kind : {Oci::TagKind::Moving, Oci::TagKind::Version, Oci::TagKind::Pinned,
                              Oci::TagKind::Build, Oci::TagKind::Other})
        m_kind->addItem(ImageTagModel::kindText(kind), int(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_kind->currentData().toInt()); });

    m_count->setObjectName(QStringLiteral("tag-count"));

    m_view->setObjectName(QStringLiteral("tag-table"));
    m_view->setAccessibleName(tr("Tags"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImageTagModel::KindColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ImageTagModel::TagColumn, 170);
    m_view->setColumnWidth(ImageTagModel::KindColumn, 130);
    m_view->setColumnWidth(ImageTagModel::DigestColumn, 200);
    m_view->setColumnWidth(ImageTagModel::MediaTypeColumn, 150);
    m_view->setColumnWidth(ImageTagModel::PlatformsColumn, 220);
    m_view->setColumnWidth(ImageTagModel::CreatedColumn, 150);

    m_compare->setObjectName(QStringLiteral("tag-compare"));
    m_compare->setToolTip(tr("Open the two selected tags side by side on the Diff tab."));
    m_check->setObjectName(QStringLiteral("tag-check-children"));
    m_check->setToolTip(tr("Ask the registry for every child of the selected tags, bypassing "
                           "the local cache."));
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QStringList tags = selectedTags();
        if (tags.size() == 2)
            emit compareRequested(tags.at(0), tags.at(1));
    });
    connect(m_check, &QPushButton::clicked, this, [this] {
        const QStringList tags = selectedTags();
        if (!tags.isEmpty())
            emit checkRequested(tags);
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 2);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_compare);
    actions->addWidget(m_check);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ImageTagsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ImageTagsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ImageTagsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ImageTagsPanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImageTagsPanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ImageTagsPanel::updateButtons);
    updateCount();
    updateButtons();
}

QStringList ImageTagsPanel::selectedTags() const
{
    QStringList tags;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(ImageTagModel::TagColumn);
    for (const QModelIndex& row : rows)
        tags << row.data(ImageTagModel::TagRole).toString();
    return tags;
}

void ImageTagsPanel::setChecksEnabled(bool enabled)
{
    m_checksEnabled = enabled;
    updateButtons();
}

void ImageTagsPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n tag(s)", nullptr, total)
                                    : tr("%1 of %n tag(s)", nullptr, total).arg(shown));
}

void ImageTagsPanel::updateButtons()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_compare->setEnabled(selected == 2);
    m_check->setEnabled(m_checksEnabled && selected > 0);
}

} // namespace Lattice
