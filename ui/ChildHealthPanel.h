#pragma once

#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Lattice {

class ChildHealthModel;
class StateBanner;

// The Health tab: HEADs every platform child afresh, for all tags or the
// selected ones, and shows which tags are broken on which platform. The
// result can be exported as JSON or CSV.
class ChildHealthPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChildHealthPanel(ChildHealthModel* model, QWidget* parent = nullptr);

    void setImageReference(const QString& reference) { m_reference = reference; }
    void setChecking(bool checking, int tags = 0);
    void setAvailable(bool available); // false while tags are being listed
    void showError(const QString& text);
    void showResult();

    QStringList selectedTags() const;
    QTableView* view() const { return m_view; }

    // Writes the current results; CSV for a .csv name, else JSON.
    bool exportReport(const QString& path, QString* error = nullptr) const;

public slots:
    void chooseExportFile(const QString& format);

signals:
    void checkRequested(const QStringList& tags); // empty = every tag

private:
    void updateButtons();

    ChildHealthModel* m_model;
    QSortFilterProxyModel* m_proxy;
    StateBanner* m_banner;
    QTableView* m_view;
    QPushButton* m_checkAll;
    QPushButton* m_checkSelected;
    QPushButton* m_exportJson;
    QPushButton* m_exportCsv;
    QString m_reference;
    bool m_checking = false;
    bool m_available = false;
};

} // namespace Lattice
