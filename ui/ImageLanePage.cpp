#include "ImageLanePage.h"

#include "ChannelBoard.h"
#include "ChannelBoardModel.h"
#include "ChannelBoardPanel.h"
#include "ChildHealthModel.h"
#include "ChildHealthPanel.h"
#include "CleanupPreviewPanel.h"
#include "ImageLaneText.h"
#include "ImageTagModel.h"
#include "ImageTagsPanel.h"
#include "Lane.h"
#include "StateBanner.h"
#include "TagDiffModel.h"
#include "TagDiffPanel.h"
#include "TagHistoryPanel.h"
#include "TagTimelineModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Lattice {

namespace {
// A Secret Service prompt with nobody to answer it never returns.
constexpr int KeychainTimeoutMs = 30000;

ImageLaneService::Endpoint endpointFor(const Profile& profile)
{
    ImageLaneService::Endpoint e;
    e.registry = profile.registryUrl;
    e.repository = profile.imageRepository;
    e.allowInsecureLoopback = profile.allowInsecureLoopback;
    e.githubApi = profile.githubApiUrl;
    const QStringList slug = profile.serverRepo.split(QLatin1Char('/'));
    e.packageOrg = slug.value(0);
    e.packageName = slug.value(1);
    return e;
}

// Whether two profiles read this lane from the same places.
bool sameSource(const Profile& a, const Profile& b)
{
    return a.registryUrl == b.registryUrl && a.imageRepository == b.imageRepository &&
           a.allowInsecureLoopback == b.allowInsecureLoopback && a.githubApiUrl == b.githubApiUrl &&
           a.serverRepo == b.serverRepo;
}

bool isTokenProblem(const QString& error)
{
    static const QRegularExpression unauthorised(QStringLiteral(": HTTP 40[13]\\b"));
    return error.contains(QLatin1String("read:packages")) || unauthorised.match(error).hasMatch();
}
} // namespace

ImageLanePage::ImageLanePage(QWidget* parent)
    : ImageLanePage(Store::defaultPath(), parent)
{}

ImageLanePage::ImageLanePage(const QString& storePath, QWidget* parent)
    : QWidget(parent)
    , m_storePath(storePath)
    , m_secrets(new SecretStore(this))
    , m_board(new ChannelBoardModel(this))
    , m_tagModel(new ImageTagModel(this))
    , m_diff(new TagDiffModel(this))
    , m_health(new ChildHealthModel(this))
    , m_timeline(new TagTimelineModel(this))
    , m_history(new TagHistoryModel(this))
{
    setObjectName(laneId(Lane::ServerImage) + QStringLiteral("-page"));
    buildUi();

    connect(m_tagsPanel, &ImageTagsPanel::checkRequested, this, [this](const QStringList& tags) {
        m_tabs->setCurrentWidget(m_healthPanel);
        checkChildren(tags);
    });
    connect(m_tagsPanel, &ImageTagsPanel::compareRequested, this, &ImageLanePage::compareTags);
    connect(m_healthPanel, &ChildHealthPanel::checkRequested, this, &ImageLanePage::checkChildren);
    connect(m_cleanupPanel, &CleanupPreviewPanel::previewRequested, this,
            &ImageLanePage::previewCleanup);
    updateAvailability();
}

ImageLanePage::~ImageLanePage() = default;

ImageLaneService* ImageLanePage::service()
{
    if (m_service)
        return m_service;
    m_service = new ImageLaneService(m_storePath, this);
    connect(m_service, &ImageLaneService::refreshed, this, &ImageLanePage::onRefreshed);
    connect(m_service, &ImageLaneService::historyLoaded, this, &ImageLanePage::onHistoryLoaded);
    connect(m_service, &ImageLaneService::cleanupPreviewed, this,
            &ImageLanePage::onCleanupPreviewed);
    connect(m_service, &ImageLaneService::busyChanged, this, &ImageLanePage::onBusyChanged);
    connect(m_service, &ImageLaneService::progress, this, &ImageLanePage::onProgress);
    if (m_hasProfile)
        m_service->setEndpoint(m_endpoint);
    return m_service;
}

