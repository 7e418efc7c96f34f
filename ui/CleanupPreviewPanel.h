#pragma once

#include "CleanupPlan.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableView;

namespace Lattice {

class CleanupRowModel;
class StateBanner;

// The Cleanup preview tab: what the next scheduled package cleanup would
// delete, computed exactly as the upstream workflow does. Read-only.
class CleanupPreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CleanupPreviewPanel(QWidget* parent = nullptr);

    void setPackage(const QString& package, const QString& githubApi);
    int keep() const;
    void setAvailable(bool available); // false while a refresh reconfigures the lane
    void showWaiting(const QString& text);
    void showPlan(const Oci::CleanupPlan& plan);
    void showError(const QString& text);
    void clear();

    CleanupRowModel* keepModel() const { return m_keepModel; }
    CleanupRowModel* removeModel() const { return m_removeModel; }
    StateBanner* banner() const { return m_banner; }
    StateBanner* dangerBanner() const { return m_danger; }

signals:
    void previewRequested(int keep);

private:
    QTableView* makeTable(CleanupRowModel* model, const QString& objectName,
                          const QString& accessibleName);

    CleanupRowModel* m_keepModel;
    CleanupRowModel* m_removeModel;
    QStringListModel* m_protected;
    QLabel* m_notice;
    QSpinBox* m_keep;
    QPushButton* m_preview;
    StateBanner* m_banner;
    StateBanner* m_danger;
    QLabel* m_summary;
    QLabel* m_removeTitle;
    QLabel* m_keepTitle;
    QLabel* m_protectedTitle;
    QWidget* m_results;
    bool m_available = false;
    bool m_waiting = false;
};

} // namespace Lattice
