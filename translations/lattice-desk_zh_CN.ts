<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>unknown archive error</source>
        <translation>未知的归档错误</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>expands beyond %1 (the archive is %2); reading stopped</source>
        <translation>解压后超过 %1（归档大小为 %2）；已停止读取</translation>
    </message>
    <message>
        <source>the archive has more than %1 entries</source>
        <translation>归档中的条目超过 %1 个</translation>
    </message>
    <message>
        <source>the entry holds more data than its header declares (%1 bytes)</source>
        <translation>条目包含的数据多于其头部声明的大小（%1 字节）</translation>
    </message>
</context>
<context>
    <name>ChecksumList</name>
    <message>
        <source>line is longer than %1 bytes</source>
        <translation>行长度超过 %1 字节</translation>
    </message>
    <message>
        <source>line contains a NUL byte</source>
        <translation>行中包含 NUL 字节</translation>
    </message>
    <message>
        <source>tag is not followed by &apos;(name)&apos;</source>
        <translation>算法标记后面没有 &apos;(name)&apos;</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; after the name</source>
        <translation>文件名后缺少 &apos;)&apos;</translation>
    </message>
    <message>
        <source>missing &apos;=&apos; after the name</source>
        <translation>文件名后缺少 &apos;=&apos;</translation>
    </message>
    <message>
        <source>the digest is not 64 hexadecimal digits</source>
        <translation>摘要不是 64 位十六进制数字</translation>
    </message>
    <message>
        <source>too short for a SHA-256 line</source>
        <translation>太短，不是有效的 SHA-256 行</translation>
    </message>
    <message>
        <source>the digest is not 64 hexadecimal digits followed by a space</source>
        <translation>摘要不是后跟一个空格的 64 位十六进制数字</translation>
    </message>
    <message>
        <source>one-space line in a file of two-space lines</source>
        <translation>在以两个空格分隔的文件中出现了以一个空格分隔的行</translation>
    </message>
    <message>
        <source>the name has an invalid backslash escape</source>
        <translation>文件名包含无效的反斜杠转义</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>文件名为空</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation>文件名不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>refused: absolute path</source>
        <translation>已拒绝：绝对路径</translation>
    </message>
    <message>
        <source>refused: &apos;..&apos; climbs out of the base directory</source>
        <translation>已拒绝：&apos;..&apos; 超出了基础目录</translation>
    </message>
</context>
<context>
    <name>ChecksumVerification</name>
    <message>
        <source>not checked: the run was cancelled</source>
        <translation>未检查：运行已取消</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>%1: no such directory</source>
        <translation>%1：目录不存在</translation>
    </message>
    <message>
        <source>broken symbolic link</source>
        <translation>符号链接已损坏</translation>
    </message>
    <message>
        <source>refused: resolves outside the base directory through a symbolic link</source>
        <translation>已拒绝：通过符号链接解析到基础目录之外</translation>
    </message>
    <message>
        <source>not among the chosen files</source>
        <translation>不在所选文件之中</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message numerus="yes">
        <source>the archive holds this name %n times</source>
        <translation>
            <numerusform>归档中此名称出现了 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>archive unreadable: %1</source>
        <translation>归档无法读取：%1</translation>
    </message>
    <message>
        <source>symbolic link to %1; links in archives are not followed</source>
        <translation>指向 %1 的符号链接；不跟随归档中的链接</translation>
    </message>
    <message>
        <source>hard link to %1; links in archives are not followed</source>
        <translation>指向 %1 的硬链接；不跟随归档中的链接</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>declares %1, more than the %2 an entry may expand to</source>
        <translation>声明大小为 %1，超过了单个条目允许解压到的 %2</translation>
    </message>
    <message>
        <source>not reached: the archive could not be read further (%1)</source>
        <translation>未读到：归档无法继续读取（%1）</translation>
    </message>
    <message>
        <source>not in the archive</source>
        <translation>不在归档中</translation>
    </message>
    <message>
        <source>%1 (the name is not valid UTF-8)</source>
        <translation>%1（名称不是有效的 UTF-8）</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>第 %1 个条目</translation>
    </message>
</context>
<context>
    <name>Lattice</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 必须是字符串</translation>
    </message>
    <message>
        <source>%1 must be an array of strings</source>
        <translation>%1 必须是字符串数组</translation>
    </message>
</context>
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
    <name>Lattice::ActionGate</name>
    <message>
        <source>The token lacks the scope(s) %1 this needs; create a token that has them on the server (Settings → Access Tokens) and set it here.</source>
        <translation>令牌缺少此操作所需的权限范围 %1；请在服务器上（设置 → 访问令牌）创建具有这些范围的令牌，并在此处设置。</translation>
    </message>
</context>
<context>
    <name>Lattice::AgentLanePage</name>
    <message>
        <source>&lt;h2&gt;Node agent&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;节点代理&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh releases</source>
        <translation>刷新发布(&amp;R)</translation>
    </message>
    <message>
        <source>Release / asset</source>
        <translation>发布 / 资产</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>SHA256SUMS</source>
        <translation>SHA256SUMS</translation>
    </message>
    <message>
        <source>.sha256 file</source>
        <translation>.sha256 文件</translation>
    </message>
    <message>
        <source>GitHub digest</source>
        <translation>GitHub 摘要</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <source>Reading releases and checksum files…</source>
        <translation>正在读取发布和校验和文件…</translation>
    </message>
    <message>
        <source>Releases of %1 from %2</source>
        <translation>来自 %2 的 %1 发布</translation>
    </message>
    <message>
        <source>Offline mode: GitHub is not contacted.</source>
        <translation>离线模式：不联系 GitHub。</translation>
    </message>
    <message>
        <source>Could not read the releases: %1</source>
        <translation>无法读取发布：%1</translation>
    </message>
    <message>
        <source>The server will resolve latest to %1</source>
        <translation>服务器会将 latest 解析为 %1</translation>
    </message>
    <message>
        <source>The server will find no stable release for latest</source>
        <translation>服务器找不到可作为 latest 的稳定版发布</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>prerelease</source>
        <translation>预发布</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n problem(s)</source>
        <translation>
            <numerusform>%1 — %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>INCONSISTENT</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s), %1 published with problems; read %2</source>
        <translation>
            <numerusform>%n 个发布，其中 %1 个已发布的存在问题；读取于 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n GitHub API request(s) left)</source>
        <translation>
            <numerusform>（剩余 %n 次 GitHub API 请求）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ran in the sandbox.</source>
        <translation>%1 已在沙箱中运行。</translation>
    </message>
    <message>
        <source>%1 was not run: %2</source>
        <translation>%1 未运行：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>-version %1</source>
        <translation>-version %1</translation>
    </message>
    <message>
        <source>Build info</source>
        <translation>构建信息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check &amp;identity</source>
        <translation>检查身份(&amp;I)</translation>
    </message>
    <message>
        <source>Could not create the artifact directory %1</source>
        <translation>无法创建制品目录 %1</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was kept.</source>
        <translation>下载已取消；未保留任何文件。</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>Downloading %1 of %2…</source>
        <translation>正在下载 %2 的 %1…</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Identity check of %1 failed: %2</source>
        <translation>%1 的身份检查失败：%2</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>身份：%1</translation>
    </message>
    <message>
        <source>Kept %1: its SHA-256 matches SHA256SUMS.</source>
        <translation>已保留 %1：其 SHA-256 与 SHA256SUMS 一致。</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>未保留：%1</translation>
    </message>
    <message>
        <source>Running %1 -version and -compat-json in the sandbox…</source>
        <translation>正在沙箱中运行 %1 的 -version 和 -compat-json…</translation>
    </message>
    <message>
        <source>cannot run here</source>
        <translation>无法在本机运行</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>模块 %1</translation>
    </message>
    <message>
        <source>not a Go binary</source>
        <translation>不是 Go 二进制文件</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>reading build info…</source>
        <translation>正在读取构建信息…</translation>
    </message>
    <message>
        <source>sandbox unavailable</source>
        <translation>沙箱不可用</translation>
    </message>
    <message>
        <source>Download the selected agent binary; it is kept only when its SHA-256 matches the release&apos;s SHA256SUMS</source>
        <translation>下载所选的代理二进制文件；仅当其 SHA-256 与该发布的 SHA256SUMS 一致时才保留</translation>
    </message>
    <message>
        <source>Run the downloaded binary&apos;s -version and -compat-json in a sandbox (bubblewrap: no network, read-only system, empty environment, 5 seconds)</source>
        <translation>在沙箱中运行已下载二进制文件的 -version 和 -compat-json（bubblewrap：无网络、只读系统、空环境、5 秒）</translation>
    </message>
    <message>
        <source>Create &amp;policy from this asset</source>
        <translation>从此资源创建策略(&amp;P)</translation>
    </message>
    <message>
        <source>Pin this &amp;version</source>
        <translation>固定此版本(&amp;V)</translation>
    </message>
    <message>
        <source>Select an agent binary of a release</source>
        <translation>请选择某个发布的代理二进制文件</translation>
    </message>
    <message>
        <source>The server updates only Linux nodes: select a lattice-agent-linux-* binary</source>
        <translation>服务器只更新 Linux 节点：请选择 lattice-agent-linux-* 二进制文件</translation>
    </message>
    <message>
        <source>SHA256SUMS of %1 does not list this binary</source>
        <translation>%1 的 SHA256SUMS 未列出此二进制文件</translation>
    </message>
    <message>
        <source>Open the Policies page with this binary&apos;s URL, its SHA-256 from SHA256SUMS and its version</source>
        <translation>打开策略页面，并填入此二进制文件的 URL、SHA256SUMS 中的 SHA-256 及其版本</translation>
    </message>
    <message>
        <source>Open the Policies page with this official release pinned</source>
        <translation>打开策略页面并固定此官方发布</translation>
    </message>
    <message>
        <source>Select a published release</source>
        <translation>请选择一个已发布的版本</translation>
    </message>