void ImageLanePage::buildUi()
{
    m_title = new QLabel(laneTitle(Lane::ServerImage), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_reference = new QLabel(this);
    m_reference->setObjectName(QStringLiteral("image-reference"));
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reference->setAccessibleName(tr("Image reference"));
    m_asOf = new QLabel(this);
    m_asOf->setObjectName(QStringLiteral("image-as-of"));
    m_asOf->setAccessibleName(tr("Data as of"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("image-progress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("%v of %m tags"));
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("&Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("image-cancel"));
    m_cancelButton->setToolTip(tr("Stop what the lane is doing; results so far are kept."));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &ImageLanePage::cancel);
    m_refreshButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("image-refresh"));
    m_refreshButton->setToolTip(tr("Read every tag of the image again"));
    connect(m_refreshButton, &QPushButton::clicked, this, &ImageLanePage::refresh);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_reference);
    header->addLayout(titles, 1);
    header->addWidget(m_asOf);
    header->addWidget(m_progress);
    header->addWidget(m_cancelButton);
    header->addWidget(m_refreshButton);

    m_banner = new StateBanner(this);
    m_banner->setObjectName(QStringLiteral("image-banner"));

    m_boardPanel = new ChannelBoardPanel(m_board, this);
    m_tagsPanel = new ImageTagsPanel(m_tagModel, this);
    m_diffPanel = new TagDiffPanel(m_diff, this);
    m_healthPanel = new ChildHealthPanel(m_health, this);
    m_cleanupPanel = new CleanupPreviewPanel(this);
    m_historyPanel = new TagHistoryPanel(m_timeline, m_history, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("image-tabs"));
    m_tabs->setAccessibleName(tr("Server image views"));
    m_tabs->addTab(m_boardPanel, tr("C&hannels"));
    m_tabs->addTab(m_tagsPanel, tr("&Tags"));
    m_tabs->addTab(m_diffPanel, tr("&Diff"));
    m_tabs->addTab(m_healthPanel, tr("H&ealth"));
    m_tabs->addTab(m_cleanupPanel, tr("Clean&up preview"));
    m_tabs->addTab(m_historyPanel, tr("Hi&story"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
}

void ImageLanePage::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets;
}

QString ImageLanePage::imageReference() const
{
    if (!m_hasProfile)
        return {};
    const QUrl& registry = m_profile.registryUrl;
    const QString host = registry.port() > 0
                             ? QStringLiteral("%1:%2").arg(registry.host()).arg(registry.port())
                             : registry.host();
    return host + QLatin1Char('/') + m_profile.imageRepository;
}

bool ImageLanePage::isBusy() const
{
    return (m_service && m_service->isBusy()) || m_awaitingToken;
}

void ImageLanePage::setOffline(bool offline)
{
    m_offline = offline;
    if (offline)
        cancel();
    updateAvailability();
}

void ImageLanePage::setProfile(const Profile& profile)
{
    if (m_hasProfile && sameSource(profile, m_profile)) {
        // Nothing to read again; a new list of channels only regroups the tags.
        const bool regroup = profile.movingChannels != m_profile.movingChannels;
        m_profile = profile;
        if (regroup && !m_tags.isEmpty())
            applyTags();
        return;
    }
    // Whatever runs for the old endpoints answers "cancelled"; those answers
    // are dropped. Cancelling first also lets the worker reconfigure safely.
    if (m_service && (m_pendingRefreshes > 0 || m_pendingPreviews > 0))
        m_service->cancel();
    m_staleRefreshes = m_pendingRefreshes;
    m_stalePreviews = m_pendingPreviews;
    ++m_tokenRequest;
    m_awaitingToken = false;
    m_queuedCleanupKeep = -1;
    m_checkInFlight = false;

    m_profile = profile;
    m_hasProfile = true;
    m_endpoint = endpointFor(profile);
    if (m_service)
        m_service->setEndpoint(m_endpoint);

    m_reference->setText(imageReference());
    m_healthPanel->setImageReference(imageReference());
    m_cleanupPanel->setPackage(profile.serverRepo, profile.githubApiUrl.toString());
    clearResults();
    m_banner->showMessage(StateBanner::Tone::Info,
                          tr("Not loaded yet. The tags of %1 are read when this page is shown, "
                             "or when you press Refresh.")
                              .arg(imageReference()));
    m_needsRefresh = true;
    if (isVisible())
        refresh();
    updateAvailability();
}

void ImageLanePage::clearResults()
{
    m_tags.clear();
    m_historyRows.clear();
    m_asOfTime = {};
    m_asOf->clear();
    m_board->clear();
    m_tagModel->clear();
    m_health->clear();
    m_history->clear();
    m_timeline->clear();
    m_diffPanel->setTags({}, {});
    m_cleanupPanel->clear();
    m_historyPanel->showLoaded();
}

void ImageLanePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Network work starts only once the maintainer looks at the lane.
    if (m_needsRefresh && m_hasProfile)
        refresh();
}

void ImageLanePage::refresh()
{
    if (!m_hasProfile)
        return;
    if (m_offline) {
        m_banner->showMessage(StateBanner::Tone::Info,
                              tr("Offline mode: %1 is not contacted. Start the desk without "
                                 "--offline to read its tags.")
                                  .arg(imageReference()));
        return;
    }
    m_needsRefresh = false;
    startRefresh({}, false);
}

void ImageLanePage::checkChildren(const QStringList& tags)
{
    if (!m_hasProfile || m_offline || m_tags.isEmpty())
        return;
    startRefresh(tags, true);
}

void ImageLanePage::startRefresh(const QStringList& tags, bool checkChildren)
{
    if (m_checkInFlight && !checkChildren)
        m_healthPanel->showError(tr("The check was stopped by a newer refresh. Press Check all "
                                    "tags to run it again."));
    // The service cancels a running refresh when a new one starts.
    m_staleRefreshes = m_pendingRefreshes;
    ++m_pendingRefreshes;
    m_cancelRequested = false;
    m_checkInFlight = checkChildren;
    if (checkChildren) {
        m_healthPanel->setChecking(true, int(tags.size()));
    } else if (m_tags.isEmpty()) {
        m_banner->showMessage(StateBanner::Tone::Busy,
                              tr("Reading the tags of %1…").arg(imageReference()));
    } else {
        m_banner->showMessage(StateBanner::Tone::Busy,
                              tr("Refreshing %1; the tags below are as of %2.")
                                  .arg(imageReference(), Oci::timestampText(m_asOfTime)));
    }
    service()->refresh(tags, checkChildren);
    updateAvailability();
}

void ImageLanePage::cancel()
{
    if (!isBusy())
        return;
    m_cancelRequested = true;
    if (m_awaitingToken) {
        ++m_tokenRequest;
        m_awaitingToken = false;
        m_cleanupPanel->showError(tr("Cleanup preview cancelled. Press Preview cleanup to start "
                                     "again."));
    }
    if (m_queuedCleanupKeep >= 0) {
        m_queuedCleanupKeep = -1;
        m_cleanupPanel->showError(tr("Cleanup preview cancelled. Press Preview cleanup to start "
                                     "again."));
    }
    if (m_service)
        m_service->cancel();
    updateAvailability();
}

void ImageLanePage::onRefreshed(const QList<Oci::TagInfo>& tags, const QString& error,
                                const QDateTime& at, bool checkedChildren)
{
    --m_pendingRefreshes;
    if (m_staleRefreshes > 0) {
        --m_staleRefreshes;
        updateAvailability();
        return;
    }
    if (checkedChildren)
        m_checkInFlight = false;
    if (!error.isEmpty()) {
        if (checkedChildren) {
            m_healthPanel->showError(
                m_cancelRequested
                    ? tr("Check cancelled. Press Check all tags to start again.")
                    : tr("The check could not run: %1. Check that the registry answers, then "
                         "press Check all tags again.")
                          .arg(error));
        } else {
            showRefreshError(error, m_cancelRequested);
        }
        updateAvailability();
        if (checkedChildren)
            emit childrenChecked(error);
        else
            emit tagsRefreshed(error);
        startQueuedCleanup();
        return;
    }

    if (checkedChildren) {
        m_health->setCheckResults(tags, at);
        m_healthPanel->showResult();
    } else {
        m_health->setTags(tags);
        m_asOfTime = at;
        m_asOf->setText(
            tr("as of %1").arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)));
        m_asOf->setToolTip(tr("Tags read at %1").arg(Oci::timestampText(at)));
    }
    m_tags = m_health->tags();
    applyTags();
    m_historyPanel->showLoading();
    m_service->loadHistory();
    updateAvailability();
    if (checkedChildren)
        emit childrenChecked({});
    else
        emit tagsRefreshed({});
    startQueuedCleanup();
}

