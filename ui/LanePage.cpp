#include "LanePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Lattice {

namespace {
QString describe(Lane lane)
{
    switch (lane) {
    case Lane::ServerImage:
        return LanePage::tr("Multi-arch server images: moving channels, version tags, per-platform "
                            "child digests, and what the weekly cleanup would delete.");
    case Lane::NodeAgent:
        return LanePage::tr("Node-agent GitHub releases: artifacts, SHA256SUMS, per-file checksums "
                            "and what the server resolves as latest.");
    case Lane::Sdk:
        return LanePage::tr("The lattice-sdk tags and the publication order that server and agent "
                            "releases must follow.");
    case Lane::Docs:
        return LanePage::tr("The docs site: release-notes pages for every stable release.");
    case Lane::PluginIndex:
        return LanePage::tr("The signed plugin index: schema rules, publishers, channels and "
                            "manifest signatures.");
    case Lane::Policies:
        return LanePage::tr("Agent update policies on your Lattice servers: push, plan and approve.");
    case Lane::Verify:
        return LanePage::tr("Offline verification of downloaded artifacts against SHA256SUMS.");
    case Lane::Overview:
        break;
    }
    return {};
}

QString sourceOf(Lane lane, const Profile& p)
{
    switch (lane) {
    case Lane::ServerImage:
        return QStringLiteral("%1/%2").arg(p.registryUrl.host(), p.imageRepository);
    case Lane::NodeAgent:
        return p.agentRepo;
    case Lane::Sdk:
        return p.sdkRepo;
    case Lane::Docs:
        return QStringLiteral("%1 (%2)").arg(p.docsSiteUrl.toString(), p.docsRepo);
    case Lane::PluginIndex:
        return p.pluginIndexUrl.toString();
    case Lane::Policies:
        if (p.servers.isEmpty())
            return LanePage::tr("No Lattice server in this profile yet. Add one in the profile "
                                "settings to manage update policies.");
        return LanePage::tr("%n server(s)", nullptr, int(p.servers.size()));
    case Lane::Verify:
        return LanePage::tr("Local files only; nothing is sent over the network.");
    case Lane::Overview:
        break;
    }
    return {};
}
} // namespace

LanePage::LanePage(Lane lane, QWidget* parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_source(new QLabel(this))
    , m_state(new QLabel(this))
{
    setObjectName(laneId(lane) + QStringLiteral("-page"));
    auto* layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(laneTitle(lane));
    m_description->setWordWrap(true);
    m_description->setText(describe(lane));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_state->setWordWrap(true);
    m_state->setText(tr("Nothing loaded for this lane yet."));
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_source);
    layout->addSpacing(12);
    layout->addWidget(m_state);
    layout->addStretch();
}

void LanePage::setProfile(const Profile& profile)
{
    m_source->setText(tr("Source: %1").arg(sourceOf(m_lane, profile)));
}

} // namespace Lattice
