#include "PluginIndexPage.h"

#include "CapabilityChipDelegate.h"
#include "Ed25519.h"
#include "HttpSession.h"
#include "PluginArtifact.h"
#include "PluginCapability.h"
#include "PluginIndexFetcher.h"
#include "PluginManifest.h"
#include "PluginPublisherModel.h"
#include "PluginTreeModel.h"
#include "PluginViolationModel.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Lattice {

struct PluginIndexPage::Analysis
{
    int generation = 0;
    QString origin;
    std::optional<PluginIndexReport> report;
    QString error;
};

struct PluginIndexPage::ManifestCheck
{
    QString path;
    std::optional<PluginManifest> manifest;
    QString error;
    bool publisherListed = false;
    bool keyUsable = false;
    bool signatureValid = false;
    std::optional<PluginIndex::Release> release; // the index's entry for this version
};

namespace {
QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

template <typename T>
void runInWorker(QObject* context, std::function<T()> work, std::function<void(const T&)> done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        const T result = watcher->result();
        watcher->deleteLater();
        done(result);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}
} // namespace

PluginIndexPage::PluginIndexPage(QWidget* parent)
    : QWidget(parent)
    , m_profile(Profile::upstream())
    , m_session(new Net::HttpSession(this))
    , m_fetcher(new PluginIndexFetcher(m_session, this))
    , m_violations(new PluginViolationModel(this))
    , m_publishers(new PluginPublisherModel(this))
    , m_plugins(new PluginTreeModel(this))
{
    setObjectName(laneId(Lane::PluginIndex) + QStringLiteral("-page"));
    buildLayout();
    setProfile(m_profile);

    connect(m_fetcher, &PluginIndexFetcher::fetched, this,
            [this](const QByteArray& bytes, const QUrl& url) { analyse(bytes, url.toString()); });
    connect(m_fetcher, &PluginIndexFetcher::failed, this, [this](const QString& error) {
        m_fetchButton->setEnabled(true);
        m_activity->setText(tr("Could not fetch the index: %1").arg(error));
        emit loadFailed(error);
    });
}

PluginIndexPage::~PluginIndexPage() = default;

