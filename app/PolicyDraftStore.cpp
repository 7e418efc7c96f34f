#include "PolicyDraftStore.h"

#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Lattice::Server {

namespace {

PolicyDraft draftFrom(const QSqlQuery& q)
{
    PolicyDraft d;
    d.id = q.value(0).toLongLong();
    d.serverUrl = q.value(1).toString();
    for (const QJsonValue& id : QJsonDocument::fromJson(q.value(2).toByteArray()).array())
        d.nodeIds.append(id.toString());
    d.policy = UpdatePolicy::fromJson(QJsonDocument::fromJson(q.value(3).toByteArray()).object());
    d.updatedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    return d;
}

} // namespace

PolicyDraftStore::PolicyDraftStore(Store& store)
    : m_store(store)
{}

std::optional<qint64> PolicyDraftStore::save(const PolicyDraft& draft, QString* error)
{
    QSqlQuery q(m_store.database());
    const QByteArray nodes =
        QJsonDocument(QJsonArray::fromStringList(draft.nodeIds)).toJson(QJsonDocument::Compact);
    const QByteArray body =
        QJsonDocument(draft.policy.toRequestJson()).toJson(QJsonDocument::Compact);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // One statement is one SQLite transaction: the row is there whole or not at all.
    if (draft.id == 0) {
        q.prepare(
            QStringLiteral("INSERT INTO policy_drafts (server_url, node_ids, body, updated_at)"
                           " VALUES (?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE policy_drafts SET server_url = ?, node_ids = ?, body = ?,"
                                 " updated_at = ? WHERE id = ?"));
    }
    q.addBindValue(draft.serverUrl);
    q.addBindValue(QString::fromUtf8(nodes));
    q.addBindValue(QString::fromUtf8(body));
    q.addBindValue(now);
    if (draft.id != 0)
        q.addBindValue(draft.id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (draft.id != 0 && q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("draft %1 no longer exists").arg(draft.id);
        return std::nullopt;
    }
    return draft.id != 0 ? draft.id : q.lastInsertId().toLongLong();
}

QList<PolicyDraft> PolicyDraftStore::drafts(const QString& serverUrl) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, server_url, node_ids, body, updated_at FROM policy_drafts"
                             " WHERE server_url = ? ORDER BY updated_at DESC, id DESC"));
    q.addBindValue(serverUrl);
    QList<PolicyDraft> result;
    if (!q.exec())
        return result;
    while (q.next())
        result.append(draftFrom(q));
    return result;
}

std::optional<PolicyDraft> PolicyDraftStore::draft(qint64 id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT id, server_url, node_ids, body, updated_at FROM policy_drafts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return draftFrom(q);
}

bool PolicyDraftStore::remove(qint64 id, QString* error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM policy_drafts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace Lattice::Server