void ImageLanePage::applyTags()
{
    const QStringList channels = m_profile.movingChannels;
    m_board->setChannels(Oci::ChannelBoard::compute(m_tags, channels));
    m_tagModel->setTags(m_tags, channels);
    m_diffPanel->setTags(m_tags, m_tagModel->tagNames());
    m_timeline->setTimelines(Oci::TagTimeline::compute(m_historyRows, m_tags, channels));

    int unreadable = 0;
    for (const Oci::TagInfo& t : std::as_const(m_tags))
        unreadable += t.readable() ? 0 : 1;
    if (m_tags.isEmpty())
        m_banner->showMessage(StateBanner::Tone::Info,
                              tr("%1 has no tags. Check the image repository in the profile, or "
                                 "push an image first.")
                                  .arg(imageReference()));
    else if (unreadable > 0)
        m_banner->showMessage(StateBanner::Tone::Warning,
                              tr("%n tag(s) could not be read; the Tags tab says why for each "
                                 "(hover the tag). Press Refresh to try again.",
                                 nullptr, unreadable));
    else
        m_banner->clear();
}

void ImageLanePage::showRefreshError(const QString& error, bool cancelled)
{
    if (cancelled) {
        m_banner->showMessage(StateBanner::Tone::Info,
                              m_tags.isEmpty()
                                  ? tr("Refresh cancelled before any tag was read. Press Refresh "
                                       "to try again.")
                                  : tr("Refresh cancelled; the tags below are as of %1.")
                                        .arg(Oci::timestampText(m_asOfTime)));
        return;
    }
    QString text = tr("Could not read the tags of %1: %2. Check that the registry answers (the "
                      "Overview lists every endpoint) and that the image repository in the "
                      "profile is right, then press Refresh.")
                       .arg(imageReference(), error);
    if (!m_tags.isEmpty())
        text += QLatin1Char(' ') +
                tr("The tags below are as of %1.").arg(Oci::timestampText(m_asOfTime));
    m_banner->showMessage(StateBanner::Tone::Error, text);
}