void PluginIndexPage::buildLayout()
{
    auto* title = new QLabel(laneTitle(Lane::PluginIndex), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("plugin-index-source"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_fetchButton = new QPushButton(tr("F&etch index"), this);
    m_fetchButton->setObjectName(QStringLiteral("plugin-fetch"));
    m_fetchButton->setToolTip(tr("Download the index from the profile's plugin index URL"));
    m_openButton = new QPushButton(tr("&Open index file…"), this);
    m_openButton->setObjectName(QStringLiteral("plugin-open"));
    m_manifestButton = new QPushButton(tr("Verify &manifest…"), this);
    m_manifestButton->setObjectName(QStringLiteral("plugin-verify-manifest"));
    m_manifestButton->setToolTip(
        tr("Check a manifest.json's Ed25519 signature with its publisher's key from this index"));
    m_artifactButton = new QPushButton(tr("Verify &artifact…"), this);
    m_artifactButton->setObjectName(QStringLiteral("plugin-verify-artifact"));
    m_artifactButton->setToolTip(tr("Hash a downloaded artifact and compare it with the selected "
                                    "release and the last verified manifest"));
    connect(m_fetchButton, &QPushButton::clicked, this, &PluginIndexPage::fetch);
    connect(m_openButton, &QPushButton::clicked, this, &PluginIndexPage::openFile);
    connect(m_manifestButton, &QPushButton::clicked, this, &PluginIndexPage::chooseManifest);
    connect(m_artifactButton, &QPushButton::clicked, this, &PluginIndexPage::chooseArtifact);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_fetchButton);
    buttons->addWidget(m_openButton);
    buttons->addSpacing(16);
    buttons->addWidget(m_manifestButton);
    buttons->addWidget(m_artifactButton);
    buttons->addStretch();

    m_banner = new QLabel(tr("No index loaded yet."), this);
    m_banner->setObjectName(QStringLiteral("plugin-status-banner"));
    m_banner->setAccessibleName(tr("Index status"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setMargin(8);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_banner->setFocusPolicy(Qt::StrongFocus);

    m_installNote = new QLabel(
        tr("There is no Install button: remote install stays blocked by upstream policy. It would "
           "need a signed index, a publisher trust policy, manifest signature and artifact digest "
           "checks, a capability risk review, an approved and audited install, and a way to "
           "revoke, and none of these exist yet. This page is for discovery and verification."),
        this);
    m_installNote->setObjectName(QStringLiteral("plugin-install-note"));
    m_installNote->setWordWrap(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("plugin-summary"));
    m_summary->setWordWrap(true);
    m_activity = new QLabel(this);
    m_activity->setObjectName(QStringLiteral("plugin-activity"));
    m_activity->setWordWrap(true);

    m_violationView = new QTableView(this);
    m_violationView->setObjectName(QStringLiteral("plugin-violations"));
    m_violationView->setAccessibleName(tr("Rule violations"));
    m_violationView->setModel(m_violations);
    m_violationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_violationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_violationView->verticalHeader()->hide();
    m_violationView->horizontalHeader()->setSectionResizeMode(PluginViolationModel::RuleColumn,
                                                              QHeaderView::ResizeToContents);
    m_violationView->horizontalHeader()->setSectionResizeMode(PluginViolationModel::PathColumn,
                                                              QHeaderView::ResizeToContents);
    m_violationView->horizontalHeader()->setStretchLastSection(true);
    m_violationView->setWordWrap(true);

    m_publisherView = new QTableView(this);
    m_publisherView->setObjectName(QStringLiteral("plugin-publishers"));
    m_publisherView->setAccessibleName(tr("Publishers and their keys"));
    m_publisherView->setModel(m_publishers);
    m_publisherView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_publisherView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_publisherView->verticalHeader()->hide();
    m_publisherView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_publisherView->horizontalHeader()->setStretchLastSection(true);

    m_pluginView = new QTreeView(this);
    m_pluginView->setObjectName(QStringLiteral("plugin-tree"));
    m_pluginView->setAccessibleName(tr("Plugins and releases"));
    m_pluginView->setModel(m_plugins);
    m_pluginView->setItemDelegateForColumn(PluginTreeModel::CapabilitiesColumn,
                                           new CapabilityChipDelegate(m_pluginView));
    m_pluginView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pluginView->setUniformRowHeights(true);
    m_pluginView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* legend = new QHBoxLayout;
    legend->addWidget(new QLabel(tr("Capability risk:"), this));
    for (const auto tier :
         {PluginCapability::RiskTier::Read, PluginCapability::RiskTier::Write,
          PluginCapability::RiskTier::Host, PluginCapability::RiskTier::Unknown}) {
        const auto colours = CapabilityChipDelegate::coloursFor(PluginCapability::tierId(tier));
        auto* chip = new QLabel(PluginCapability::tierName(tier), this);
        chip->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: black; border: 1px %3 %2; "
                           "border-radius: 6px; padding: 1px 6px; }")
                .arg(colours.fill.name(), colours.border.name(),
                     tier == PluginCapability::RiskTier::Unknown ? QStringLiteral("dashed")
                                                                 : QStringLiteral("solid")));
        legend->addWidget(chip);
    }
    // Wrapped, or its one long line would set the whole window's minimum width.
    auto* legendNote = new QLabel(tr("Hollow chips: the release lists none and inherits the "
                                     "plugin default. Host risk needs a trusted publisher "
                                     "signature on the server."),
                                  this);
    legendNote->setWordWrap(true);
    legend->addWidget(legendNote, 1);
    auto* pluginTab = new QWidget(this);
    auto* pluginLayout = new QVBoxLayout(pluginTab);
    pluginLayout->addLayout(legend);
    pluginLayout->addWidget(m_pluginView, 1);

    m_signatureResult = new QLabel(this);
    m_signatureResult->setObjectName(QStringLiteral("index-signature-result"));
    m_manifestResult = new QLabel(tr("No manifest verified yet."), this);
    m_manifestResult->setObjectName(QStringLiteral("manifest-result"));
    m_manifestResult->setAccessibleName(tr("Manifest verification result"));
    m_artifactResult = new QLabel(tr("No artifact verified yet."), this);
    m_artifactResult->setObjectName(QStringLiteral("artifact-result"));
    m_artifactResult->setAccessibleName(tr("Artifact verification result"));
    auto* verifyTab = new QWidget(this);
    auto* verifyLayout = new QVBoxLayout(verifyTab);
    for (QLabel* label : {m_signatureResult, m_manifestResult, m_artifactResult}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setFocusPolicy(Qt::StrongFocus);
        verifyLayout->addWidget(label);
    }
    verifyLayout->addStretch();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("plugin-tabs"));
    m_tabs->addTab(m_violationView, tr("Vio&lations"));
    m_tabs->addTab(m_publisherView, tr("P&ublishers"));
    m_tabs->addTab(pluginTab, tr("Plu&gins"));
    m_tabs->addTab(verifyTab, tr("Signa&tures"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_source);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    layout->addWidget(m_installNote);
    layout->addWidget(m_summary);
    layout->addWidget(m_activity);
    layout->addWidget(m_tabs, 1);
    clearIndex();
}

void PluginIndexPage::setProfile(const Profile& profile)
{
    m_profile = profile;
    m_source->setText(tr("Source: %1").arg(profile.pluginIndexUrl.toString()));
}

void PluginIndexPage::setBusy(const QString& text)
{
    m_activity->setText(text);
}

void PluginIndexPage::refresh()
{
    if (!m_offline && m_profile.pluginIndexUrl.isValid())
        fetch();
}

void PluginIndexPage::fetch()
{
    ++m_generation;
    m_fetchButton->setEnabled(false);
    setBusy(tr("Fetching %1…").arg(m_profile.pluginIndexUrl.toString()));
    m_fetcher->fetch(m_profile.pluginIndexUrl, m_profile.allowInsecureLoopback);
}

void PluginIndexPage::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open plugin index"), {},
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void PluginIndexPage::loadFile(const QString& path)
{
    m_fetcher->cancel();
    m_fetchButton->setEnabled(true);
    setBusy(tr("Reading %1…").arg(path));
    const int generation = ++m_generation;
    runAnalysis([path, generation] {
        Analysis a;
        a.generation = generation;
        a.origin = path;
        if (const auto bytes = PluginIndexFetcher::readFile(path, &a.error))
            a.report = PluginIndexReport::analyse(*bytes, &a.error);
        return a;
    });
}

void PluginIndexPage::analyse(const QByteArray& bytes, const QString& origin)
{
    m_fetchButton->setEnabled(true);
    setBusy(tr("Checking %1…").arg(origin));
    const int generation = m_generation;
    runAnalysis([bytes, origin, generation] {
        Analysis a;
        a.generation = generation;
        a.origin = origin;
        a.report = PluginIndexReport::analyse(bytes, &a.error);
        return a;
    });
}

void PluginIndexPage::runAnalysis(std::function<Analysis()> work)
{
    runInWorker<Analysis>(this, std::move(work), [this](const Analysis& a) {
        if (a.generation == m_generation)
            showAnalysis(a);
    });
}

void PluginIndexPage::clearIndex()
{
    m_report.reset();
    m_violations->setViolations({});
    m_publishers->setPublishers({});
    m_plugins->setPlugins({});
    m_summary->clear();
    m_tabs->setTabText(0, tr("Vio&lations"));
    m_signatureResult->setText(tr("No index loaded."));
}

void PluginIndexPage::showAnalysis(const Analysis& analysis)
{
    if (!analysis.report) {
        clearIndex();
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: #f2dede; color: black; }"));
        m_banner->setText(tr("<b>Unreadable index</b> — %1").arg(escaped(analysis.error)));
        m_activity->setText(tr("Could not read %1.").arg(analysis.origin));
        emit loadFailed(analysis.error);
        return;
    }
    m_report = analysis.report;
    const PluginIndex& index = m_report->index;
    m_violations->setViolations(m_report->violations);
    m_publishers->setPublishers(index.publishers);
    m_plugins->setPlugins(index.plugins);
    m_pluginView->expandAll();
    showStatus(index, analysis.origin);

    const int broken = int(m_report->violations.size());
    m_tabs->setTabText(0, tr("Vio&lations (%1)").arg(broken));
    m_summary->setText(tr("Plugins: %1 · Releases: %2 · Rule violations: %3 · Generated: %4")
                           .arg(index.plugins.size())
                           .arg(index.releaseCount())
                           .arg(broken)
                           .arg(index.generatedAt));
    m_activity->setText(tr("Loaded %1.").arg(analysis.origin));
    if (broken > 0)
        m_tabs->setCurrentIndex(0);

    QStringList lines;
    lines << tr("<b>Index signatures (provisional).</b> Upstream has not fixed what an index "
                "signature covers; the desk checks them over the recommended payload, "
                "LATTICE-PLUGIN-INDEX-V1 and the canonical JSON of the index without its "
                "signatures, and no result here makes an index trusted.");
    if (m_report->signatures.isEmpty())
        lines << tr("This index carries no index-level signatures.");
    for (const PluginSignatures::IndexSignatureResult& s : m_report->signatures)
        lines << tr("%1 %2: %3")
                     .arg(s.valid ? QStringLiteral("✔") : QStringLiteral("✘"), escaped(s.publisher),
                          escaped(s.detail));
    m_signatureResult->setText(lines.join(QStringLiteral("<br>")));
    emit indexLoaded();
}

void PluginIndexPage::showStatus(const PluginIndex& index, const QString& origin)
{
    QString colour;
    QString text;
    switch (index.status) {
    case PluginIndex::Status::Draft:
        colour = QStringLiteral("#fcf3cf");
        text = tr("<b>Status: draft</b> — discovery only. Nothing in a draft index may be "
                  "installed remotely, and it carries no index signature that could make it "
                  "official.");
        break;
    case PluginIndex::Status::Official:
        colour = QStringLiteral("#dff0d8");
        text = tr("<b>Status: official</b> — index signatures: %1, checked only "
                  "provisionally. Remote install is still blocked upstream.")
                   .arg(index.signatures.size());
        break;
    case PluginIndex::Status::Example:
        colour = QStringLiteral("#d9edf7");
        text = tr("<b>Status: example</b> — sample data with placeholder keys and signatures, "
                  "not a real index.");
        break;
    case PluginIndex::Status::Unknown:
        colour = QStringLiteral("#f2dede");
        text = tr("<b>Status: %1</b> — not a status the index format knows; the index is invalid.")
                   .arg(escaped(index.statusText.isEmpty() ? tr("missing") : index.statusText));
        break;
    }
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: black; border: 1px solid #888; }")
            .arg(colour));
    m_banner->setText(text + QStringLiteral("<br>") + tr("From %1").arg(escaped(origin)));
    m_banner->setAccessibleDescription(m_banner->text());
}

