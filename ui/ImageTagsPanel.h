#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Lattice {

class ImageTagFilterModel;
class ImageTagModel;

// The Tags tab: every tag in a sortable table, narrowed by kind and by text.
// Selected tags can be compared or have their children checked.
class ImageTagsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ImageTagsPanel(ImageTagModel* model, QWidget* parent = nullptr);

    QStringList selectedTags() const;
    ImageTagFilterModel* filterModel() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    void setChecksEnabled(bool enabled);

signals:
    void checkRequested(const QStringList& tags);
    void compareRequested(const QString& a, const QString& b);

private:
    void updateCount();
    void updateButtons();

    ImageTagModel* m_model;
    ImageTagFilterModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_kind;
    QLabel* m_count;
    QTableView* m_view;
    QPushButton* m_compare;
    QPushButton* m_check;
    bool m_checksEnabled = true;
};

} // namespace Lattice
