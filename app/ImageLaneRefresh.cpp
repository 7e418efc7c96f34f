#include "ImageLaneRefresh.h"

#include "Store.h"

namespace Lattice {

using Oci::PlatformImage;
using Oci::TagInfo;

ImageLaneRefresh::ImageLaneRefresh(RegistryClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

void ImageLaneRefresh::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // callbacks of the cancelled run see a stale generation
    m_running = false;
    emit finished(tr("cancelled"));
}

void ImageLaneRefresh::start(const Options& options)
{
    cancel();
    m_options = options;
    m_tags.clear();
    m_pending = 0;
    m_tagsDone = 0;
    m_running = true;
    const quint64 generation = ++m_generation;
    const auto begin = [this, generation](const QStringList& tags) {
        if (generation != m_generation)
            return;
        for (const QString& t : tags) {
            TagInfo info;
            info.tag = t;
            m_tags.append(info);
        }
        m_createdFromIndex = QList<bool>(m_tags.size(), false);
        emit progress(0, int(m_tags.size()));
        if (m_tags.isEmpty()) {
            m_running = false;
            m_finishedAt = QDateTime::currentDateTimeUtc();
            emit finished({});
            return;
        }
        addTasks(int(m_tags.size()));
        for (int i = 0; i < m_tags.size(); ++i)
            resolveTag(i);
    };
    if (!options.onlyTags.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [begin, options] { begin(options.onlyTags); }, Qt::QueuedConnection);
        return;
    }
    m_client->listTags(
        [this, generation, begin](const QStringList& tags, const RegistryClient::Error& error) {
            if (generation != m_generation)
                return;
            if (error) {
                m_running = false;
                emit finished(tr("could not list tags: %1").arg(error.message));
                return;
            }
            begin(tags);
        });
}

void ImageLaneRefresh::resolveTag(int index)
{
    const quint64 generation = m_generation;
    const QString tag = m_tags.at(index).tag;
    // One HEAD per tag: the digest it answers selects verified cached content
    // when the tag has not moved. The tag→digest mapping is the registry's
    // word either way; the content's digest is always recomputed.
    m_client->head(tag, [this, generation, index, tag](const RegistryClient::Head& head,
                                                       const RegistryClient::Error& error) {
        if (generation != m_generation)
            return;
        if (error) {
            m_tags[index].error = error.message;
            tagResolved();
            taskDone();
            return;
        }
        // Very old registries omit the digest on HEAD: fall back to a GET by tag.
        const QString reference = head.digest.isEmpty() ? tag : head.digest;
        m_client->manifest(reference,
                           [this, generation, index](const RegistryClient::Manifest& m,
                                                     const RegistryClient::Error& error) {
                               if (generation != m_generation)
                                   return;
                               if (error)
                                   m_tags[index].error = error.message;
                               else
                                   readIndex(index, m);
                               tagResolved();
                               taskDone();
                           });
    });
}

