// Lattice server responses as LatticeClient decodes them: the error envelope
// for any status, and every success body the client reads, plus the strict
// decoder that checks a policy file before it is pushed.
#include "PolicyValidator.h"
#include "ServerError.h"
#include "ServerInfo.h"
#include "ServerNode.h"
#include "UpdateApproval.h"
#include "UpdatePolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Lattice::Server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the status, so 4xx, 5xx and odd codes are all reached.
    const int status = 100 + data[0] * 2;
    const QByteArray body(reinterpret_cast<const char*>(data + 1),
                          static_cast<qsizetype>(size - 1));

    const ServerError error = ServerError::fromResponse(status, body, body.left(64));
    error.describe();
    ServerError::defaultCode(status);

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject object = doc.object();
    ServerVersion::fromJson(object);
    TokenIdentity::fromJson(object);
    for (const ServerNode& node : nodesFromJson(doc.array())) {
        node.normalizedOs();
        node.normalizedArch();
        node.updateRefusal(true);
        node.updateRefusal(false);
        node.artifactName();
    }
    const QList<UpdatePolicy> policies = policiesFromJson(object);
    const UpdatePolicy policy = UpdatePolicy::fromJson(object);
    policy.mode();
    policy.awaitingVersion();
    policy.toRequestJson();
    PolicyValidator::validate(policy);
    PolicyValidator::validate(policy, QStringList{QStringLiteral("node-1")});

    QList<UpdateApproval> approvals =
        approvalsFromJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(object));
    approvals.append(UpdateApproval::fromJson(object));
    for (const UpdateApproval& approval : approvals) {
        approval.awaitingVersion();
        approval.executionFailed();
        approval.displayActor();
        statusName(approval.status);
        PlanText::sha256(approval.plan);
        PlanText::fields(approval.plan);
        updateStage(approval, policies.isEmpty() ? std::nullopt
                                                 : std::optional<UpdatePolicy>(policies.first()));
    }
    parseServerTime(QString::fromUtf8(body));

    QList<FieldProblem> problems;
    if (const auto decoded = PolicyValidator::decodeStrict(object, &problems)) {
        // What the strict decoder accepts re-encodes to a body it accepts again.
        QList<FieldProblem> again;
        if (!PolicyValidator::decodeStrict(decoded->toRequestJson(), &again))
            __builtin_trap();
    }
    return 0;
}