</context>
<context>
    <name>Lattice::ApprovalsView</name>
    <message>
        <source>Agent update approvals</source>
        <translation>代理更新审批</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Appro&amp;vals:</source>
        <translation>审批(&amp;V)：</translation>
    </message>
    <message>
        <source>Show &amp;dismissed</source>
        <translation>显示已忽略(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>List the approvals again; listing also marks stale ones rejected</source>
        <translation>重新列出审批；列出时服务器也会将过期的审批标记为已拒绝</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>忽略(&amp;M)</translation>
    </message>
    <message>
        <source>Create &amp;fresh plan</source>
        <translation>创建新计划(&amp;F)</translation>
    </message>
    <message>
        <source>Plan SHA-256</source>
        <translation>计划 SHA-256</translation>
    </message>
    <message>
        <source>Plan of the selected approval</source>
        <translation>所选审批的计划</translation>
    </message>
    <message>
        <source>Plan SHA-256 (computed here):</source>
        <translation>计划 SHA-256（本地计算）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Connect to a server with a token first</source>
        <translation>请先使用令牌连接服务器</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer</source>
        <translation>正在等待服务器应答</translation>
    </message>
    <message>
        <source>Approve with the SHA-256 of the plan shown and queue the install (queue_apply: true)</source>
        <translation>使用所示计划的 SHA-256 批准并排队安装（queue_apply: true）</translation>
    </message>
    <message>
        <source>Only a pending approval can be approved</source>
        <translation>只能批准待处理的审批</translation>
    </message>
    <message>
        <source>Reject this plan; nothing is installed</source>
        <translation>拒绝此计划；不会安装任何内容</translation>
    </message>
    <message>
        <source>Only a pending approval can be rejected</source>
        <translation>只能拒绝待处理的审批</translation>
    </message>
    <message>
        <source>Hide this stale approval (the server keeps it as dismissed)</source>
        <translation>隐藏此过期审批（服务器将其保留为已忽略）</translation>
    </message>
    <message>
        <source>Only stale approvals can be dismissed; reject or approve the others</source>
        <translation>只能忽略过期的审批；其他审批请拒绝或批准</translation>
    </message>
    <message>
        <source>Plan the node again from its current policy</source>
        <translation>根据节点当前策略重新制定计划</translation>
    </message>
    <message>
        <source>Offered when a plan went stale</source>
        <translation>计划过期时提供</translation>
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
        <source>plain http:// to a loopback address needs --insecure-loopback (or the profile&apos;s &quot;allow insecure loopback&quot; setting)</source>
        <translation>对回环地址使用明文 http:// 需要 --insecure-loopback（或配置中的“允许不安全回环”设置）</translation>
    </message>
</context>
<context>
    <name>Lattice::ChannelBoardModel</name>
    <message>
        <source>not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>matches no version tag</source>
        <translation>不匹配任何版本标签</translation>
    </message>
    <message>
        <source>%1
Build tags on the same digest: %2</source>
        <translation>%1
指向同一摘要的构建标签：%2</translation>
    </message>
    <message>
        <source>broken: manifest unknown</source>
        <translation>已损坏：清单未知</translation>
    </message>
    <message>
        <source>child present</source>
        <translation>子清单存在</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>The %1 child %2 is gone from the registry: pulls on this platform fail with &quot;manifest unknown&quot;.</source>
        <translation>%1 子清单 %2 已从镜像仓库中消失：在此平台上拉取会失败，报错“manifest unknown”。</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>修订 %1</translation>
    </message>
    <message>
        <source>Channel / platform</source>
        <translation>通道 / 平台</translation>
    </message>
    <message>
        <source>Same image as</source>
        <translation>同一镜像</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Platforms / version</source>
        <translation>平台 / 版本</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>Lattice::ChannelBoardPanel</name>
    <message>
        <source>Moving channels</source>
        <translation>移动通道</translation>
    </message>
    <message>
        <source>Every channel matches a version tag and has the same platforms.</source>
        <translation>每个通道都匹配一个版本标签，且平台相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) on the moving channels; details under each channel.</source>
        <translation>
            <numerusform>移动通道上有 %n 条警告；详情见各通道下方。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::Checker</name>
    <message>
        <source>schema must be &quot;%1&quot;, not %2</source>
        <translation>schema 必须是“%1”，而不是 %2</translation>
    </message>
    <message>
        <source>generated_at must be a UTC timestamp ending in Z, not %1</source>
        <translation>generated_at 必须是以 Z 结尾的 UTC 时间戳，而不是 %1</translation>
    </message>
    <message>
        <source>status must be draft, official or example, not %1</source>
        <translation>status 必须是 draft、official 或 example，而不是 %1</translation>
    </message>
    <message>
        <source>%1 must be an array, not %2</source>
        <translation>%1 必须是数组，而不是 %2</translation>
    </message>
    <message>
        <source>an official index needs at least one signature; without one it is a draft</source>
        <translation>正式（official）索引至少需要一个签名；没有签名的索引只是草稿（draft）</translation>
    </message>
    <message>
        <source>publisher id %1 does not match the id pattern</source>
        <translation>发布者 id %1 不符合 id 模式</translation>
    </message>
    <message>
        <source>publisher %1 needs a non-blank name</source>
        <translation>发布者 %1 需要一个非空的名称</translation>
    </message>
    <message>
        <source>publisher %1 public_key_ed25519 must be canonical padded base64 of a 32-byte Ed25519 key, not %2</source>
        <translation>发布者 %1 的 public_key_ed25519 必须是 32 字节 Ed25519 密钥的规范带填充 base64 编码，而不是 %2</translation>
    </message>
    <message>
        <source>%1 capabilities must be a non-empty array, not %2</source>
        <translation>%1 的 capabilities 必须是非空数组，而不是 %2</translation>
    </message>
    <message>
        <source>%1 capability %2 is not on the allowlist</source>
        <translation>%1 的能力 %2 不在允许列表中</translation>
    </message>
    <message>
        <source>%1 lists capability %2 twice</source>
        <translation>%1 两次列出了能力 %2</translation>
    </message>
    <message>
        <source>plugin %1</source>
        <translation>插件 %1</translation>
    </message>
    <message>
        <source>plugin id %1 does not match the id pattern</source>
        <translation>插件 id %1 不符合 id 模式</translation>
    </message>
    <message>
        <source>plugin id %1 is used by an earlier plugin</source>
        <translation>插件 id %1 已被前面的插件使用</translation>
    </message>
    <message>
        <source>%1 needs a non-blank name</source>
        <translation>%1 需要一个非空的名称</translation>
    </message>
    <message>
        <source>%1 names publisher %2, which is not listed</source>
        <translation>%1 指定的发布者 %2 未在列表中</translation>
    </message>
    <message>
        <source>%1 type must be system, worker or wasm, not %2</source>
        <translation>%1 的 type 必须是 system、worker 或 wasm，而不是 %2</translation>
    </message>
    <message>
        <source>%1 channels must be an object, not %2</source>
        <translation>%1 的 channels 必须是对象，而不是 %2</translation>
    </message>
    <message>
        <source>%1 latest %2 is a legacy alias and must be a valid version equal to channels.stable (%3)</source>
        <translation>%1 的 latest %2 是旧版别名，必须是等于 channels.stable（%3）的有效版本</translation>
    </message>
    <message>
        <source>%1 releases must be a non-empty array, not %2</source>
        <translation>%1 的 releases 必须是非空数组，而不是 %2</translation>
    </message>
    <message>
        <source>%1 needs at least one channel</source>
        <translation>%1 至少需要一个通道</translation>
    </message>
    <message>
        <source>%1 channel &quot;%2&quot; is neither stable nor alpha</source>
        <translation>%1 的通道“%2”既不是 stable 也不是 alpha</translation>
    </message>
    <message>
        <source>%1 channel %2 selects %3, which is not a valid version</source>
        <translation>%1 的通道 %2 选择了 %3，这不是有效的版本</translation>
    </message>
    <message>
        <source>%1 stable channel selects the alpha version %2</source>
        <translation>%1 的 stable 通道选择了 alpha 版本 %2</translation>
    </message>
    <message>
        <source>%1 alpha channel selects %2, which is not an alpha version</source>
        <translation>%1 的 alpha 通道选择了 %2，这不是 alpha 版本</translation>
    </message>
    <message>
        <source>%1 release %2</source>
        <translation>%1 的发布 %2</translation>
    </message>
    <message>
        <source>%1: the version does not match the version pattern</source>
        <translation>%1：版本号不符合版本模式</translation>
    </message>
    <message>
        <source>%1 appears more than once</source>
        <translation>%1 出现了不止一次</translation>
    </message>
    <message>
        <source>%1 channel must be stable or alpha, not %2</source>
        <translation>%1 的 channel 必须是 stable 或 alpha，而不是 %2</translation>
    </message>
    <message>
        <source>%1 is an alpha version on the stable channel</source>
        <translation>%1 是位于 stable 通道上的 alpha 版本</translation>
    </message>
    <message>
        <source>%1 is on the alpha channel but is not an alpha version</source>
        <translation>%1 位于 alpha 通道，但不是 alpha 版本</translation>
    </message>
    <message>
        <source>%1 must list its capabilities because the plugin has more than one channel</source>
        <translation>%1 必须列出其能力，因为该插件有多个通道</translation>
    </message>
    <message>
        <source>%1 %2 must be an https URL with a host and no user info, query or fragment, not %3</source>
        <translation>%1 的 %2 必须是带主机名、且不含用户信息、查询或片段的 https URL，而不是 %3</translation>
    </message>
    <message>
        <source>%1 artifact_sha256 must be 64 lower-case hex digits, not %2</source>
        <translation>%1 的 artifact_sha256 必须是 64 位小写十六进制数字，而不是 %2</translation>
    </message>
    <message>
        <source>%1 signature_ed25519 must be canonical padded base64 of a 64-byte Ed25519 signature</source>
        <translation>%1 的 signature_ed25519 必须是 64 字节 Ed25519 签名的规范带填充 base64 编码</translation>
    </message>
    <message>
        <source>%1 channel %2 selects %3, but no release has that version</source>
        <translation>%1 的通道 %2 选择了 %3，但没有该版本的发布</translation>
    </message>
    <message>
        <source>%1 channel %2 selects %3, which is published as a %4 release (releases[%5])</source>
        <translation>%1 的通道 %2 选择了 %3，但该版本发布在 %4 通道上（releases[%5]）</translation>
    </message>
    <message>
        <source>index signature names publisher %1, which is not listed</source>
        <translation>索引签名指定的发布者 %1 未在列表中</translation>
    </message>
    <message>
        <source>index signature by %1 must be canonical padded base64 of a 64-byte Ed25519 signature</source>
        <translation>%1 的索引签名必须是 64 字节 Ed25519 签名的规范带填充 base64 编码</translation>
    </message>
</context>
<context>
    <name>Lattice::ChecksumGenerator</name>
    <message>
        <source>%1 holds no files.</source>
        <translation>%1 中没有文件。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 with %n file(s).</source>
        <translation>
            <numerusform>已写入 %1，包含 %n 个文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::ChecksumVerifier</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no properly formatted SHA-256 line.</source>
        <translation>%1 中没有格式正确的 SHA-256 行。</translation>
    </message>
</context>
<context>
    <name>Lattice::ChildHealthModel</name>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Broken: manifest unknown (404)</source>
        <translation>已损坏：清单未知（404）</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>Index unreadable</source>
        <translation>索引无法读取</translation>
    </message>
    <message>
        <source>Pulls of %1 on %2 fail: the child manifest is gone from the registry.</source>
        <translation>在 %2 上拉取 %1 会失败：子清单已从镜像仓库中消失。</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Child digest</source>
        <translation>子摘要</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>检查时间</translation>
    </message>
</context>
<context>
    <name>Lattice::ChildHealthPanel</name>
    <message>
        <source>Check &amp;all tags</source>
        <translation>检查所有标签(&amp;A)</translation>
    </message>
    <message>
        <source>Check selected ta&amp;gs</source>
        <translation>检查所选标签(&amp;G)</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>导出 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>HEAD every platform child of every tag on the registry, bypassing the local cache. A 404 means pulls on that platform fail.</source>
        <translation>绕过本地缓存，向镜像仓库对每个标签的每个平台子清单发送 HEAD 请求。404 表示在该平台上拉取会失败。</translation>
    </message>
    <message>
        <source>Child manifests of each tag</source>
        <translation>各标签的子清单</translation>
    </message>
    <message>
        <source>Nothing checked yet. A plain refresh may answer children from the local cache, which cannot see a deleted child: press Check all tags to ask the registry.</source>
        <translation>尚未检查任何内容。普通刷新可能从本地缓存返回子清单，而缓存看不到已删除的子清单：请按“检查所有标签”向镜像仓库查询。</translation>
    </message>
    <message numerus="yes">
        <source>Checking the children of %n tag(s)…</source>
        <translation>
            <numerusform>正在检查 %n 个标签的子清单…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the children of every tag…</source>
        <translation>正在检查所有标签的子清单…</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) broken: %1. Pulls of these tags fail on the platforms marked below; re-push the tag or move users to a healthy one.</source>
        <translation>
            <numerusform>%n 个标签已损坏：%1。在下方标记的平台上拉取这些标签会失败；请重新推送该标签，或让用户改用健康的标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) could not be read at all.</source>
        <translation>
            <numerusform>%n 个标签完全无法读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) gave no clear answer; check again later.</source>
        <translation>
            <numerusform>%n 个子清单没有给出明确的响应；请稍后再检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every child of the %n checked tag(s) is present.</source>
        <translation>
            <numerusform>已检查的 %n 个标签的所有子清单均存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export child health as CSV</source>
        <translation>将子清单健康状况导出为 CSV</translation>
    </message>
    <message>
        <source>Export child health as JSON</source>
        <translation>将子清单健康状况导出为 JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder and export again.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹后重新导出。</translation>
    </message>
</context>
<context>
    <name>Lattice::CleanupPreviewPanel</name>
    <message>
        <source>&amp;Preview cleanup</source>
        <translation>预览清理(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keep untagged versions:</source>
        <translation>保留无标签版本(&amp;K)：</translation>
    </message>
    <message>
        <source>Untagged versions to keep</source>
        <translation>要保留的无标签版本数</translation>
    </message>
    <message>
        <source>Scheduled runs keep the newest 10 stale untagged versions.</source>
        <translation>计划运行会保留最新的 10 个过期无标签版本。</translation>
    </message>
    <message>
        <source>Reproduce the next scheduled cleanup run. Nothing is deleted.</source>
        <translation>重现下一次计划的清理运行。不会删除任何内容。</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>危险</translation>
    </message>
    <message>
        <source>Versions the next run would delete</source>
        <translation>下一次运行将删除的版本</translation>
    </message>
    <message>
        <source>Stale versions the keep-buffer keeps</source>
        <translation>保留缓冲区保留的过期版本</translation>
    </message>
    <message>
        <source>Protected child digests</source>
        <translation>受保护的子摘要</translation>
    </message>
    <message>
        <source>This preview never deletes anything. It reproduces the weekly cleanup of the %1 package step for step, so you can see what its next scheduled run (keep 10, not a dry run) would delete. Listing package versions needs a GitHub token with read:packages for %2, read from the keychain only for this preview.</source>
        <translation>此预览从不删除任何内容。它逐步重现 %1 软件包的每周清理，以便查看其下一次计划运行（保留 10 个，并非演练）将删除哪些内容。列出软件包版本需要一个对 %2 具有 read:packages 权限的 GitHub 令牌，该令牌仅为此预览从钥匙串中读取。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Would delete (%n):</source>
        <translation>
            <numerusform>将删除（%n）(&amp;W)：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept &amp;by the keep-buffer (%n):</source>
        <translation>
            <numerusform>由保留缓冲区保留（%n）(&amp;B)：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pr&amp;otected child digests (%n):</source>
        <translation>
            <numerusform>受保护的子摘要（%n）(&amp;O)：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) inspected, %1 protected digest(s), %2 stale version(s) kept, %3 would be deleted.</source>
        <translation>
            <numerusform>已检查 %n 个标签，%1 个受保护的摘要，保留 %2 个过期版本，将删除 %3 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Danger: %n tag(s) could not be inspected: %1. A tag whose index cannot be read protects nothing, so the run may delete its children and break its pulls. Make the package readable anonymously (or fix what failed) before the next run.</source>
        <translation>
            <numerusform>危险：%n 个标签无法检查：%1。索引无法读取的标签不会保护任何内容，因此清理运行可能会删除其子清单并导致拉取失败。请在下一次运行前使该软件包可匿名读取（或修复失败的原因）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The next run would delete nothing: the stale untagged versions fit in the keep-buffer.</source>
        <translation>下一次运行不会删除任何内容：过期的无标签版本都在保留缓冲区之内。</translation>
    </message>
    <message numerus="yes">
        <source>The next run would delete %n untagged version(s); they are listed below. Nothing has been deleted.</source>
        <translation>
            <numerusform>下一次运行将删除 %n 个无标签版本；它们列在下方。尚未删除任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview yet. Choose how many untagged versions to keep and press Preview cleanup.</source>
        <translation>尚无预览。请选择要保留的无标签版本数，然后按“预览清理”。</translation>
    </message>
</context>
<context>
    <name>Lattice::CleanupRowModel</name>
    <message>
        <source>Version id</source>
        <translation>版本 id</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>created_at</source>
        <translation>created_at</translation>
    </message>
</context>
<context>
    <name>Lattice::CommandListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Lattice::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Type a page or an action…</source>
        <translation>输入页面或操作…</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>Lattice::ConnectionCheck</name>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Reachable (HTTP %1)</source>
        <translation>可访问（HTTP %1）</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Enter a valid URL first.</source>
        <translation>请先输入有效的 URL。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
