#pragma once

#include "UpdatePolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Lattice {
class Store;
}

namespace Lattice::Server {

// A policy being prepared for one or many nodes of one server.
struct PolicyDraft
{
    qint64 id = 0; // 0 until saved
    QString serverUrl;
    QStringList nodeIds;
    UpdatePolicy policy; // node_id unused: the draft applies to nodeIds
    QDateTime updatedAt;
};

// Drafts in the embedded store's policy_drafts table. Each save is one
// SQLite transaction, so a crash leaves either the old or the new draft and
// never half of one; a failed push never removes a draft, only a successful
// push for every node does. Writes are synchronous on purpose: a draft is a
// few hundred bytes in WAL mode, and "saved" must mean on disk.
class PolicyDraftStore
{
public:
    explicit PolicyDraftStore(Store& store);

    // Inserts (id 0) or replaces; returns the id, or nullopt with *error.
    std::optional<qint64> save(const PolicyDraft& draft, QString* error = nullptr);
    QList<PolicyDraft> drafts(const QString& serverUrl) const; // newest first
    std::optional<PolicyDraft> draft(qint64 id) const;
    bool remove(qint64 id, QString* error = nullptr);

private:
    Store& m_store;
};

} // namespace Lattice::Server
