#include "NodePickerView.h"

#include "ServerNodeModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Lattice {

NodePickerView::NodePickerView(ServerNodeModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* title = new QLabel(tr("&Nodes"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("policies-nodes"));
    m_table->setAccessibleName(tr("Nodes"));
    m_table->setAccessibleDescription(
        tr("Check the nodes the policy applies to; Space toggles the current node."));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    title->setBuddy(m_table);

    m_checkUpdatable = new QPushButton(tr("Select &updatable"), this);
    m_checkUpdatable->setObjectName(QStringLiteral("policies-select-updatable"));
    m_checkUpdatable->setToolTip(tr("Check every node the server could update in this mode"));
    connect(m_checkUpdatable, &QPushButton::clicked, model, &ServerNodeModel::checkUpdatable);
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setObjectName(QStringLiteral("policies-clear-nodes"));
    m_clear->setToolTip(tr("Uncheck every node"));
    connect(m_clear, &QPushButton::clicked, model, &ServerNodeModel::clearChecks);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("policies-node-summary"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("policies-node-state"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_checkUpdatable);
    buttons->addWidget(m_clear);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(model, &ServerNodeModel::checkedChanged, this, &NodePickerView::updateSummary);
    connect(model, &QAbstractItemModel::modelReset, this, &NodePickerView::updateSummary);
    updateSummary();
}

void NodePickerView::showState(const QString& text)
{
    m_state->setText(text);
    m_state->setVisible(!text.isEmpty());
}

void NodePickerView::updateSummary()
{
    const int checked = int(m_model->checkedIds().size());
    m_summary->setText(tr("%1 of %n node(s) selected", nullptr, m_model->rowCount()).arg(checked));
    m_checkUpdatable->setEnabled(m_model->rowCount() > 0);
    m_clear->setEnabled(checked > 0);
}

} // namespace Lattice
