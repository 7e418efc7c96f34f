#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Lattice {

class ServerNodeModel;

// The nodes of the server with a checkbox each, so one policy goes to many
// nodes at once; says per node whether the server could update it and, if
// not, quotes the server's reason.
class NodePickerView : public QWidget
{
    Q_OBJECT
public:
    NodePickerView(ServerNodeModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    void showState(const QString& text);

private:
    void updateSummary();

    ServerNodeModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_state;
    QPushButton* m_checkUpdatable;
    QPushButton* m_clear;
};

} // namespace Lattice