void ImageLaneRefresh::readIndex(int index, const RegistryClient::Manifest& manifest)
{
    TagInfo& info = m_tags[index];
    info.digest = manifest.digest;
    info.mediaType = manifest.mediaType;
    const Oci::Document& doc = manifest.document;
    info.created = doc.annotations.value(QLatin1String(Oci::Annotation::Created));
    m_createdFromIndex[index] = !info.created.isEmpty();
    info.version = doc.annotations.value(QLatin1String(Oci::Annotation::Version));
    info.revision = doc.annotations.value(QLatin1String(Oci::Annotation::Revision));
    if (m_store)
        m_store->recordTag(m_client->repository(), info.tag, info.digest,
                           QDateTime::currentDateTimeUtc());
    if (doc.kind == Oci::Document::Kind::Manifest) {
        // A single-platform tag: the tag's digest is the only "child".
        PlatformImage p;
        p.digest = manifest.digest;
        p.configDigest = doc.config.digest;
        p.layerCount = int(doc.layers.size());
        info.platforms.append(p);
        const int platform = 0;
        if (m_options.readConfigs) {
            addTasks(1);
            const quint64 generation = m_generation;
            m_client->configBlob(p.configDigest, [this, generation, index,
                                                  platform](const QByteArray& bytes,
                                                            const RegistryClient::Error& error) {
                if (generation != m_generation)
                    return;
                PlatformImage& p = m_tags[index].platforms[platform];
                if (!error) {
                    if (const auto config = Oci::ImageConfig::parse(bytes, nullptr)) {
                        p.platform = config->os + QLatin1Char('/') + config->architecture;
                        p.created = config->created;
                        p.version = config->labels.value(QLatin1String(Oci::Annotation::Version));
                        p.revision = config->labels.value(QLatin1String(Oci::Annotation::Revision));
                    }
                }
                taskDone();
            });
        }
        return;
    }
    for (const Oci::Descriptor& d : doc.manifests)
        info.childDigests << d.digest;
    const QList<Oci::Descriptor> children = doc.platformManifests();
    info.attestationCount = int(doc.attestations().size());
    for (const Oci::Descriptor& d : children) {
        PlatformImage p;
        p.platform = d.platform->toString();
        p.digest = d.digest;
        info.platforms.append(p);
    }
    for (int platform = 0; platform < children.size(); ++platform) {
        if (m_options.readChildren) {
            addTasks(1);
            readChild(index, platform);
        }
        if (m_options.checkChildren) {
            addTasks(1);
            checkChild(index, platform);
        }
    }
}

void ImageLaneRefresh::readChild(int index, int platform)
{
    const quint64 generation = m_generation;
    const QString digest = m_tags.at(index).platforms.at(platform).digest;
    m_client->manifest(
        digest, [this, generation, index, platform](const RegistryClient::Manifest& m,
                                                    const RegistryClient::Error& error) {
            if (generation != m_generation)
                return;
            PlatformImage& p = m_tags[index].platforms[platform];
            if (error) {
                if (error.kind == RegistryClient::Error::Kind::NotFound)
                    p.childStatus = 404;
                taskDone();
                return;
            }
            p.configDigest = m.document.config.digest;
            p.layerCount = int(m.document.layers.size());
            if (!m_options.readConfigs || p.configDigest.isEmpty()) {
                taskDone();
                return;
            }
            m_client->configBlob(p.configDigest, [this, generation, index,
                                                  platform](const QByteArray& bytes,
                                                            const RegistryClient::Error& error) {
                if (generation != m_generation)
                    return;
                PlatformImage& p = m_tags[index].platforms[platform];
                TagInfo& info = m_tags[index];
                if (!error) {
                    if (const auto config = Oci::ImageConfig::parse(bytes, nullptr)) {
                        p.created = config->created;
                        p.version = config->labels.value(QLatin1String(Oci::Annotation::Version));
                        p.revision = config->labels.value(QLatin1String(Oci::Annotation::Revision));
                        // Index annotations are optional; the configs' labels
                        // fill in what the index did not say.
                        if (info.version.isEmpty())
                            info.version = p.version;
                        if (info.revision.isEmpty())
                            info.revision = p.revision;
                        if (!m_createdFromIndex.value(index) && p.created > info.created)
                            info.created = p.created;
                    }
                }
                taskDone();
            });
        });
}

void ImageLaneRefresh::checkChild(int index, int platform)
{
    const quint64 generation = m_generation;
    const QString digest = m_tags.at(index).platforms.at(platform).digest;
    m_client->head(digest, [this, generation, index, platform](const RegistryClient::Head& head,
                                                               const RegistryClient::Error&) {
        if (generation != m_generation)
            return;
        m_tags[index].platforms[platform].childStatus = head.status;
        taskDone();
    });
}

void ImageLaneRefresh::tagResolved()
{
    emit progress(++m_tagsDone, int(m_tags.size()));
}

void ImageLaneRefresh::taskDone()
{
    if (--m_pending > 0)
        return;
    m_running = false;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    emit finished({});
}

} // namespace Lattice