void ImageLanePage::onHistoryLoaded(const QList<Store::TagObservation>& history)
{
    m_historyRows.clear();
    m_historyRows.reserve(history.size());
    for (const Store::TagObservation& o : history)
        m_historyRows.append({o.tag, o.digest, o.observedAt});
    m_history->setRows(m_historyRows);
    m_timeline->setTimelines(
        Oci::TagTimeline::compute(m_historyRows, m_tags, m_profile.movingChannels));
    m_historyPanel->showLoaded();
    emit historyShown();
}

void ImageLanePage::compareTags(const QString& a, const QString& b)
{
    m_diffPanel->compare(a, b);
    m_tabs->setCurrentWidget(m_diffPanel);
}

void ImageLanePage::previewCleanup()
{
    if (!m_hasProfile || m_offline || m_awaitingToken || m_pendingPreviews > 0)
        return;
    readTokenAndPreview(m_cleanupPanel->keep());
}

void ImageLanePage::readTokenAndPreview(int keep)
{
    if (m_pendingRefreshes > 0) {
        // Handing the token to the worker reconfigures it, which must not
        // happen under a running refresh; the preview starts after it.
        m_queuedCleanupKeep = keep;
        m_cleanupPanel->showWaiting(tr("Waiting for the running refresh to finish…"));
        updateAvailability();
        return;
    }
    m_awaitingToken = true;
    const quint64 request = ++m_tokenRequest;
    m_cleanupPanel->showWaiting(tr("Reading the GitHub token for %1 from the keychain…")
                                    .arg(m_profile.githubApiUrl.toString()));
    QPointer<ImageLanePage> self(this);
    m_secrets->read(SecretStore::githubKey(m_profile.githubApiUrl),
                    [self, request, keep](const SecretStore::Result& result) {
                        if (!self || request != self->m_tokenRequest)
                            return; // cancelled, timed out or the profile changed
                        self->m_awaitingToken = false;
                        self->startCleanup(keep, result);
                    });
    QTimer::singleShot(KeychainTimeoutMs, this, [this, request] {
        if (request != m_tokenRequest || !m_awaitingToken)
            return;
        ++m_tokenRequest;
        m_awaitingToken = false;
        m_cleanupPanel->showError(tr("The keychain did not answer within 30 seconds, so no "
                                     "GitHub token could be read. Unlock the keychain and press "
                                     "Preview cleanup again."));
        updateAvailability();
    });
    updateAvailability();
}

