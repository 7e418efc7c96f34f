#pragma once

#include <QWidget>

class QTreeView;

namespace Lattice {

class ChannelBoardModel;
class StateBanner;

// The Channels tab: what each moving channel points to, what it equals, its
// platform children (broken ones in red) and the warnings it raises.
class ChannelBoardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelBoardPanel(ChannelBoardModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    StateBanner* banner() const { return m_banner; }

private:
    void modelReset();

    ChannelBoardModel* m_model;
    StateBanner* m_banner;
    QTreeView* m_view;
};

} // namespace Lattice
