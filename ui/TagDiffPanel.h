#pragma once

#include "ImageTag.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QStringListModel;
class QTableView;

namespace Lattice {

class StateBanner;
class TagDiffModel;

// The Diff tab: any two tags side by side. Both pickers complete tag names;
// the sides can be swapped and the diff copied as Markdown for an issue.
class TagDiffPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TagDiffPanel(TagDiffModel* model, QWidget* parent = nullptr);

    // The tags to choose from, in reading order. Choices that still exist
    // are kept; otherwise the first channel is compared with the next tag.
    void setTags(const QList<Oci::TagInfo>& tags, const QStringList& orderedNames);
    void compare(const QString& a, const QString& b);
    QString tagA() const;
    QString tagB() const;

    QAction* swapAction() const { return m_swapAction; }
    QAction* copyAction() const { return m_copyAction; }
    QTableView* view() const { return m_view; }

public slots:
    void swapSides();
    void copyMarkdown();

private:
    void recompute();
    const Oci::TagInfo* find(const QString& tag) const;
    QComboBox* makePicker(const QString& objectName, const QString& accessibleName);

    TagDiffModel* m_model;
    QList<Oci::TagInfo> m_tags;
    QStringListModel* m_names;
    QComboBox* m_a;
    QComboBox* m_b;
    QAction* m_swapAction;
    QAction* m_copyAction;
    QPushButton* m_swapButton;
    QPushButton* m_copyButton;
    StateBanner* m_banner;
    QLabel* m_legend;
    QTableView* m_view;
    bool m_updating = false;
};

} // namespace Lattice
