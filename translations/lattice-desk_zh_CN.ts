<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Lattice::AboutDialog</name>
    <message>
      <source>About Lattice Release Desk</source>
      <translation>关于 Lattice 发布台</translation>
    </message>
    <message>
      <source>&lt;h3&gt;Lattice Release Desk %1&lt;/h3&gt;&lt;p&gt;Every LatticeNet release lane in one place.&lt;/p&gt;&lt;p&gt;Build: %2&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;</source>
      <translation>&lt;h3&gt;Lattice 发布台 %1&lt;/h3&gt;&lt;p&gt;LatticeNet 的所有发布通道，集中在一处。&lt;/p&gt;&lt;p&gt;构建：%2&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;</translation>
    </message>
    <message>
      <source>not from git</source>
      <translation>非 git 构建</translation>
    </message>
  </context>
  <context>
    <name>Lattice::BaseUrlPolicy</name>
    <message>
      <source>not a valid absolute URL</source>
      <translation>不是有效的绝对 URL</translation>
    </message>
    <message>
      <source>credentials in the URL are not allowed; use the keychain</source>
      <translation>URL 中不允许包含凭据；请使用钥匙串</translation>
    </message>
    <message>
      <source>only https:// URLs are supported</source>
      <translation>仅支持 https:// URL</translation>
    </message>
    <message>
      <source>plain http:// is only allowed for loopback addresses</source>
      <translation>明文 http:// 仅允许用于回环地址</translation>
    </message>
    <message>
      <source>plain http:// to a loopback address needs --insecure-loopback (or the profile's "allow insecure loopback" setting)</source>
      <translation>对回环地址使用明文 http:// 需要 --insecure-loopback（或配置中的“允许不安全回环”设置）</translation>
    </message>
  </context>
  <context>
    <name>Lattice::EndpointProbe</name>
    <message>
      <source>Container registry</source>
      <translation>容器镜像仓库</translation>
    </message>
    <message>
      <source>GitHub API</source>
      <translation>GitHub API</translation>
    </message>
    <message>
      <source>Plugin index</source>
      <translation>插件索引</translation>
    </message>
    <message>
      <source>Docs site</source>
      <translation>文档站点</translation>
    </message>
    <message>
      <source>no answer within %1 s</source>
      <translation>%1 秒内无响应</translation>
    </message>
  </context>
  <context>
    <name>Lattice::EndpointStatusModel</name>
    <message>
      <source>Not checked</source>
      <translation>未检查</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>正在检查…</translation>
    </message>
    <message>
      <source>Reachable (%1)</source>
      <translation>可访问（%1）</translation>
    </message>
    <message>
      <source>Could not reach: %1</source>
      <translation>无法访问：%1</translation>
    </message>
    <message>
      <source>Endpoint</source>
      <translation>端点</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>URL</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
  </context>
  <context>
    <name>Lattice::Lane</name>
    <message>
      <source>Overview</source>
      <translation>概览</translation>
    </message>
    <message>
      <source>Server image</source>
      <translation>服务器镜像</translation>
    </message>
    <message>
      <source>Node agent</source>
      <translation>节点代理</translation>
    </message>
    <message>
      <source>SDK</source>
      <translation>SDK</translation>
    </message>
    <message>
      <source>Docs</source>
      <translation>文档</translation>
    </message>
    <message>
      <source>Plugin index</source>
      <translation>插件索引</translation>
    </message>
    <message>
      <source>Policies</source>
      <translation>策略</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>校验</translation>
    </message>
  </context>
  <context>
    <name>Lattice::LanePage</name>
    <message>
      <source>Multi-arch server images: moving channels, version tags, per-platform child digests, and what the weekly cleanup would delete.</source>
      <translation>多架构服务器镜像：移动通道、版本标签、各平台子摘要，以及每周清理将删除的内容。</translation>
    </message>
    <message>
      <source>Node-agent GitHub releases: artifacts, SHA256SUMS, per-file checksums and what the server resolves as latest.</source>
      <translation>节点代理的 GitHub 发布：制品、SHA256SUMS、逐文件校验和，以及服务器将 latest 解析为哪个版本。</translation>
    </message>
    <message>
      <source>The lattice-sdk tags and the publication order that server and agent releases must follow.</source>
      <translation>lattice-sdk 标签，以及服务器和代理发布必须遵循的发布顺序。</translation>
    </message>
    <message>
      <source>The docs site: release-notes pages for every stable release.</source>
      <translation>文档站点：每个稳定版发布的发布说明页面。</translation>
    </message>
    <message>
      <source>The signed plugin index: schema rules, publishers, channels and manifest signatures.</source>
      <translation>已签名的插件索引：模式规则、发布者、通道和清单签名。</translation>
    </message>
    <message>
      <source>Agent update policies on your Lattice servers: push, plan and approve.</source>
      <translation>Lattice 服务器上的代理更新策略：推送、计划与审批。</translation>
    </message>
    <message>
      <source>Offline verification of downloaded artifacts against SHA256SUMS.</source>
      <translation>依据 SHA256SUMS 离线校验已下载的制品。</translation>
    </message>
    <message>
      <source>No Lattice server in this profile yet. Add one in the profile settings to manage update policies.</source>
      <translation>此配置中还没有 Lattice 服务器。请在配置设置中添加一个，以管理更新策略。</translation>
    </message>
    <message numerus="yes">
      <source>%n server(s)</source>
      <translation>
        <numerusform>%n 台服务器</numerusform>
      </translation>
    </message>
    <message>
      <source>Local files only; nothing is sent over the network.</source>
      <translation>仅限本地文件；不会通过网络发送任何内容。</translation>
    </message>
    <message>
      <source>Nothing loaded for this lane yet.</source>
      <translation>此通道尚未加载任何内容。</translation>
    </message>
    <message>
      <source>Source: %1</source>
      <translation>来源：%1</translation>
    </message>
  </context>
  <context>
    <name>Lattice::MainWindow</name>
    <message>
      <source>Lattice Release Desk</source>
      <translation>Lattice 发布台</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>通道</translation>
    </message>
    <message numerus="yes">
      <source>%n endpoint(s) unreachable</source>
      <translation>
        <numerusform>%n 个端点无法访问</numerusform>
      </translation>
    </message>
    <message>
      <source>Checked %1</source>
      <translation>检查于 %1</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Cancel refresh</source>
      <translation>取消刷新(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About Lattice Release Desk</source>
      <translation>关于 Lattice 发布台(&amp;A)</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <source>&amp;Profile:</source>
      <translation>配置(&amp;P)：</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>配置</translation>
    </message>
    <message>
      <source>%1 — Lattice Release Desk</source>
      <translation>%1 — Lattice 发布台</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>离线</translation>
    </message>
    <message>
      <source>Refresh cancelled</source>
      <translation>刷新已取消</translation>
    </message>
    <message>
      <source>The local store could not be opened (%1); snapshots will not be kept.</source>
      <translation>无法打开本地存储（%1）；将不会保存快照。</translation>
    </message>
  </context>
  <context>
    <name>Lattice::OverviewPage</name>
    <message>
      <source>Endpoints of the current profile</source>
      <translation>当前配置的端点</translation>
    </message>
    <message>
      <source>Overview — %1</source>
      <translation>概览 — %1</translation>
    </message>
    <message>
      <source>Offline mode: no endpoint is contacted. Lanes show their stored snapshots only.</source>
      <translation>离线模式：不联系任何端点。各通道仅显示已存储的快照。</translation>
    </message>
    <message>
      <source>Checking %1 endpoints…</source>
      <translation>正在检查 %1 个端点…</translation>
    </message>
    <message>
      <source>All %1 endpoints answered.</source>
      <translation>全部 %1 个端点均已响应。</translation>
    </message>
    <message>
      <source>Could not reach %1 of %2 endpoints: %3. Lanes that read from them show their last stored snapshot; press F5 to try again.</source>
      <translation>%2 个端点中有 %1 个无法访问：%3。依赖它们的通道显示上次存储的快照；按 F5 重试。</translation>
    </message>
  </context>
  <context>
    <name>Lattice::Profile</name>
    <message>
      <source>The profile needs a name.</source>
      <translation>配置需要一个名称。</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>Registry URL</source>
      <translation>镜像仓库 URL</translation>
    </message>
    <message>
      <source>GitHub API URL</source>
      <translation>GitHub API URL</translation>
    </message>
    <message>
      <source>Docs site URL</source>
      <translation>文档站点 URL</translation>
    </message>
    <message>
      <source>Plugin index URL</source>
      <translation>插件索引 URL</translation>
    </message>
    <message>
      <source>Image repository "%1" is not a valid lower-case registry path.</source>
      <translation>镜像仓库“%1”不是有效的小写仓库路径。</translation>
    </message>
    <message>
      <source>Server repository</source>
      <translation>服务器仓库</translation>
    </message>
    <message>
      <source>Agent repository</source>
      <translation>代理仓库</translation>
    </message>
    <message>
      <source>SDK repository</source>
      <translation>SDK 仓库</translation>
    </message>
    <message>
      <source>Docs repository</source>
      <translation>文档仓库</translation>
    </message>
    <message>
      <source>%1 "%2" is not in owner/name form.</source>
      <translation>%1“%2”不是 owner/name 格式。</translation>
    </message>
    <message>
      <source>Lattice server %1</source>
      <translation>Lattice 服务器 %1</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Profile to open.</source>
      <translation>要打开的配置。</translation>
    </message>
    <message>
      <source>Page to open.</source>
      <translation>要打开的页面。</translation>
    </message>
    <message>
      <source>Do not contact endpoints.</source>
      <translation>不联系任何端点。</translation>
    </message>
  </context>
</TS>