</context>
<context>
    <name>Lattice::Docs</name>
    <message>
        <source>No release-notes page release-%1.md on the docs site.</source>
        <translation>文档站点上没有发布说明页面 release-%1.md。</translation>
    </message>
    <message>
        <source>Release notes: %1</source>
        <translation>发布说明：%1</translation>
    </message>
    <message>
        <source>Not named in any release-notes version matrix.</source>
        <translation>未出现在任何发布说明的版本矩阵中。</translation>
    </message>
    <message>
        <source>Named in the version matrix of %1</source>
        <translation>出现在 %1 的版本矩阵中</translation>
    </message>
    <message>
        <source>the server pins %1</source>
        <translation>服务器固定的是 %1</translation>
    </message>
    <message>
        <source>the agent pins %1</source>
        <translation>代理固定的是 %1</translation>
    </message>
    <message>
        <source>The docs&apos; SDK baseline is %1, but %2.</source>
        <translation>文档的 SDK 基线是 %1，但%2。</translation>
    </message>
</context>
<context>
    <name>Lattice::DocsLanePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Docs site&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;文档站点&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Read the docs repository again (F5)</source>
        <translation>重新读取文档仓库 (F5)</translation>
    </message>
    <message>
        <source>Release notes per stable release</source>
        <translation>每个稳定发布的发布说明</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>发布说明</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version matrix of each release page</source>
        <translation>每个发布页面的版本矩阵</translation>
    </message>
    <message>
        <source>Page / surface</source>
        <translation>页面 / 组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Reading the release pages of the docs site…</source>
        <translation>正在读取文档站点的发布页面…</translation>
    </message>
    <message>
        <source>Not read yet. Press Refresh, or open the page to read it.</source>
        <translation>尚未读取。点击“刷新”，或打开此页面以读取。</translation>
    </message>
    <message>
        <source>Repository &lt;b&gt;%1&lt;/b&gt;, site &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation>仓库 &lt;b&gt;%1&lt;/b&gt;，站点 &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Latest docs commit: unknown</source>
        <translation>最新文档提交：未知</translation>
    </message>
    <message>
        <source>Latest docs commit: %1 — %2 (%3)</source>
        <translation>最新文档提交：%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>代理 %1</translation>
    </message>
    <message>
        <source>as of %1 (stored)</source>
        <translation>截至 %1（已存储）</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Could not read the docs repository: %1</source>
        <translation>无法读取文档仓库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n stable server release(s) without release notes</source>
        <translation>
            <numerusform>%n 个稳定服务器发布缺少发布说明</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stable server release has its release notes — %1</source>
        <translation>每个稳定服务器发布都有发布说明 — %1</translation>
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
    <name>Lattice::FollowUpView</name>
    <message>
        <source>Follow-up</source>
        <translation>后续跟踪</translation>
    </message>
    <message>
        <source>Update stage</source>
        <translation>更新阶段</translation>
    </message>
    <message>
        <source>Audit events of the node</source>
        <translation>节点的审计事件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Approve an update to follow it here.</source>
        <translation>批准一个更新后可在此跟踪。</translation>
    </message>
    <message>
        <source>planned, not approved</source>
        <translation>已计划，未批准</translation>
    </message>
    <message>
        <source>approved, apply task queued</source>
        <translation>已批准，应用任务已排队</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>等待确认</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up of %1 on %2</source>
        <translation>跟踪 %2 上的 %1</translation>
    </message>
    <message>
        <source>○ approved  →  ○ awaiting confirmation  →  ○ applied</source>
        <translation>○ 已批准  →  ○ 等待确认  →  ○ 已应用</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>正在等待服务器…</translation>
    </message>
    <message>
        <source>%1 approved  →  %2 awaiting confirmation  →  %3 applied</source>
        <translation>%1 已批准  →  %2 等待确认  →  %3 已应用</translation>
    </message>
    <message>
        <source>Installed; waiting for %1 to report version %2 in a heartbeat. A node that never reports exactly this version (service kept the old binary, another path) stays here.</source>
        <translation>已安装；正在等待 %1 在心跳中报告版本 %2。如果节点始终未报告完全相同的版本（服务仍在使用旧二进制文件，或路径不同），将一直停留在此阶段。</translation>
    </message>
    <message>
        <source>%1 reports %2.</source>
        <translation>%1 报告版本 %2。</translation>
    </message>
    <message>
        <source>awaiting confirmation for %1</source>
        <translation>已等待确认 %1</translation>
    </message>
</context>
<context>
    <name>Lattice::ImageLanePage</name>
    <message>
        <source>Image reference</source>
        <translation>镜像引用</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>%v of %m tags</source>
        <translation>%v / %m 个标签</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop what the lane is doing; results so far are kept.</source>
        <translation>停止此通道正在进行的操作；保留已有的结果。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read every tag of the image again</source>
        <translation>重新读取该镜像的所有标签</translation>
    </message>
    <message>
        <source>Server image views</source>
        <translation>服务器镜像视图</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>通道(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>差异(&amp;D)</translation>
    </message>
    <message>
        <source>H&amp;ealth</source>
        <translation>健康状况(&amp;E)</translation>
    </message>
    <message>
        <source>Clean&amp;up preview</source>
        <translation>清理预览(&amp;U)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>历史(&amp;S)</translation>
    </message>
    <message>
        <source>Not loaded yet. The tags of %1 are read when this page is shown, or when you press Refresh.</source>
        <translation>尚未加载。显示此页面或按“刷新”时会读取 %1 的标签。</translation>
    </message>
    <message>
        <source>Offline mode: %1 is not contacted. Start the desk without --offline to read its tags.</source>
        <translation>离线模式：不联系 %1。请在启动发布台时不带 --offline，以读取其标签。</translation>
    </message>
    <message>
        <source>The check was stopped by a newer refresh. Press Check all tags to run it again.</source>
        <translation>检查已被更新的刷新中止。请按“检查所有标签”重新运行。</translation>
    </message>
    <message>
        <source>Reading the tags of %1…</source>
        <translation>正在读取 %1 的标签…</translation>
    </message>
    <message>
        <source>Refreshing %1; the tags below are as of %2.</source>
        <translation>正在刷新 %1；下方标签的数据截至 %2。</translation>
    </message>
    <message>
        <source>Cleanup preview cancelled. Press Preview cleanup to start again.</source>
        <translation>清理预览已取消。请按“预览清理”重新开始。</translation>
    </message>
    <message>
        <source>Check cancelled. Press Check all tags to start again.</source>
        <translation>检查已取消。请按“检查所有标签”重新开始。</translation>
    </message>
    <message>
        <source>The check could not run: %1. Check that the registry answers, then press Check all tags again.</source>
        <translation>检查无法运行：%1。请确认镜像仓库有响应，然后再次按“检查所有标签”。</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Tags read at %1</source>
        <translation>标签读取于 %1</translation>
    </message>
    <message>
        <source>%1 has no tags. Check the image repository in the profile, or push an image first.</source>
        <translation>%1 没有标签。请检查配置中的镜像仓库，或先推送一个镜像。</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) could not be read; the Tags tab says why for each (hover the tag). Press Refresh to try again.</source>
        <translation>
            <numerusform>%n 个标签无法读取；“标签”选项卡中列出了各自的原因（将鼠标悬停在标签上）。请按“刷新”重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh cancelled before any tag was read. Press Refresh to try again.</source>
        <translation>刷新在读取任何标签之前已取消。请按“刷新”重试。</translation>
    </message>
    <message>
        <source>Refresh cancelled; the tags below are as of %1.</source>
        <translation>刷新已取消；下方标签的数据截至 %1。</translation>
    </message>
    <message>
        <source>Could not read the tags of %1: %2. Check that the registry answers (the Overview lists every endpoint) and that the image repository in the profile is right, then press Refresh.</source>
        <translation>无法读取 %1 的标签：%2。请确认镜像仓库有响应（“概览”列出了所有端点），并且配置中的镜像仓库正确，然后按“刷新”。</translation>
    </message>
    <message>
        <source>The tags below are as of %1.</source>
        <translation>下方标签的数据截至 %1。</translation>
    </message>
    <message>
        <source>Waiting for the running refresh to finish…</source>
        <translation>正在等待当前刷新完成…</translation>
    </message>
    <message>
        <source>Reading the GitHub token for %1 from the keychain…</source>
        <translation>正在从钥匙串读取 %1 的 GitHub 令牌…</translation>
    </message>
    <message>
        <source>The keychain did not answer within 30 seconds, so no GitHub token could be read. Unlock the keychain and press Preview cleanup again.</source>
        <translation>钥匙串在 30 秒内没有响应，因此无法读取 GitHub 令牌。请解锁钥匙串，然后再次按“预览清理”。</translation>
    </message>
    <message>
        <source>no GitHub token is stored for %1</source>
        <translation>没有为 %1 存储 GitHub 令牌</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1)</source>
        <translation>无法读取钥匙串（%1）</translation>
    </message>
    <message>
        <source>Listing the versions of %1 and inspecting every tag anonymously…</source>
        <translation>正在列出 %1 的版本，并匿名检查每个标签…</translation>
    </message>
    <message>
        <source>The cleanup preview needs a GitHub token with read:packages: the Packages API has no anonymous access, and %1. Next step: create a token with the read:packages scope, store it in the keychain entry &quot;%2&quot; (service &quot;%3&quot;), then press Preview cleanup again. From a terminal, lattice-desk-cli image cleanup-plan %4 takes it from GITHUB_TOKEN.</source>
        <translation>清理预览需要具有 read:packages 权限的 GitHub 令牌：Packages API 不支持匿名访问，而%1。下一步：创建一个具有 read:packages 范围的令牌，将其存入钥匙串条目“%2”（服务“%3”），然后再次按“预览清理”。在终端中，lattice-desk-cli image cleanup-plan %4 会从 GITHUB_TOKEN 读取令牌。</translation>
    </message>
    <message>
        <source>the API refused the request (%1)</source>
        <translation>API 拒绝了请求（%1）</translation>
    </message>
    <message>
        <source>The cleanup preview failed: %1. Check that %2 and the registry answer, then press Preview cleanup again.</source>
        <translation>清理预览失败：%1。请确认 %2 和镜像仓库均有响应，然后再次按“预览清理”。</translation>
    </message>
</context>
<context>
    <name>Lattice::ImageLaneRefresh</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>could not list tags: %1</source>
        <translation>无法列出标签：%1</translation>
    </message>
</context>
<context>
    <name>Lattice::ImageTagModel</name>
    <message>
        <source>Moving channel</source>
        <translation>移动通道</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Pinned prerelease</source>
        <translation>固定的预发布版</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>%1 (broken)</source>
        <translation>%1（已损坏）</translation>
    </message>
    <message>
        <source>The index of %1 could not be read: %2</source>
        <translation>无法读取 %1 的索引：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n attestation manifest(s) not shown</source>
        <translation>
            <numerusform>未显示 %n 个证明清单</numerusform>
        </translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>修订 %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Index digest</source>
        <translation>索引摘要</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>媒体类型</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>Lattice::ImageTagsPanel</name>
    <message>
        <source>Co&amp;mpare selected</source>
        <translation>比较所选(&amp;M)</translation>
    </message>
    <message>
        <source>Check children of se&amp;lected</source>
        <translation>检查所选标签的子清单(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>筛选标签</translation>
    </message>
    <message>
        <source>Tag, version or digest</source>
        <translation>标签、版本或摘要</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind of tag</source>
        <translation>标签类型</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Open the two selected tags side by side on the Diff tab.</source>
        <translation>在“差异”选项卡中并排打开所选的两个标签。</translation>
    </message>
    <message>
        <source>Ask the registry for every child of the selected tags, bypassing the local cache.</source>
        <translation>绕过本地缓存，向镜像仓库查询所选标签的每个子清单。</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tag(s)</source>
        <translation>
            <numerusform>%1 / %n 个标签</numerusform>
        </translation>
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
    <name>Lattice::LaneCard</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the %1 lane</source>
        <translation>打开“%1”通道</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>Open the lane to read it.</source>
        <translation>打开该通道以读取。</translation>
    </message>
    <message>
        <source>as of %1 (stored)</source>
        <translation>截至 %1（已存储）</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Lattice::LaneHealth</name>
    <message>
        <source>Could not be read.</source>
        <translation>无法读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) cannot be read</source>
        <translation>
            <numerusform>%n 个标签无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no latest tag.</source>
        <translation>没有 latest 标签。</translation>
    </message>
    <message>
        <source>latest matches no version tag.</source>
        <translation>latest 与任何版本标签都不一致。</translation>
    </message>
    <message>
        <source>The server resolves no latest release.</source>
        <translation>服务器无法解析出 latest 发布。</translation>
    </message>
    <message>
        <source>The server resolves latest to %1.</source>
        <translation>服务器将 latest 解析为 %1。</translation>
    </message>
    <message>
        <source>No stable v* release among the first 20: agent updates to latest fail.</source>
        <translation>前 20 个发布中没有稳定的 v* 发布：更新到 latest 的代理更新会失败。</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) have problems</source>
        <translation>
            <numerusform>%n 个发布存在问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Index status: %1</source>
        <translation>索引状态：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n validator violation(s)</source>
        <translation>
            <numerusform>%n 项校验违规</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft index is discovery-only.</source>
        <translation>草稿索引仅供发现使用。</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) checked</source>
        <translation>
            <numerusform>已检查 %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prerelease(s) pin a pseudo-version</source>
        <translation>
            <numerusform>%n 个预发布版本固定了伪版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release page(s)</source>
        <translation>
            <numerusform>%n 个发布页面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release page(s), newest commit %1</source>
        <translation>
            <numerusform>%n 个发布页面，最新提交 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No release notes for %1</source>
        <translation>%1 没有发布说明</translation>
    </message>
    <message>
        <source>Publish the lattice-sdk tag first</source>
        <translation>先发布 lattice-sdk 标签</translation>
    </message>
    <message>
        <source>Server %1 pins %2, agent %3 pins %4.</source>
        <translation>服务器 %1 固定 %2，代理 %3 固定 %4。</translation>
    </message>
    <message>
        <source>Pin dashboard.ref, sdk.ref and go.mod in the server</source>
        <translation>在服务器中固定 dashboard.ref、sdk.ref 和 go.mod</translation>
    </message>
    <message>
        <source>sdk.ref and go.mod disagree at %1.</source>
        <translation>%1 处的 sdk.ref 与 go.mod 不一致。</translation>
    </message>
    <message>
        <source>sdk.ref agrees with go.mod at %1.</source>
        <translation>%1 处的 sdk.ref 与 go.mod 一致。</translation>
    </message>
    <message>
        <source>Publish the server image on GHCR</source>
        <translation>在 GHCR 上发布服务器镜像</translation>
    </message>
    <message>
        <source>latest = %1.</source>
        <translation>latest = %1。</translation>
    </message>
    <message>
        <source>latest is %1, not %2.</source>
        <translation>latest 是 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Publish the node agent after its compatibility floors</source>
        <translation>在兼容下限发布之后发布节点代理</translation>
    </message>
    <message>
        <source>The server resolves latest to %1; check its floors with Check identity.</source>
        <translation>服务器将 latest 解析为 %1；请用“检查身份”核对其兼容下限。</translation>
    </message>
    <message>
        <source>The server resolves latest to %1, not %2.</source>
        <translation>服务器将 latest 解析为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Update the docs and the plugin index</source>
        <translation>更新文档和插件索引</translation>
    </message>
    <message>
        <source>No release-notes page for %1 yet.</source>
        <translation>%1 还没有发布说明页面。</translation>
    </message>
    <message>
        <source>The plugin index has problems: %1</source>
        <translation>插件索引存在问题：%1</translation>
    </message>
    <message>
        <source>Release notes for %1 are published.</source>
        <translation>%1 的发布说明已发布。</translation>
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
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>命令面板(&amp;P)…</translation>
    </message>
    <message>
        <source>GitHub API requests left in this hour, as GitHub last said</source>
        <translation>本小时剩余的 GitHub API 请求数（以 GitHub 最近一次告知为准）</translation>
    </message>
    <message numerus="yes">
        <source>GitHub: %n request(s) left</source>
        <translation>
            <numerusform>GitHub：剩余 %n 次请求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::NodePickerView</name>
    <message>
        <source>&amp;Nodes</source>
        <translation>节点(&amp;N)</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Check the nodes the policy applies to; Space toggles the current node.</source>
        <translation>勾选策略要应用到的节点；空格键切换当前节点。</translation>
    </message>
    <message>
        <source>Select &amp;updatable</source>
        <translation>选择可更新的(&amp;U)</translation>
    </message>
    <message>
        <source>Check every node the server could update in this mode</source>
        <translation>勾选服务器在此模式下可更新的所有节点</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Uncheck every node</source>
        <translation>取消勾选所有节点</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) selected</source>
        <translation>
            <numerusform>已选择 %1 / %n 个节点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::Oci</name>
    <message>
        <source>OCI index</source>
        <translation>OCI 索引</translation>
    </message>
    <message>
        <source>OCI manifest</source>
        <translation>OCI 清单</translation>
    </message>
    <message>
        <source>Docker manifest list</source>
        <translation>Docker 清单列表</translation>
    </message>
    <message>
        <source>Docker manifest</source>
        <translation>Docker 清单</translation>
    </message>