void PluginIndexPage::chooseManifest()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Verify plugin manifest"), {},
                                                      tr("Manifests (*.json);;All files (*)"));
    if (!path.isEmpty())
        verifyManifestFile(path);
}

void PluginIndexPage::verifyManifestFile(const QString& path)
{
    m_manifestResult->setText(tr("Verifying %1…").arg(escaped(path)));
    const std::optional<PluginIndex> index =
        m_report ? std::optional<PluginIndex>(m_report->index) : std::nullopt;
    runInWorker<ManifestCheck>(
        this,
        [path, index] {
            ManifestCheck c;
            c.path = path;
            const auto bytes = PluginIndexFetcher::readFile(path, &c.error);
            if (!bytes)
                return c;
            c.manifest = PluginManifest::parse(*bytes, &c.error);
            if (!c.manifest || !index)
                return c;
            const PluginIndex::Publisher* publisher = index->publisher(c.manifest->publisher);
            c.publisherListed = publisher != nullptr;
            const auto key =
                publisher ? PluginSignatures::decodePublicKey(publisher->publicKey) : std::nullopt;
            c.keyUsable = key && !Ed25519::isWeakKey(*key);
            c.signatureValid = c.keyUsable && PluginSignatures::verifyManifest(*c.manifest, *key);
            if (const PluginIndex::Release* r = index->release(c.manifest->id, c.manifest->version))
                c.release = *r;
            return c;
        },
        [this](const ManifestCheck& c) { showManifestCheck(c); });
}