void ImageLanePage::startCleanup(int keep, const SecretStore::Result& token)
{
    if (m_pendingRefreshes > 0) {
        m_queuedCleanupKeep = keep; // the token is read again when the refresh is done
        m_cleanupPanel->showWaiting(tr("Waiting for the running refresh to finish…"));
        updateAvailability();
        return;
    }
    if (token.status != SecretStore::Status::Ok || token.secret.isEmpty()) {
        QString reason;
        if (token.status == SecretStore::Status::NotFound ||
            token.status == SecretStore::Status::Ok)
            reason = tr("no GitHub token is stored for %1").arg(m_profile.githubApiUrl.toString());
        else
            reason = tr("the keychain could not be read (%1)").arg(token.errorText);
        m_cleanupPanel->showError(tokenAdvice(reason));
        updateAvailability();
        emit cleanupPreviewShown(reason);
        return;
    }
    ImageLaneService::Endpoint withToken = m_endpoint;
    withToken.githubToken = token.secret;
    ImageLaneService* lane = service();
    lane->setEndpoint(withToken);
    ++m_pendingPreviews;
    m_cancelRequested = false;
    lane->previewCleanup(keep);
    // The worker hands the token to the preview's own GitHub client when the
    // preview starts; from the next request on, the lane holds no token.
    lane->setEndpoint(m_endpoint);
    m_cleanupPanel->showWaiting(
        tr("Listing the versions of %1 and inspecting every tag anonymously…")
            .arg(m_profile.serverRepo));
    updateAvailability();
}

void ImageLanePage::startQueuedCleanup()
{
    if (m_queuedCleanupKeep < 0 || m_pendingRefreshes > 0)
        return;
    const int keep = m_queuedCleanupKeep;
    m_queuedCleanupKeep = -1;
    readTokenAndPreview(keep);
}

QString ImageLanePage::tokenAdvice(const QString& reason) const
{
    return tr("The cleanup preview needs a GitHub token with read:packages: the Packages API has "
              "no anonymous access, and %1. Next step: create a token with the read:packages "
              "scope, store it in the keychain entry \"%2\" (service \"%3\"), then press Preview "
              "cleanup again. From a terminal, lattice-desk-cli image cleanup-plan %4 takes it "
              "from GITHUB_TOKEN.")
        .arg(reason, SecretStore::githubKey(m_profile.githubApiUrl), m_secrets->service(),
             m_profile.serverRepo);
}

void ImageLanePage::onCleanupPreviewed(const Oci::CleanupPlan& plan, const QString& error)
{
    --m_pendingPreviews;
    if (m_stalePreviews > 0) {
        --m_stalePreviews;
        updateAvailability();
        return;
    }
    if (error.isEmpty())
        m_cleanupPanel->showPlan(plan);
    else if (m_cancelRequested)
        m_cleanupPanel->showError(
            tr("Cleanup preview cancelled. Press Preview cleanup to start again."));
    else if (isTokenProblem(error))
        m_cleanupPanel->showError(tokenAdvice(tr("the API refused the request (%1)").arg(error)));
    else
        m_cleanupPanel->showError(tr("The cleanup preview failed: %1. Check that %2 and the "
                                     "registry answer, then press Preview cleanup again.")
                                      .arg(error, m_profile.githubApiUrl.toString()));
    updateAvailability();
    emit cleanupPreviewShown(error);
}

void ImageLanePage::onBusyChanged(bool busy)
{
    if (busy) {
        m_progress->setRange(0, 0); // until the tag count is known
        m_progress->setTextVisible(false);
    }
    m_progress->setVisible(busy);
    updateAvailability();
}

void ImageLanePage::onProgress(int done, int total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setTextVisible(true);
}

void ImageLanePage::updateAvailability()
{
    const bool listing = m_pendingRefreshes > 0;
    const bool haveTags = !m_tags.isEmpty();
    m_cancelButton->setVisible(isBusy());
    m_refreshButton->setEnabled(m_hasProfile && !m_offline);
    m_tagsPanel->setChecksEnabled(haveTags && !listing && !m_offline);
    m_healthPanel->setAvailable(haveTags && !listing && !m_offline);
    m_cleanupPanel->setAvailable(m_hasProfile && !m_offline && !listing && !m_awaitingToken &&
                                 m_pendingPreviews == 0 && m_queuedCleanupKeep < 0);
}

} // namespace Lattice