</context>
<context>
    <name>Lattice::Oci::ChannelBoard</name>
    <message>
        <source>The channel is not published.</source>
        <translation>该通道未发布。</translation>
    </message>
    <message>
        <source>The tag could not be read: %1</source>
        <translation>无法读取该标签：%1</translation>
    </message>
    <message>
        <source>Matches no version tag: nothing immutable pins this image.</source>
        <translation>不匹配任何版本标签：没有不可变的标签固定此镜像。</translation>
    </message>
    <message>
        <source>The %1 child %2 is gone from the registry (manifest unknown).</source>
        <translation>%1 子清单 %2 已从镜像仓库中消失（manifest unknown）。</translation>
    </message>
    <message>
        <source>Platforms differ from %1: %2 here, %3 there.</source>
        <translation>平台与 %1 不同：此处为 %2，那里为 %3。</translation>
    </message>
</context>
<context>
    <name>Lattice::Oci::TagDiff</name>
    <message>
        <source>Index digest</source>
        <translation>索引摘要</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>媒体类型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Child digest</source>
        <translation>子摘要</translation>
    </message>
    <message>
        <source>Config digest</source>
        <translation>配置摘要</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>**no**</source>
        <translation>**否**</translation>
    </message>
</context>
<context>
    <name>Lattice::OrderedJsonParser</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>第 %1 字节处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>unexpected data after the value</source>
        <translation>值后面有意外的数据</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>意外的字符</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套层级过深</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>输入意外结束</translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation>应为成员名称</translation>
    </message>
    <message>
        <source>duplicate member &quot;%1&quot;</source>
        <translation>重复的成员“%1”</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>应为 &apos;:&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>\u 转义被截断</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>无效的 \u 转义</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <source>control character in string</source>
        <translation>字符串中包含控制字符</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>无效的转义</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>无效的数字</translation>
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
    <message>
        <source>Release order checklist</source>
        <translation>发布顺序检查清单</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&lt;b&gt;Release order&lt;/b&gt; — the newest stable releases</source>
        <translation>&lt;b&gt;发布顺序&lt;/b&gt; — 最新的稳定发布</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Refresh the lane to check.</source>
        <translation>刷新该通道以检查。</translation>
    </message>