void PluginIndexPage::showManifestCheck(const ManifestCheck& c)
{
    if (!c.manifest) {
        m_manifestResult->setText(
            tr("✘ %1 is not a readable manifest: %2").arg(escaped(c.path), escaped(c.error)));
        emit manifestVerified(false);
        return;
    }
    const PluginManifest& m = *c.manifest;
    QStringList lines;
    lines << tr("<b>Manifest %1</b> — %2 %3 by %4")
                 .arg(PluginManifest::schemaId(m.schema), escaped(m.id), escaped(m.version),
                      escaped(m.publisher));
    if (!m_report)
        lines << tr(
            "✘ Signature not checked: load the index that lists the publisher's key first.");
    else if (!c.publisherListed)
        lines << tr("✘ Signature not checked: publisher %1 is not listed in this index.")
                     .arg(escaped(m.publisher));
    else if (!c.keyUsable)
        lines << tr("✘ Signature not checked: the index has no usable key for %1.")
                     .arg(escaped(m.publisher));
    else if (c.signatureValid)
        lines << tr("✔ Signature <b>valid</b> (Ed25519 over the %1 payload).")
                     .arg(PluginManifest::schemaId(m.schema));
    else
        lines << tr("✘ Signature <b>INVALID</b> over the %1 payload: the manifest was changed "
                    "after signing, or signed with another key.")
                     .arg(PluginManifest::schemaId(m.schema));
    if (c.release) {
        lines << (c.release->signature == m.signatureText
                      ? tr("The index lists the same signature for this release.")
                      : tr("✘ The index lists a different signature for this release."));
        if (c.release->artifactSha256 != m.artifactDigest)
            lines << tr("✘ The index's artifact_sha256 differs from the manifest's digest.");
    } else if (m_report) {
        lines << tr("This version is not listed in the index.");
    }
    lines << tr("Artifact digest: %1")
                 .arg(m.artifactDigest.isEmpty() ? tr("none") : escaped(m.artifactDigest));
    m_manifestResult->setText(lines.join(QStringLiteral("<br>")));
    m_manifestResult->setAccessibleDescription(m_manifestResult->text());
    if (c.signatureValid) {
        m_manifestDigest = m.artifactDigest;
        m_manifestLabel = QStringLiteral("%1 %2").arg(m.id, m.version);
    }
    m_tabs->setCurrentIndex(3);
    emit manifestVerified(c.signatureValid);
}