</context>
<context>
    <name>Lattice::PlanView</name>
    <message>
        <source>Node to plan</source>
        <translation>要计划的节点</translation>
    </message>
    <message>
        <source>No&amp;de:</source>
        <translation>节点(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>Plan &amp;all</source>
        <translation>全部计划(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Force plan</source>
        <translation>强制计划(&amp;F)</translation>
    </message>
    <message>
        <source>Go to appro&amp;val</source>
        <translation>转到审批(&amp;V)</translation>
    </message>
    <message>
        <source>Show this plan&apos;s approval to approve or reject it</source>
        <translation>显示此计划的审批以批准或拒绝</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>计划状态</translation>
    </message>
    <message>
        <source>Plan SHA-256</source>
        <translation>计划 SHA-256</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Plan text</source>
        <translation>计划文本</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Plan SHA-256 (computed here):</source>
        <translation>计划 SHA-256（本地计算）：</translation>
    </message>
    <message>
        <source>Push a policy or pick a node with a policy to plan.</source>
        <translation>请推送策略，或选择一个已有策略的节点来制定计划。</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>正在制定计划…</translation>
    </message>
    <message>
        <source>%1 (approval %2)</source>
        <translation>%1（审批 %2）</translation>
    </message>
    <message>
        <source>— not pending: %1</source>
        <translation>— 非待处理：%1</translation>
    </message>
    <message>
        <source>Already at target: the node reports the target version. The server closed its open update approvals and marked the policy applied. Force plan to reinstall anyway.</source>
        <translation>已是目标版本：节点报告的就是目标版本。服务器已关闭其未完成的更新审批并将策略标记为已应用。如仍要重新安装，请强制计划。</translation>
    </message>
    <message>
        <source>The server refused to plan.</source>
        <translation>服务器拒绝制定计划。</translation>
    </message>
    <message>
        <source>Not planned yet.</source>
        <translation>尚未计划。</translation>
    </message>
    <message>
        <source>Connect to a server with a token first</source>
        <translation>请先使用令牌连接服务器</translation>
    </message>
    <message>
        <source>Pick a node whose policy is pushed</source>
        <translation>请选择一个已推送策略的节点</translation>
    </message>
    <message>
        <source>Ask the server for the update plan of this node</source>
        <translation>向服务器请求此节点的更新计划</translation>
    </message>
    <message>
        <source>Plan every node in the list, one after the other</source>
        <translation>依次为列表中的每个节点制定计划</translation>
    </message>
    <message>
        <source>Plan although the node already reports the target version (skips only the no-op and downgrade checks)</source>
        <translation>即使节点已报告目标版本也制定计划（仅跳过无操作和降级检查）</translation>
    </message>
</context>
<context>
    <name>Lattice::PluginArtifact</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Lattice::PluginCapability</name>
    <message>
        <source>read risk</source>
        <translation>读取风险</translation>
    </message>
    <message>
        <source>write risk</source>
        <translation>写入风险</translation>
    </message>
    <message>
        <source>host risk</source>
        <translation>主机风险</translation>
    </message>
    <message>
        <source>unknown risk</source>
        <translation>未知风险</translation>
    </message>
</context>
<context>
    <name>Lattice::PluginIndex</name>
    <message>
        <source>not valid JSON (byte %1: %2)</source>
        <translation>不是有效的 JSON（第 %1 字节：%2）</translation>
    </message>
    <message>
        <source>the index is not a JSON object</source>
        <translation>索引不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>Lattice::PluginIndexFetcher</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 大于 %2 MiB</translation>
    </message>
</context>
<context>
    <name>Lattice::PluginIndexPage</name>
    <message>
        <source>Could not fetch the index: %1</source>
        <translation>无法获取索引：%1</translation>
    </message>
    <message>
        <source>F&amp;etch index</source>
        <translation>获取索引(&amp;E)</translation>
    </message>
    <message>
        <source>Download the index from the profile&apos;s plugin index URL</source>
        <translation>从配置的插件索引 URL 下载索引</translation>
    </message>
    <message>
        <source>&amp;Open index file…</source>
        <translation>打开索引文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Verify &amp;manifest…</source>
        <translation>校验清单(&amp;M)…</translation>
    </message>
    <message>
        <source>Check a manifest.json&apos;s Ed25519 signature with its publisher&apos;s key from this index</source>
        <translation>使用此索引中其发布者的密钥检查 manifest.json 的 Ed25519 签名</translation>
    </message>
    <message>
        <source>Verify &amp;artifact…</source>
        <translation>校验制品(&amp;A)…</translation>
    </message>
    <message>
        <source>Hash a downloaded artifact and compare it with the selected release and the last verified manifest</source>
        <translation>计算已下载制品的哈希，并与所选发布及最近校验的清单进行比较</translation>
    </message>
    <message>
        <source>No index loaded yet.</source>
        <translation>尚未加载索引。</translation>
    </message>
    <message>
        <source>Index status</source>
        <translation>索引状态</translation>
    </message>
    <message>
        <source>There is no Install button: remote install stays blocked by upstream policy. It would need a signed index, a publisher trust policy, manifest signature and artifact digest checks, a capability risk review, an approved and audited install, and a way to revoke, and none of these exist yet. This page is for discovery and verification.</source>
        <translation>这里没有“安装”按钮：上游策略仍禁止远程安装。远程安装需要已签名的索引、发布者信任策略、清单签名和制品摘要检查、能力风险审查、经审批和审计的安装流程以及撤销机制，而这些目前都还不存在。此页面仅用于发现和校验。</translation>
    </message>
    <message>
        <source>Rule violations</source>
        <translation>规则违规</translation>
    </message>
    <message>
        <source>Publishers and their keys</source>
        <translation>发布者及其密钥</translation>
    </message>
    <message>
        <source>Plugins and releases</source>
        <translation>插件和发布</translation>
    </message>
    <message>
        <source>Capability risk:</source>
        <translation>能力风险：</translation>
    </message>
    <message>
        <source>Hollow chips: the release lists none and inherits the plugin default. Host risk needs a trusted publisher signature on the server.</source>
        <translation>空心标记：该发布未列出能力，继承插件的默认值。主机风险需要服务器上受信任的发布者签名。</translation>
    </message>
    <message>
        <source>No manifest verified yet.</source>
        <translation>尚未校验任何清单。</translation>
    </message>
    <message>
        <source>Manifest verification result</source>
        <translation>清单校验结果</translation>
    </message>
    <message>
        <source>No artifact verified yet.</source>
        <translation>尚未校验任何制品。</translation>
    </message>
    <message>
        <source>Artifact verification result</source>
        <translation>制品校验结果</translation>
    </message>
    <message>
        <source>Vio&amp;lations</source>
        <translation>违规(&amp;L)</translation>
    </message>
    <message>
        <source>P&amp;ublishers</source>
        <translation>发布者(&amp;U)</translation>
    </message>
    <message>
        <source>Plu&amp;gins</source>
        <translation>插件(&amp;G)</translation>
    </message>
    <message>
        <source>Signa&amp;tures</source>
        <translation>签名(&amp;T)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>Open plugin index</source>
        <translation>打开插件索引</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>No index loaded.</source>
        <translation>未加载索引。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unreadable index&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;索引无法读取&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Vio&amp;lations (%1)</source>
        <translation>违规（%1）(&amp;L)</translation>
    </message>
    <message>
        <source>Plugins: %1 · Releases: %2 · Rule violations: %3 · Generated: %4</source>
        <translation>插件：%1 · 发布：%2 · 规则违规：%3 · 生成时间：%4</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>已加载 %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Index signatures (provisional).&lt;/b&gt; Upstream has not fixed what an index signature covers; the desk checks them over the recommended payload, LATTICE-PLUGIN-INDEX-V1 and the canonical JSON of the index without its signatures, and no result here makes an index trusted.</source>
        <translation>&lt;b&gt;索引签名（暂定）。&lt;/b&gt;上游尚未确定索引签名涵盖的内容；发布台按推荐的载荷（LATTICE-PLUGIN-INDEX-V1 加上不含签名的索引规范 JSON）检查签名，此处的任何结果都不会使索引变为受信任。</translation>
    </message>
    <message>
        <source>This index carries no index-level signatures.</source>
        <translation>此索引不含索引级签名。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status: draft&lt;/b&gt; — discovery only. Nothing in a draft index may be installed remotely, and it carries no index signature that could make it official.</source>
        <translation>&lt;b&gt;状态：draft（草稿）&lt;/b&gt; — 仅供发现。草稿索引中的任何内容都不得远程安装，且它没有可使其成为正式索引的索引签名。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status: official&lt;/b&gt; — index signatures: %1, checked only provisionally. Remote install is still blocked upstream.</source>
        <translation>&lt;b&gt;状态：official（正式）&lt;/b&gt; — 索引签名：%1，仅作暂定检查。上游仍禁止远程安装。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status: example&lt;/b&gt; — sample data with placeholder keys and signatures, not a real index.</source>
        <translation>&lt;b&gt;状态：example（示例）&lt;/b&gt; — 使用占位密钥和签名的示例数据，不是真实的索引。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status: %1&lt;/b&gt; — not a status the index format knows; the index is invalid.</source>
        <translation>&lt;b&gt;状态：%1&lt;/b&gt; — 索引格式中没有此状态；该索引无效。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Verify plugin manifest</source>
        <translation>校验插件清单</translation>
    </message>
    <message>
        <source>Manifests (*.json);;All files (*)</source>
        <translation>清单 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <source>✘ %1 is not a readable manifest: %2</source>
        <translation>✘ %1 不是可读取的清单：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Manifest %1&lt;/b&gt; — %2 %3 by %4</source>
        <translation>&lt;b&gt;清单 %1&lt;/b&gt; — %2 %3，发布者 %4</translation>
    </message>
    <message>
        <source>✘ Signature not checked: load the index that lists the publisher&apos;s key first.</source>
        <translation>✘ 未检查签名：请先加载列有该发布者密钥的索引。</translation>
    </message>
    <message>
        <source>✘ Signature not checked: publisher %1 is not listed in this index.</source>
        <translation>✘ 未检查签名：此索引中未列出发布者 %1。</translation>
    </message>
    <message>
        <source>✘ Signature not checked: the index has no usable key for %1.</source>
        <translation>✘ 未检查签名：索引中没有 %1 的可用密钥。</translation>
    </message>
    <message>
        <source>✔ Signature &lt;b&gt;valid&lt;/b&gt; (Ed25519 over the %1 payload).</source>
        <translation>✔ 签名&lt;b&gt;有效&lt;/b&gt;（基于 %1 载荷的 Ed25519 签名）。</translation>
    </message>
    <message>
        <source>✘ Signature &lt;b&gt;INVALID&lt;/b&gt; over the %1 payload: the manifest was changed after signing, or signed with another key.</source>
        <translation>✘ 基于 %1 载荷的签名&lt;b&gt;无效&lt;/b&gt;：清单在签名后被修改过，或是用其他密钥签名的。</translation>
    </message>
    <message>
        <source>The index lists the same signature for this release.</source>
        <translation>索引为此发布列出的签名与之相同。</translation>
    </message>
    <message>
        <source>✘ The index lists a different signature for this release.</source>
        <translation>✘ 索引为此发布列出的签名与之不同。</translation>
    </message>
    <message>
        <source>✘ The index&apos;s artifact_sha256 differs from the manifest&apos;s digest.</source>
        <translation>✘ 索引中的 artifact_sha256 与清单中的摘要不同。</translation>
    </message>
    <message>
        <source>This version is not listed in the index.</source>
        <translation>索引中未列出此版本。</translation>
    </message>
    <message>
        <source>Artifact digest: %1</source>
        <translation>制品摘要：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Verify downloaded artifact</source>
        <translation>校验已下载的制品</translation>
    </message>
    <message>
        <source>the index&apos;s artifact_sha256 for %1 %2</source>
        <translation>索引中 %1 %2 的 artifact_sha256</translation>
    </message>
    <message>
        <source>the verified manifest of %1</source>
        <translation>%1 已校验的清单</translation>
    </message>
    <message>
        <source>Hashing %1…</source>
        <translation>正在计算 %1 的哈希…</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;SHA-256 %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;SHA-256 %2</translation>
    </message>
    <message>
        <source>✔ matches %1</source>
        <translation>✔ 与%1一致</translation>
    </message>
    <message>
        <source>✘ does NOT match %1 (%2)</source>
        <translation>✘ 与%1不一致（%2）</translation>
    </message>
    <message>
        <source>Nothing to compare with: select a release on the Plugins tab or verify its manifest first.</source>
        <translation>没有可比较的对象：请先在“插件”选项卡中选择一个发布，或校验其清单。</translation>
    </message>
</context>
<context>
    <name>Lattice::PluginIndexValidator</name>
    <message>
        <source>schema is lattice.plugin.index.v1</source>
        <translation>schema 为 lattice.plugin.index.v1</translation>
    </message>
    <message>
        <source>generated_at is a string ending in Z</source>
        <translation>generated_at 是以 Z 结尾的字符串</translation>
    </message>
    <message>
        <source>status is draft, official or example</source>
        <translation>status 为 draft、official 或 example</translation>
    </message>
    <message>
        <source>publishers, plugins and signatures are arrays</source>
        <translation>publishers、plugins 和 signatures 均为数组</translation>
    </message>
    <message>
        <source>an official index has at least one signature</source>
        <translation>正式（official）索引至少有一个签名</translation>
    </message>
    <message>
        <source>publisher id matches the id pattern</source>
        <translation>发布者 id 符合 id 模式</translation>
    </message>
    <message>
        <source>publisher name is non-blank</source>
        <translation>发布者名称非空</translation>
    </message>
    <message>
        <source>publisher key is canonical padded base64 of 32 bytes</source>
        <translation>发布者密钥是 32 字节的规范带填充 base64 编码</translation>
    </message>
    <message>
        <source>plugin id matches the id pattern</source>
        <translation>插件 id 符合 id 模式</translation>
    </message>
    <message>
        <source>plugin id is not duplicated</source>
        <translation>插件 id 不重复</translation>
    </message>
    <message>
        <source>plugin name is non-blank</source>
        <translation>插件名称非空</translation>
    </message>
    <message>
        <source>plugin publisher is listed</source>
        <translation>插件的发布者已列出</translation>
    </message>
    <message>
        <source>plugin type is system, worker or wasm</source>
        <translation>插件 type 为 system、worker 或 wasm</translation>
    </message>
    <message>
        <source>channels is an object</source>
        <translation>channels 是对象</translation>
    </message>
    <message>
        <source>channels has at least one key</source>
        <translation>channels 至少有一个键</translation>
    </message>
    <message>
        <source>channel keys are stable or alpha</source>
        <translation>通道键为 stable 或 alpha</translation>
    </message>
    <message>
        <source>channel values match the version pattern</source>
        <translation>通道值符合版本模式</translation>
    </message>
    <message>
        <source>channels.stable is not an alpha version</source>
        <translation>channels.stable 不是 alpha 版本</translation>
    </message>
    <message>
        <source>channels.alpha is an alpha version</source>
        <translation>channels.alpha 是 alpha 版本</translation>
    </message>
    <message>
        <source>latest is a valid version equal to channels.stable</source>
        <translation>latest 是等于 channels.stable 的有效版本</translation>
    </message>
    <message>
        <source>plugin capabilities are non-empty, allowlisted and unique</source>
        <translation>插件能力非空、在允许列表中且不重复</translation>
    </message>
    <message>
        <source>releases is a non-empty array</source>
        <translation>releases 是非空数组</translation>
    </message>
    <message>
        <source>release version matches the version pattern</source>
        <translation>发布版本符合版本模式</translation>
    </message>
    <message>
        <source>release version is unique within the plugin</source>
        <translation>发布版本在插件内唯一</translation>
    </message>
    <message>
        <source>release channel is stable or alpha</source>
        <translation>发布通道为 stable 或 alpha</translation>
    </message>
    <message>
        <source>stable releases are not alpha versions; alpha releases are</source>
        <translation>stable 发布不是 alpha 版本；alpha 发布是 alpha 版本</translation>
    </message>
    <message>
        <source>releases of a multi-channel plugin carry capabilities</source>
        <translation>多通道插件的发布带有能力列表</translation>
    </message>
    <message>
        <source>release capabilities are non-empty, allowlisted and unique</source>
        <translation>发布能力非空、在允许列表中且不重复</translation>
    </message>
    <message>
        <source>manifest_url and artifact_url are plain https URLs</source>
        <translation>manifest_url 和 artifact_url 是普通的 https URL</translation>
    </message>
    <message>
        <source>artifact_sha256 is 64 lower-case hex</source>
        <translation>artifact_sha256 是 64 位小写十六进制</translation>
    </message>
    <message>
        <source>release signature is canonical padded base64 of 64 bytes</source>
        <translation>发布签名是 64 字节的规范带填充 base64 编码</translation>
    </message>
    <message>
        <source>each channel selects an existing release</source>
        <translation>每个通道都选择了存在的发布</translation>
    </message>
    <message>
        <source>the selected release is on that channel</source>
        <translation>所选发布位于该通道上</translation>
    </message>
    <message>
        <source>index signature publisher is listed</source>
        <translation>索引签名的发布者已列出</translation>
    </message>
    <message>
        <source>index signature is canonical padded base64 of 64 bytes</source>
        <translation>索引签名是 64 字节的规范带填充 base64 编码</translation>
    </message>
</context>
<context>
    <name>Lattice::PluginManifest</name>
    <message>
        <source>the manifest is not a JSON object</source>
        <translation>清单不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>Lattice::PluginPublisherModel</name>
    <message>
        <source>Not a 32-byte Ed25519 key</source>
        <translation>不是 32 字节的 Ed25519 密钥</translation>
    </message>
    <message>
        <source>Placeholder (all zero)</source>
        <translation>占位符（全零）</translation>
    </message>
    <message>
        <source>Ed25519 public key</source>
        <translation>Ed25519 公钥</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64)</source>
        <translation>公钥（Ed25519，base64）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
</context>
<context>
    <name>Lattice::PluginSignatures</name>
    <message>
        <source>no signing payload: %1</source>
        <translation>没有签名载荷：%1</translation>
    </message>
    <message>
        <source>publisher %1 is not listed</source>
        <translation>发布者 %1 未列出</translation>
    </message>
    <message>
        <source>publisher %1 has no valid key</source>
        <translation>发布者 %1 没有有效的密钥</translation>
    </message>
    <message>
        <source>publisher %1 has a placeholder key of small order; nothing verifies against it</source>
        <translation>发布者 %1 的密钥是小阶占位密钥；任何签名都无法用它校验通过</translation>
    </message>
    <message>
        <source>the signature is not base64 of 64 bytes</source>
        <translation>签名不是 64 字节的 base64 编码</translation>
    </message>
    <message>
        <source>verifies over the recommended payload (provisional)</source>
        <translation>基于推荐载荷校验通过（暂定）</translation>
    </message>
    <message>
        <source>does not verify over the recommended payload (provisional)</source>
        <translation>基于推荐载荷校验未通过（暂定）</translation>
    </message>
</context>
<context>
    <name>Lattice::PluginTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 plugin by %2 · releases: %3</source>
        <translation>%1 插件，发布者 %2 · 发布：%3</translation>
    </message>
    <message>
        <source>%1 (current %2)</source>
        <translation>%1（%2 的当前版本）</translation>
    </message>
    <message>
        <source>%1 (plugin default; the release lists none)</source>
        <translation>%1（插件默认值；该发布未列出）</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Plugin / release</source>
        <translation>插件 / 发布</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>Lattice::PluginViolationModel</name>
    <message>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Lattice::PoliciesPage</name>
    <message>
        <source>Waiting for the server</source>
        <translation>正在等待服务器</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop waiting for the server and send nothing more (Esc)</source>
        <translation>停止等待服务器，不再发送任何请求（Esc）</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>重新加载(&amp;O)</translation>
    </message>
    <message>
        <source>Read the server&apos;s nodes, policies and approvals again (F5)</source>
        <translation>重新读取服务器的节点、策略和审批（F5）</translation>
    </message>
    <message>
        <source>Update steps</source>
        <translation>更新步骤</translation>
    </message>
    <message>
        <source>&amp;1 Policy</source>
        <translation>策略(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 Review &amp;&amp; push</source>
        <translation>审阅并推送(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 Plan</source>
        <translation>计划(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4 Approvals &amp;&amp; follow-up</source>
        <translation>审批与跟踪(&amp;4)</translation>
    </message>
    <message>
        <source>The keychain could not remove the token: %1</source>
        <translation>钥匙串无法删除令牌：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled. Requests already answered by the server have taken effect; Reload shows where things stand.</source>
        <translation>已取消。服务器已应答的请求已经生效；重新加载可查看当前状态。</translation>
    </message>
    <message>
        <source>Offline mode: the server is not contacted.</source>
        <translation>离线模式：不联系服务器。</translation>
    </message>
    <message>
        <source>The CA bundle %1 of this server could not be used: %2</source>
        <translation>无法使用此服务器的 CA 证书包 %1：%2</translation>
    </message>
    <message>
        <source>%1: HTTP %2, request %3</source>
        <translation>%1：HTTP %2，请求 %3</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>正在从钥匙串读取令牌…</translation>
    </message>
    <message>
        <source>Token held for this session only (no keychain).</source>
        <translation>令牌仅在本次会话中保存（无钥匙串）。</translation>
    </message>
    <message>
        <source>Token from the keychain.</source>
        <translation>令牌来自钥匙串。</translation>
    </message>
    <message>
        <source>No token stored for this server: Set token… to manage policies.</source>
        <translation>此服务器未保存令牌：请使用“设置令牌…”以管理策略。</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1); Set token… keeps one for this session.</source>
        <translation>无法读取钥匙串（%1）；“设置令牌…”可为本次会话保存一个令牌。</translation>
    </message>
    <message>
        <source>The keychain did not answer within 30 seconds; unlock it and Reload, or Set token… for this session.</source>
        <translation>钥匙串在 30 秒内未响应；请解锁后重新加载，或为本次会话“设置令牌…”。</translation>
    </message>
    <message>
        <source>Storing the token in the keychain…</source>
        <translation>正在将令牌存入钥匙串…</translation>
    </message>
    <message>
        <source>No keychain available: the token is held for this session only.</source>
        <translation>没有可用的钥匙串：令牌仅在本次会话中保存。</translation>
    </message>
    <message>
        <source>The keychain refused the token (%1): it is held for this session only.</source>
        <translation>钥匙串拒绝了令牌（%1）：令牌仅在本次会话中保存。</translation>
    </message>
    <message>
        <source>Token stored in the keychain.</source>
        <translation>令牌已存入钥匙串。</translation>
    </message>
    <message>
        <source>The server answered with an error: %1</source>
        <translation>服务器返回错误：%1</translation>
    </message>
    <message>
        <source>Reading the nodes…</source>
        <translation>正在读取节点…</translation>
    </message>
    <message>
        <source>The nodes could not be read: %1</source>
        <translation>无法读取节点：%1</translation>
    </message>
    <message>
        <source>The server lists no nodes this token may see.</source>
        <translation>服务器没有列出此令牌可见的节点。</translation>
    </message>
    <message>
        <source>The approvals could not be read: %1</source>
        <translation>无法读取审批：%1</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>正在推送…</translation>
    </message>
    <message>
        <source>Connect to a server with a token first</source>
        <translation>请先使用令牌连接服务器</translation>
    </message>
    <message>
        <source>Drafts cannot be saved: the local store is not open.</source>
        <translation>无法保存草稿：本地存储未打开。</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>草稿未保存：%1</translation>
    </message>
    <message>
        <source>Draft #%1 saved.</source>
        <translation>草稿 #%1 已保存。</translation>
    </message>
    <message>
        <source>Draft #%1 opened.</source>
        <translation>已打开草稿 #%1。</translation>
    </message>
    <message>
        <source>Draft #%1 opened; the server no longer lists %2.</source>
        <translation>已打开草稿 #%1；服务器已不再列出 %2。</translation>
    </message>
    <message>
        <source>The draft was not removed: %1</source>
        <translation>草稿未删除：%1</translation>
    </message>
    <message>
        <source>custom artifact %1, version %2</source>
        <translation>自定义制品 %1，版本 %2</translation>
    </message>
    <message>
        <source>official release %1</source>
        <translation>官方发布 %1</translation>
    </message>
    <message>
        <source>Filled from the Node agent lane: %1. Check the nodes it applies to, then Review.</source>
        <translation>已从节点代理通道填写：%1。请勾选要应用的节点，然后审阅。</translation>
    </message>
    <message>
        <source>Not pushed: the draft could not be saved first (%1).</source>
        <translation>未推送：无法先保存草稿（%1）。</translation>
    </message>
    <message>
        <source>The local store is not open, so no draft was kept.</source>
        <translation>本地存储未打开，因此未保留草稿。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Pushed, but the draft could not be removed: %1</source>
        <translation>已推送，但无法删除草稿：%1</translation>
    </message>
    <message numerus="yes">
        <source>Pushed to %n node(s).</source>
        <translation>
            <numerusform>已推送到 %n 个节点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy pushed to %1. Next: plan the update.</source>
        <translation>策略已推送到 %1。下一步：制定更新计划。</translation>
    </message>
    <message>
        <source>Draft #%1 is kept; fix the cause and push again.</source>
        <translation>草稿 #%1 已保留；请修正原因后再次推送。</translation>
    </message>
    <message numerus="yes">
        <source>Pushed to %n node(s); failed:</source>
        <translation>
            <numerusform>已推送到 %n 个节点；失败：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The push failed for %n node(s). %1</source>
        <translation>
            <numerusform>%n 个节点推送失败。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Approving %1…</source>
        <translation>正在批准 %1…</translation>
    </message>
    <message>
        <source>The plan is stale, so the server rejected this approval: %1. Create a fresh plan and review it again.</source>
        <translation>计划已过期，服务器因此拒绝了此审批：%1。请创建新计划并重新审阅。</translation>
    </message>
    <message>
        <source>Task execution is disabled on the server (fleet kill switch); nothing was approved: %1</source>
        <translation>服务器已禁用任务执行（集群紧急开关）；未批准任何内容：%1</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>未批准：%1</translation>
    </message>
    <message>
        <source>The server answered, but the approval is %1, not approved%2.</source>
        <translation>服务器已应答，但审批状态为 %1，而非已批准%2。</translation>
    </message>
    <message>
        <source>Approved; the install task is queued for %1.</source>
        <translation>已批准；已为 %1 排队安装任务。</translation>
    </message>
    <message>
        <source>Not rejected: %1</source>
        <translation>未拒绝：%1</translation>
    </message>
    <message>
        <source>The server answered, but the approval is %1: only pending approvals can be rejected.</source>
        <translation>服务器已应答，但审批状态为 %1：只能拒绝待处理的审批。</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <source>Not dismissed: the approval is not stale; reject or approve it. %1</source>
        <translation>未忽略：该审批未过期；请拒绝或批准它。%1</translation>
    </message>
    <message>
        <source>Not dismissed: %1</source>
        <translation>未忽略：%1</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>已忽略。</translation>
    </message>
    <message>
        <source>%1 reports the new version: the update is applied.</source>
        <translation>%1 已报告新版本：更新已应用。</translation>
    </message>
    <message>
        <source>Following stopped; Reload shows the current state.</source>
        <translation>已停止跟踪；重新加载可查看当前状态。</translation>
    </message>
</context>
<context>
    <name>Lattice::PolicyForm</name>
    <message>
        <source>&amp;Official release</source>
        <translation>官方发布(&amp;O)</translation>
    </message>
    <message>
        <source>The server resolves the artifact and its SHA-256 from the official GitHub release when planning</source>
        <translation>服务器在制定计划时从官方 GitHub 发布解析制品及其 SHA-256</translation>
    </message>
    <message>
        <source>Custom &amp;artifact</source>
        <translation>自定义制品(&amp;A)</translation>
    </message>
    <message>
        <source>A binary URL and SHA-256 used literally (emergency or forked builds); never a signed or token-bearing URL</source>
        <translation>按原样使用的二进制 URL 和 SHA-256（紧急或分支构建）；切勿使用带签名或令牌的 URL</translation>
    </message>
    <message>
        <source>&amp;Latest stable</source>
        <translation>最新稳定版(&amp;L)</translation>
    </message>
    <message>
        <source>The first stable v* release in GitHub&apos;s list, resolved by the server at plan and approve time</source>
        <translation>GitHub 列表中第一个稳定的 v* 发布，由服务器在计划和批准时解析</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>e.g. 0.2.9</source>
        <translation>例如 0.2.9</translation>
    </message>
    <message>
        <source>Binary URL</source>
        <translation>二进制 URL</translation>
    </message>
    <message>
        <source>Binary SHA-256</source>
        <translation>二进制 SHA-256</translation>
    </message>
    <message>
        <source>64 hex digits</source>
        <translation>64 位十六进制数字</translation>
    </message>
    <message>
        <source>Install path</source>
        <translation>安装路径</translation>
    </message>
    <message>
        <source>default (follows the running agent): %1</source>
        <translation>默认（跟随正在运行的代理）：%1</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <source>default (follows the running unit): %1</source>
        <translation>默认（跟随正在运行的单元）：%1</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>The server plans and approves updates only for enabled policies</source>
        <translation>服务器只为已启用的策略计划和批准更新</translation>
    </message>
    <message>
        <source>A&amp;uto-plan hourly</source>
        <translation>每小时自动计划(&amp;U)</translation>
    </message>
    <message>
        <source>The server plans every hour; it never approves on its own</source>
        <translation>服务器每小时制定计划；它从不自行批准</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>Binary U&amp;RL:</source>
        <translation>二进制 URL(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;HA-256:</source>
        <translation>SHA-256(&amp;H)：</translation>
    </message>
    <message>
        <source>Install &amp;path:</source>
        <translation>安装路径(&amp;P)：</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>服务(&amp;V)：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>已保存的草稿</translation>
    </message>
    <message>
        <source>&amp;Drafts:</source>
        <translation>草稿(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Fill the form and the node selection from this draft</source>
        <translation>用此草稿填写表单和节点选择</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>删除(&amp;T)</translation>
    </message>
    <message>
        <source>Remove this draft from the local store</source>
        <translation>从本地存储中删除此草稿</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Keep the form and the selected nodes in the local store</source>
        <translation>将表单和所选节点保存到本地存储</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>审阅(&amp;V)…</translation>
    </message>
    <message>
        <source>#%1 %2 → %3, %4</source>
        <translation>#%1 %2 → %3，%4</translation>
    </message>
    <message>
        <source>no saved drafts</source>
        <translation>没有已保存的草稿</translation>
    </message>
    <message>
        <source>%1 already reports %2: planning answers &quot;already at target&quot; unless forced.</source>
        <translation>%1 已报告 %2：除非强制，否则计划将返回“已是目标版本”。</translation>
    </message>
    <message>
        <source>%1: %2 → %3 is a downgrade; the server refuses to plan it without Force plan.</source>
        <translation>%1：%2 → %3 是降级；不使用强制计划时服务器拒绝制定计划。</translation>
    </message>
    <message>
        <source>%1: %2 → %3 is a downgrade. Servers from alpha a20 on refuse it without Force plan; v0.2.x servers cannot compare these versions and plan it unchecked.</source>
        <translation>%1：%2 → %3 是降级。alpha a20 及以后的服务器在不强制计划时会拒绝；v0.2.x 服务器无法比较这些版本，会不经检查直接计划。</translation>
    </message>
    <message>
        <source>%1: %2 → %3 is a downgrade by the v0.2.x rule, which refuses it without Force plan.</source>
        <translation>%1：按 v0.2.x 规则 %2 → %3 是降级，不使用强制计划时会被拒绝。</translation>
    </message>
    <message>
        <source>%1: %2 → %3 cannot be ordered by servers from alpha a20 on (unsupported agent version syntax); they refuse to plan without Force plan.</source>
        <translation>%1：alpha a20 及以后的服务器无法比较 %2 → %3（不支持的代理版本语法）；不使用强制计划时它们会拒绝制定计划。</translation>
    </message>
    <message>
        <source>Connect to a server with a token first</source>
        <translation>请先使用令牌连接服务器</translation>
    </message>
    <message>
        <source>Check at least one node</source>
        <translation>请至少勾选一个节点</translation>
    </message>
    <message>
        <source>Fix the problems the server would refuse first</source>
        <translation>请先修正服务器会拒绝的问题</translation>
    </message>
    <message>
        <source>Show the exact request for each node and what it changes, then push (Alt+V)</source>
        <translation>显示每个节点的确切请求及其更改，然后推送（Alt+V）</translation>
    </message>
</context>
<context>
    <name>Lattice::PolicyReviewView</name>
    <message>
        <source>Requests to push</source>
        <translation>待推送的请求</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>返回表单(&amp;B)</translation>
    </message>
    <message>
        <source>P&amp;ush</source>
        <translation>推送(&amp;U)</translation>
    </message>
    <message>
        <source>No policy on the server yet: this creates one.</source>
        <translation>服务器上尚无策略：此操作将创建一个。</translation>
    </message>
    <message>
        <source>Same as the server&apos;s policy: pushing changes nothing.</source>
        <translation>与服务器上的策略相同：推送不会改变任何内容。</translation>
    </message>
    <message>
        <source>Changes against the server&apos;s policy:</source>
        <translation>相对服务器策略的更改：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>A change of anything but auto_plan rejects this node&apos;s open update approvals.</source>
        <translation>除 auto_plan 以外的任何更改都会拒绝此节点未完成的更新审批。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to push, %1 of them change the server&apos;s policy.</source>
        <translation>
            <numerusform>待推送 %n 个请求，其中 %1 个会更改服务器上的策略。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P&amp;ush to %n node(s)</source>
        <translation>
            <numerusform>推送到 %n 个节点(&amp;U)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the draft, then send these requests to the server</source>
        <translation>先保存草稿，再将这些请求发送到服务器</translation>
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
        <source>Image repository &quot;%1&quot; is not a valid lower-case registry path.</source>
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
        <source>%1 &quot;%2&quot; is not in owner/name form.</source>
        <translation>%1“%2”不是 owner/name 格式。</translation>
    </message>
    <message>
        <source>Lattice server %1</source>
        <translation>Lattice 服务器 %1</translation>
    </message>
</context>
<context>
    <name>Lattice::Sdk</name>
    <message>
        <source>No go.mod at this tag.</source>
        <translation>此标签下没有 go.mod。</translation>
    </message>
    <message>
        <source>go.mod replaces the SDK with %1: the repository does not build on its own.</source>
        <translation>go.mod 将 SDK 替换为 %1：该仓库无法独立构建。</translation>
    </message>
    <message>
        <source>Does not require the SDK.</source>
        <translation>不依赖 SDK。</translation>
    </message>
    <message>
        <source>A prerelease pins the pseudo-version %1 instead of a published SDK tag (tolerated for prereleases).</source>
        <translation>预发布版本固定了伪版本 %1，而不是已发布的 SDK 标签（预发布可容忍）。</translation>
    </message>
    <message>
        <source>A stable release pins the pseudo-version %1 instead of a published SDK tag.</source>
        <translation>稳定发布固定了伪版本 %1，而不是已发布的 SDK 标签。</translation>
    </message>
    <message>
        <source>Commit %1 of the pseudo-version does not exist in the SDK repository.</source>
        <translation>伪版本的提交 %1 在 SDK 仓库中不存在。</translation>
    </message>
    <message>
        <source>SDK tag %1 is not published.</source>
        <translation>SDK 标签 %1 尚未发布。</translation>
    </message>
    <message>
        <source>SDK tag %1 (%2) is newer than this tag (%3).</source>
        <translation>SDK 标签 %1（%2）比此标签（%3）更新。</translation>
    </message>
    <message>
        <source>SDK tag %1 is published; the order could not be checked because a date is unknown.</source>
        <translation>SDK 标签 %1 已发布；由于日期未知，无法检查发布顺序。</translation>
    </message>
    <message>
        <source>Pins the published SDK tag %1, which came first.</source>
        <translation>固定了先发布的 SDK 标签 %1。</translation>
    </message>
    <message>
        <source>go.sum lacks the two lines for %1.</source>
        <translation>go.sum 缺少 %1 的两行记录。</translation>
    </message>
    <message>
        <source>sdk.ref (%1) builds a different SDK than go.mod&apos;s %2.</source>
        <translation>sdk.ref（%1）构建的 SDK 与 go.mod 的 %2 不同。</translation>
    </message>
</context>
<context>
    <name>Lattice::SdkLanePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Show only &amp;problems</source>
        <translation>仅显示问题(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SDK publication order&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SDK 发布顺序&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Server and agent consume the published &lt;tt&gt;lattice-sdk&lt;/tt&gt; tag, never a pseudo-version, and the tag comes first. Green: the rule holds. Amber: a prerelease pins a pseudo-version. Red: a stable release pins one, the tag is missing or newer, go.mod replaces the SDK, or sdk.ref builds a different SDK.</source>
        <translation>服务器和代理使用已发布的 &lt;tt&gt;lattice-sdk&lt;/tt&gt; 标签，而不是伪版本，且该标签须先发布。绿色：符合规则。黄色：预发布版本固定了伪版本。红色：稳定发布固定了伪版本、标签缺失或更新、go.mod 替换了 SDK，或 sdk.ref 构建的是另一个 SDK。</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>刷新进度</translation>
    </message>
    <message>
        <source>Read the tags and go.mod files again (F5)</source>
        <translation>重新读取标签和 go.mod 文件 (F5)</translation>
    </message>
    <message>
        <source>SDK gates per tag</source>
        <translation>每个标签的 SDK 关卡</translation>
    </message>
    <message>
        <source>Findings of the selected tag</source>
        <translation>所选标签的检查结果</translation>
    </message>
    <message>
        <source>Select a tag to see every finding.</source>
        <translation>选择一个标签以查看全部检查结果。</translation>
    </message>
    <message>
        <source>Reading tags, go.mod, go.sum and sdk.ref at every tag…</source>
        <translation>正在读取每个标签的 go.mod、go.sum 和 sdk.ref…</translation>
    </message>
    <message>
        <source>Not read yet. Press Refresh, or open the page to read it.</source>
        <translation>尚未读取。点击“刷新”，或打开此页面以读取。</translation>
    </message>
    <message>
        <source>SDK &lt;b&gt;%1&lt;/b&gt;, server &lt;b&gt;%2&lt;/b&gt;, agent &lt;b&gt;%3&lt;/b&gt; through %4</source>
        <translation>SDK &lt;b&gt;%1&lt;/b&gt;，服务器 &lt;b&gt;%2&lt;/b&gt;，代理 &lt;b&gt;%3&lt;/b&gt;，经由 %4</translation>
    </message>
    <message>
        <source>Offline: showing the last stored refresh, if any.</source>
        <translation>离线：显示上次存储的刷新结果（如有）。</translation>
    </message>
    <message>
        <source>Could not read the SDK lane: %1. %2</source>
        <translation>无法读取 SDK 通道：%1。%2</translation>
    </message>
    <message>
        <source>GitHub allows 60 anonymous requests an hour; store a GitHub token for the API in the keychain, or refresh later. Files read so far are kept, so the next refresh continues where this one stopped.</source>
        <translation>GitHub 每小时只允许 60 次匿名请求；请在钥匙串中保存 API 的 GitHub 令牌，或稍后再刷新。已读取的文件会被保留，下次刷新会从中断处继续。</translation>
    </message>
    <message>
        <source>Check the GitHub token and the network, then refresh.</source>
        <translation>请检查 GitHub 令牌和网络，然后刷新。</translation>
    </message>
    <message>
        <source>Showing the data as of %1.</source>
        <translation>显示截至 %1 的数据。</translation>
    </message>
    <message>
        <source>as of %1 (stored)</source>
        <translation>截至 %1（已存储）</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>No server or agent tags %1.</source>
        <translation>没有服务器或代理标签 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) break the SDK order</source>
        <translation>
            <numerusform>%n 个标签违反 SDK 发布顺序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prerelease(s) pin a pseudo-version</source>
        <translation>
            <numerusform>%n 个预发布版本固定了伪版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Every tag pins a published SDK tag that came first — %1</source>
        <translation>每个标签都固定了先发布的 SDK 标签 — %1</translation>
    </message>
</context>
<context>
    <name>Lattice::SdkVerdictModel</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>关卡</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>SDK requirement</source>
        <translation>SDK 依赖</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Lattice::Server::PolicyValidator</name>
    <message>
        <source>The server stores this version without its leading &quot;v&quot;.</source>
        <translation>服务器存储此版本时会去掉开头的“v”。</translation>
    </message>
    <message>
        <source>A custom artifact has no &quot;latest&quot;: the node compares the binary&apos;s -version output with this text, so the update will fail. Give the version the binary prints.</source>
        <translation>自定义制品没有“latest”：节点会将二进制文件 -version 的输出与此文本比较，因此更新会失败。请填写二进制文件输出的版本。</translation>
    </message>
    <message>
        <source>Agent binaries print their version without &quot;v&quot;: the node&apos;s -version check will fail, and auto-plan will keep re-planning. Remove the &quot;v&quot;.</source>
        <translation>代理二进制文件输出的版本不带“v”：节点的 -version 检查会失败，自动计划会不断重新计划。请去掉“v”。</translation>
    </message>
    <message>
        <source>The server silently stores this path as /opt/lattice/node-agent/lattice-agent. Either way the node replaces a default path with the path of the running agent.</source>
        <translation>服务器会静默地将此路径存储为 /opt/lattice/node-agent/lattice-agent。无论哪种情况，节点都会用正在运行的代理路径替换默认路径。</translation>
    </message>
    <message>
        <source>A disabled policy is saved, but the server refuses to plan or approve updates for it.</source>
        <translation>已禁用的策略会被保存，但服务器会拒绝为其计划或审批更新。</translation>
    </message>
</context>
<context>
    <name>Lattice::ServerNodeModel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>never connected</source>
        <translation>从未连接</translation>
    </message>
    <message>
        <source>the node is disabled on the server</source>
        <translation>该节点在服务器上已禁用</translation>
    </message>
    <message>
        <source>the node has not reported its OS or architecture; the server assumes %1/%2</source>
        <translation>该节点未报告其操作系统或架构；服务器假定为 %1/%2</translation>
    </message>
    <message>
        <source>unknown whether the agent may run tasks (-allow-exec is not reported until its next heartbeat)</source>
        <translation>不确定代理是否可以运行任务（下次心跳前不会报告 -allow-exec）</translation>
    </message>
    <message>
        <source>the agent runs without -allow-exec and cannot install updates</source>
        <translation>代理运行时未带 -allow-exec，无法安装更新</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1，已选择</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>The server treats a missing OS as linux and a missing architecture as amd64.</source>
        <translation>服务器将缺失的操作系统视为 linux，缺失的架构视为 amd64。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>yes, with %n caveat(s)</source>
        <translation>
            <numerusform>是，有 %n 项注意事项</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (official)</source>
        <translation>%1（官方）</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1（自定义）</translation>
    </message>
    <message>
        <source>awaiting %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>已应用 %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>OS/arch</source>
        <translation>系统/架构</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>代理版本</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>可达性</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后在线</translation>
    </message>
    <message>
        <source>Can update?</source>
        <translation>可否更新？</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
</context>
<context>
    <name>Lattice::ServerPanel</name>
    <message>
        <source>Lattice server</source>
        <translation>Lattice 服务器</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Set &amp;token…</source>
        <translation>设置令牌(&amp;T)…</translation>
    </message>
    <message>
        <source>Store a personal access token for this server in the system keychain</source>
        <translation>将此服务器的个人访问令牌存入系统钥匙串</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>忘记令牌(&amp;F)</translation>
    </message>
    <message>
        <source>Remove this server&apos;s token from the keychain</source>
        <translation>从钥匙串中删除此服务器的令牌</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <source>Server commit</source>
        <translation>服务器提交</translation>
    </message>
    <message>
        <source>Server build date</source>
        <translation>服务器构建日期</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>登录身份</translation>
    </message>
    <message>
        <source>Token scopes</source>
        <translation>令牌权限范围</translation>
    </message>
    <message>
        <source>About the server</source>
        <translation>关于服务器</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>提交：</translation>
    </message>
    <message>
        <source>Built:</source>
        <translation>构建时间：</translation>
    </message>
    <message>
        <source>Dashboard:</source>
        <translation>仪表板：</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>健康状态：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>登录身份：</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>权限范围：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No Lattice server in this profile. Add one to the profile&apos;s servers to manage update policies.</source>
        <translation>此配置中没有 Lattice 服务器。请在配置的服务器中添加一个以管理更新策略。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>older than 0.2.0 (no /api/version): no agent update policies</source>
        <translation>早于 0.2.0（无 /api/version）：不支持代理更新策略</translation>
    </message>
    <message>
        <source>%1, built %2</source>
        <translation>%1，构建于 %2</translation>
    </message>
    <message>
        <source>Task execution is disabled on this server (fleet kill switch). Approving an update will fail with task_execution_disabled until an operator turns it back on.</source>
        <translation>此服务器已禁用任务执行（集群紧急开关）。在运维人员重新开启之前，批准更新将以 task_execution_disabled 失败。</translation>
    </message>
    <message>
        <source>not healthy: %1</source>
        <translation>不健康：%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>token refused: %1</source>
        <translation>令牌被拒绝：%1</translation>
    </message>
    <message>
        <source>%1 (token %2)</source>
        <translation>%1（令牌 %2）</translation>
    </message>
    <message>
        <source>limited to nodes: %1</source>
        <translation>仅限节点：%1</translation>
    </message>
    <message>
        <source>Set token</source>
        <translation>设置令牌</translation>
    </message>
    <message>
        <source>Personal access token for %1 (created in the server&apos;s Settings → Access Tokens). It is stored in the system keychain, never in settings or logs.</source>
        <translation>%1 的个人访问令牌（在服务器的“设置 → 访问令牌”中创建）。它存储在系统钥匙串中，绝不会写入设置或日志。</translation>
    </message>
</context>
<context>
    <name>Lattice::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Pro&amp;files:</source>
        <translation>配置(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a profile with the upstream endpoints</source>
        <translation>添加一个使用上游端点的配置</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>使用此配置(&amp;U)</translation>
    </message>
    <message>
        <source>Open every lane on the selected profile</source>
        <translation>在所选配置上打开所有通道</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>端点(&amp;E)</translation>
    </message>
    <message>
        <source>La&amp;ttice servers</source>
        <translation>Lattice 服务器(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>保存配置(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service answered). A token you set now is kept in memory for this session only and is never written to disk; start or unlock a keychain to keep tokens across sessions.</source>
        <translation>没有可用的钥匙串（没有 Secret Service 响应）。现在设置的令牌仅在本次会话中保存在内存里，绝不会写入磁盘；请启动或解锁钥匙串，以便在会话之间保留令牌。</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Moving channels</source>
        <translation>移动通道</translation>
    </message>
    <message>
        <source>Image tags that move from release to release, separated by commas (latest, alpha, beta)</source>
        <translation>随发布而移动的镜像标签，用逗号分隔（latest、alpha、beta）</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to loopback addresses</source>
        <translation>允许对回环地址使用明文 &amp;HTTP</translation>
    </message>
    <message>
        <source>For local test stacks only: applies to the registry, GitHub, docs and plugin index URLs of this profile</source>
        <translation>仅用于本地测试环境：适用于此配置的镜像仓库、GitHub、文档和插件索引 URL</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Moving &amp;channels:</source>
        <translation>移动通道(&amp;C)：</translation>
    </message>
    <message>
        <source>Registry URL</source>
        <translation>镜像仓库 URL</translation>
    </message>
    <message>
        <source>Image repository</source>
        <translation>镜像仓库路径</translation>
    </message>
    <message>
        <source>GitHub API URL</source>
        <translation>GitHub API URL</translation>
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
        <source>Docs site URL</source>
        <translation>文档站点 URL</translation>
    </message>
    <message>
        <source>Plugin index URL</source>
        <translation>插件索引 URL</translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation>容器镜像仓库</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>URL(&amp;R)：</translation>
    </message>
    <message>
        <source>Image repositor&amp;y:</source>
        <translation>镜像仓库路径(&amp;Y)：</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>API UR&amp;L:</source>
        <translation>API URL(&amp;L)：</translation>
    </message>
    <message>
        <source>Server re&amp;pository:</source>
        <translation>服务器仓库(&amp;P)：</translation>
    </message>
    <message>
        <source>Agent rep&amp;ository:</source>
        <translation>代理仓库(&amp;O)：</translation>
    </message>
    <message>
        <source>SD&amp;K repository:</source>
        <translation>SDK 仓库(&amp;K)：</translation>
    </message>
    <message>
        <source>Docs repos&amp;itory:</source>
        <translation>文档仓库(&amp;I)：</translation>
    </message>
    <message>
        <source>Docs and plugins</source>
        <translation>文档与插件</translation>
    </message>
    <message>
        <source>Docs &amp;web site:</source>
        <translation>文档站点(&amp;W)：</translation>
    </message>
    <message>
        <source>Plugin inde&amp;x:</source>
        <translation>插件索引(&amp;X)：</translation>
    </message>
    <message>
        <source>Lattice servers</source>
        <translation>Lattice 服务器</translation>
    </message>
    <message>
        <source>Add serve&amp;r</source>
        <translation>添加服务器(&amp;R)</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>删除服务器</translation>
    </message>
    <message>
        <source>Server label</source>
        <translation>服务器标签</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <source>Allow plain HTTP if this is a loopback address</source>
        <translation>如果这是回环地址，允许使用明文 HTTP</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>System certificate authorities</source>
        <translation>系统证书颁发机构</translation>
    </message>
    <message>
        <source>An extra CA bundle (PEM) for a server behind a private reverse proxy; leave empty for the system CAs</source>
        <translation>用于私有反向代理后服务器的额外 CA 证书包（PEM）；留空则使用系统 CA</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>标签(&amp;B)：</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>URL(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1（使用中）</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置已存在。</translation>
    </message>
    <message>
        <source>Unsaved changes: save or revert them to work with another profile.</source>
        <translation>有未保存的更改：请先保存或还原，再处理其他配置。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>新服务器</translation>
    </message>
</context>
<context>
    <name>Lattice::StateBanner</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Lattice::TagDiffModel</name>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Not present in %1</source>
        <translation>%1 中不存在</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
</context>
<context>
    <name>Lattice::TagDiffPanel</name>
    <message>
        <source>&amp;Swap sides</source>
        <translation>交换左右(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>复制为 Markdown(&amp;C)</translation>
    </message>
    <message>
        <source>Left tag</source>
        <translation>左侧标签</translation>
    </message>
    <message>
        <source>Right tag</source>
        <translation>右侧标签</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>左侧(&amp;L)：</translation>
    </message>
    <message>
        <source>R&amp;ight:</source>
        <translation>右侧(&amp;I)：</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>交换左右(&amp;W)</translation>
    </message>
    <message>
        <source>Swap the left and right tag (%1)</source>
        <translation>交换左侧和右侧标签（%1）</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the comparison as a Markdown table (%1)</source>
        <translation>将比较结果复制为 Markdown 表格（%1）</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:%1;color:%2&quot;&gt;&amp;nbsp;differs&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:%3&quot;&gt;equal&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:%1;color:%2&quot;&gt;&amp;nbsp;不同&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:%3&quot;&gt;相同&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Highlighted cells differ; dimmed cells are equal.</source>
        <translation>高亮的单元格不同；变暗的单元格相同。</translation>
    </message>
    <message>
        <source>Comparison of the two tags</source>
        <translation>两个标签的比较</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No tags loaded yet. Press Refresh to read them.</source>
        <translation>尚未加载标签。请按“刷新”读取。</translation>
    </message>
    <message>
        <source>Pick two tags to compare; both fields complete tag names.</source>
        <translation>选择两个要比较的标签；两个输入框都会自动补全标签名称。</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot; in this repository; pick one from the list.</source>
        <translation>此仓库中没有标签“%1”；请从列表中选择一个。</translation>
    </message>
    <message>
        <source>%1 and %2 are the same image (one index digest).</source>
        <translation>%1 和 %2 是同一个镜像（索引摘要相同）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n field(s) differ.</source>
        <translation>
            <numerusform>%n 个字段中有 %1 个不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the comparison of %1 and %2 as Markdown.</source>
        <translation>已将 %1 与 %2 的比较结果复制为 Markdown。</translation>
    </message>
</context>
<context>
    <name>Lattice::TagHistoryModel</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Observed at</source>
        <translation>观察时间</translation>
    </message>
</context>
<context>
    <name>Lattice::TagHistoryPanel</name>
    <message>
        <source>Changes of the moving tags</source>
        <translation>移动标签的变更</translation>
    </message>
    <message>
        <source>Every recorded tag change</source>
        <translation>所有已记录的标签变更</translation>
    </message>
    <message>
        <source>&amp;Moving tags over time:</source>
        <translation>移动标签随时间的变化(&amp;M)：</translation>
    </message>
    <message>
        <source>Every rec&amp;orded change:</source>
        <translation>所有已记录的变更(&amp;O)：</translation>
    </message>
    <message>
        <source>Reading the recorded history…</source>
        <translation>正在读取已记录的历史…</translation>
    </message>
    <message>
        <source>No history recorded yet. Each refresh records a tag when it points somewhere new, so the history grows as you refresh.</source>
        <translation>尚未记录任何历史。每次刷新时，若标签指向了新的位置就会记录下来，因此历史会随刷新不断增长。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded by this desk. Times are when a refresh first saw the change, not when it was pushed.</source>
        <translation>
            <numerusform>此发布台记录了 %n 次变更。时间为刷新首次发现变更的时间，而非推送的时间。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::TagTimelineModel</name>
    <message>
        <source>no version tag</source>
        <translation>无版本标签</translation>
    </message>
    <message>
        <source>never observed</source>
        <translation>从未观察到</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>已记录 %n 次变更</numerusform>
        </translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>直到 %1</translation>
    </message>
    <message>
        <source>First seen on %1 at %2</source>
        <translation>首次发现于 %1 %2</translation>
    </message>
    <message>
        <source>Tag / changed at</source>
        <translation>标签 / 变更时间</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Matched version</source>
        <translation>匹配的版本</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Lattice::TokenField</name>
    <message>
        <source>Remove token</source>
        <translation>删除令牌</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Token status</source>
        <translation>令牌状态</translation>
    </message>
    <message>
        <source>Remove this endpoint&apos;s token from the keychain</source>
        <translation>从钥匙串中删除此端点的令牌</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>新令牌</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>粘贴令牌</translation>
    </message>
    <message>
        <source>Enter a valid URL first.</source>
        <translation>请先输入有效的 URL。</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>正在询问钥匙串…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Set (in the keychain)</source>
        <translation>已设置（在钥匙串中）</translation>
    </message>
    <message>
        <source>Set for this session only (no keychain available)</source>
        <translation>仅在本次会话中设置（没有可用的钥匙串）</translation>
    </message>
    <message>
        <source>Set for this session only (the keychain refused it: %1)</source>
        <translation>仅在本次会话中设置（钥匙串拒绝了它：%1）</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>无法读取钥匙串：%1</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Set token…</source>
        <translation>设置令牌…</translation>
    </message>
</context>
<context>
    <name>Lattice::VerificationResultModel</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Hashing…</source>
        <translation>正在计算哈希…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>listed more than once with different checksums</source>
        <translation>以不同的校验和被列出多次</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1 (line %2 of the checksum file)</source>
        <translation>%1（校验和文件第 %2 行）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Expected SHA-256</source>
        <translation>预期 SHA-256</translation>
    </message>
    <message>
        <source>Actual SHA-256</source>
        <translation>实际 SHA-256</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>present in the source but not in the checksum file</source>
        <translation>存在于来源中，但不在校验和文件中</translation>
    </message>
</context>
<context>
    <name>Lattice::VerifyPage</name>
    <message numerus="yes">
        <source>Verifying %n listed file(s)…</source>
        <translation>
            <numerusform>正在校验 %n 个已列出的文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the checksum file are improperly formatted.</source>
        <translation>
            <numerusform>校验和文件中有 %n 行格式不正确。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Check downloaded artifacts against a SHA256SUMS file, offline. Drop a checksum file and a folder, files or an archive here.</source>
        <translation>依据 SHA256SUMS 文件离线检查已下载的制品。可将校验和文件以及文件夹、文件或归档拖放到此处。</translation>
    </message>
    <message>
        <source>Checksum &amp;file:</source>
        <translation>校验和文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Checksum file</source>
        <translation>校验和文件</translation>
    </message>
    <message>
        <source>SHA256SUMS</source>
        <translation>SHA256SUMS</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the checksum file</source>
        <translation>选择校验和文件</translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation>校验对象(&amp;A)：</translation>
    </message>
    <message>
        <source>What to verify</source>
        <translation>要校验的内容</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Folder, files or archive to verify</source>
        <translation>要校验的文件夹、文件或归档</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose what to verify</source>
        <translation>选择要校验的内容</translation>
    </message>
    <message>
        <source>Ignore &amp;missing files</source>
        <translation>忽略缺失的文件(&amp;M)</translation>
    </message>
    <message>
        <source>For checking a few downloads against a list of many: listed files that are not present are not counted as problems.</source>
        <translation>用于依据包含大量条目的列表检查少量下载：列出但不存在的文件不计为问题。</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Create &amp;SHA256SUMS…</source>
        <translation>创建 SHA256SUMS(&amp;S)…</translation>
    </message>
    <message>
        <source>Hash every file in a folder and write a SHA256SUMS file that sha256sum -c accepts.</source>
        <translation>计算文件夹中每个文件的哈希，并写入一个 sha256sum -c 可接受的 SHA256SUMS 文件。</translation>
    </message>
    <message>
        <source>Verification summary</source>
        <translation>校验汇总</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>筛选(&amp;L)：</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>名称的一部分</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Show rows in this state</source>
        <translation>显示处于此状态的行</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>Verification results</source>
        <translation>校验结果</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>复制 SHA-256(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>复制名称(&amp;N)</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>总体进度</translation>
    </message>
    <message>
        <source>Copy &amp;digest</source>
        <translation>复制摘要(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the selected file&apos;s SHA-256 (Ctrl+C in the table)</source>
        <translation>复制所选文件的 SHA-256（在表格中按 Ctrl+C）</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the results as JSON or Markdown</source>
        <translation>将结果保存为 JSON 或 Markdown</translation>
    </message>
    <message>
        <source>Default: the checksum file&apos;s folder</source>
        <translation>默认：校验和文件所在的文件夹</translation>
    </message>
    <message>
        <source>Choose or drop the files to verify</source>
        <translation>选择或拖放要校验的文件</translation>
    </message>
    <message>
        <source>A .tar, .tar.gz, .tar.xz, .tar.zst or .zip file</source>
        <translation>.tar、.tar.gz、.tar.xz、.tar.zst 或 .zip 文件</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose the checksum file first.</source>
        <translation>请先选择校验和文件。</translation>
    </message>
    <message>
        <source>Choose the files to verify.</source>
        <translation>请选择要校验的文件。</translation>
    </message>
    <message>
        <source>Choose the archive to verify.</source>
        <translation>请选择要校验的归档。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>A verification is still running.</source>
        <translation>仍有校验正在运行。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) present but not listed</source>
        <translation>
            <numerusform>%n 个文件存在但未列出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improperly formatted line(s)</source>
        <translation>
            <numerusform>%n 行格式不正确</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) listed with different checksums</source>
        <translation>
            <numerusform>%n 个名称以不同的校验和被列出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing file(s) ignored</source>
        <translation>
            <numerusform>已忽略 %n 个缺失的文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 files: nothing after that point was checked.</source>
        <translation>在 %2 个文件中的第 %1 个之后取消：此后的内容均未检查。</translation>
    </message>
    <message>
        <source>%1 failed, %2 missing, %3 unreadable — %4 of %5 listed files match.</source>
        <translation>%1 个失败，%2 个缺失，%3 个无法读取 — %5 个已列出的文件中有 %4 个一致。</translation>
    </message>
    <message>
        <source>Nothing was verified: none of the listed files is present.</source>
        <translation>未校验任何内容：已列出的文件均不存在。</translation>
    </message>
    <message numerus="yes">
        <source>All %n verified file(s) match the checksum file.</source>
        <translation>
            <numerusform>已校验的全部 %n 个文件均与校验和文件一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>The source could not be read to its end: %1</source>
        <translation>来源无法完整读取：%1</translation>
    </message>
    <message>
        <source>Improperly formatted lines of the checksum file: %1</source>
        <translation>校验和文件中格式不正确的行：%1</translation>
    </message>
    <message>
        <source>There is no finished verification to export.</source>
        <translation>没有已完成的校验可供导出。</translation>
    </message>
    <message>
        <source>Hashing the files in %1…</source>
        <translation>正在计算 %1 中文件的哈希…</translation>
    </message>
    <message>
        <source>Checksum files (SHA256SUMS *SUMS *.sha256 *sha256sum* *.txt);;All files (*)</source>
        <translation>校验和文件 (SHA256SUMS *SUMS *.sha256 *sha256sum* *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose the archive</source>
        <translation>选择归档</translation>
    </message>
    <message>
        <source>Archives (*.tar *.tar.gz *.tgz *.tar.xz *.txz *.tar.zst *.tzst *.tar.bz2 *.zip);;All files (*)</source>
        <translation>归档文件 (*.tar *.tar.gz *.tgz *.tar.xz *.txz *.tar.zst *.tzst *.tar.bz2 *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON 报告 (*.json)</translation>
    </message>
    <message>
        <source>Markdown report (*.md)</source>
        <translation>Markdown 报告 (*.md)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <source>Folder to create SHA256SUMS for</source>
        <translation>要为其创建 SHA256SUMS 的文件夹</translation>
    </message>
    <message>
        <source>Replace SHA256SUMS?</source>
        <translation>替换 SHA256SUMS？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>Lattice::WatchedChange</name>
    <message>
        <source>The image channel %1 moved from %2 to %3 since you last looked.</source>
        <translation>自您上次查看以来，镜像通道 %1 已从 %2 变为 %3。</translation>
    </message>
    <message>
        <source>The server now resolves the agents&apos; latest to %2 (was %1).</source>
        <translation>服务器现在将代理的 latest 解析为 %2（之前为 %1）。</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source># Checksum verification

</source>
        <translation># 校验和校验报告

</translation>
    </message>
    <message>
        <source>- Checksum file: %1
</source>
        <translation>- 校验和文件：%1
</translation>
    </message>
    <message>
        <source>- Source (%1): %2
</source>
        <translation>- 来源（%1）：%2
</translation>
    </message>
    <message>
        <source>- Result: %1 OK, %2 failed, %3 missing, %4 unreadable
</source>
        <translation>- 结果：%1 个通过，%2 个失败，%3 个缺失，%4 个无法读取
</translation>
    </message>
    <message>
        <source>- The run was cancelled; entries not reached are listed as unreadable.
</source>
        <translation>- 运行已取消；未读到的条目列为无法读取。
</translation>
    </message>
    <message>
        <source>- The source could not be read to its end: %1
</source>
        <translation>- 来源无法完整读取：%1
</translation>
    </message>
    <message>
        <source>| Status | Name | Expected | Actual | Detail |
</source>
        <translation>| 状态 | 名称 | 预期 | 实际 | 详情 |
</translation>
    </message>
    <message>
        <source>
## Present but not listed

</source>
        <translation>
## 存在但未列出

</translation>
    </message>
    <message>
        <source>
## Improperly formatted lines

%1
</source>
        <translation>
## 格式不正确的行

%1
</translation>
    </message>
    <message>
        <source>
## Listed with different checksums

</source>
        <translation>
## 以不同校验和列出

</translation>
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
    <message>
        <source>Print the milliseconds to the first painted window and quit.</source>
        <translation>打印首次绘制窗口所用的毫秒数，然后退出。</translation>
    </message>
</context>
</TS>