void PluginIndexPage::chooseArtifact()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Verify downloaded artifact"));
    if (!path.isEmpty())
        verifyArtifactFile(path);
}

void PluginIndexPage::verifyArtifactFile(const QString& path)
{
    // What to compare with: the release selected in the tree, and the digest
    // of the last manifest whose signature verified.
    struct Expectation
    {
        QString label;
        QString digest;
    };
    QList<Expectation> expected;
    const QModelIndex current = m_pluginView->currentIndex();
    if (current.isValid() &&
        current.data(PluginTreeModel::KindRole).value<PluginTreeModel::Kind>() ==
            PluginTreeModel::Kind::Release)
        expected.append({tr("the index's artifact_sha256 for %1 %2")
                             .arg(current.data(PluginTreeModel::PluginIdRole).toString(),
                                  current.data(PluginTreeModel::VersionRole).toString()),
                         current.data(PluginTreeModel::ArtifactSha256Role).toString()});
    if (!m_manifestDigest.isEmpty())
        expected.append({tr("the verified manifest of %1").arg(m_manifestLabel), m_manifestDigest});

    m_artifactResult->setText(tr("Hashing %1…").arg(escaped(path)));
    m_artifactButton->setEnabled(false);
    struct Hash
    {
        std::optional<QString> sha256;
        QString error;
    };
    runInWorker<Hash>(
        this,
        [path] {
            Hash h;
            h.sha256 = PluginArtifact::sha256OfFile(path, &h.error);
            return h;
        },
        [this, path, expected](const Hash& h) {
            m_artifactButton->setEnabled(true);
            if (!h.sha256) {
                m_artifactResult->setText(tr("✘ %1").arg(escaped(h.error)));
                emit artifactVerified(false);
                return;
            }
            QStringList lines{tr("<b>%1</b><br>SHA-256 %2").arg(escaped(path), *h.sha256)};
            bool allMatch = !expected.isEmpty();
            for (const Expectation& e : expected) {
                const bool match = e.digest.compare(*h.sha256, Qt::CaseInsensitive) == 0;
                allMatch = allMatch && match;
                lines << (match ? tr("✔ matches %1").arg(escaped(e.label))
                                : tr("✘ does NOT match %1 (%2)")
                                      .arg(escaped(e.label), escaped(e.digest)));
            }
            if (expected.isEmpty())
                lines << tr("Nothing to compare with: select a release on the Plugins tab or "
                            "verify its manifest first.");
            m_artifactResult->setText(lines.join(QStringLiteral("<br>")));
            m_artifactResult->setAccessibleDescription(m_artifactResult->text());
            m_tabs->setCurrentIndex(3);
            emit artifactVerified(allMatch);
        });
}

} // namespace Lattice
