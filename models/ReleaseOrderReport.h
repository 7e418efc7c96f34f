#pragma once

#include "DocsCoverage.h"
#include "SdkOrder.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lattice {

// What the SDK and docs lanes know after one refresh: the SDK gate of every
// server and agent tag, and the docs site's coverage of stable releases.
// It is stored as the lanes' snapshot, so both pages (and the overview) can
// show it at start-up and offline, with its "as of" time.
struct ReleaseOrderReport
{
    QList<Sdk::Verdict> verdicts;
    QStringList stableServerTags; // newest first
    QStringList stableAgentTags;
    QString serverSdkPin; // what the newest stable server / agent pin
    QString agentSdkPin;
    QList<Docs::ReleasePage> pages;
    Docs::DocsCommit docsCommit;
    QString sdkError;  // empty when the SDK lane was read
    QString docsError; // empty when the docs lane was read
    QDateTime at;
    int rateRemaining = -1;

    QList<Docs::Coverage> coverage() const;
    QString baselineDrift() const;
    // The worst gate per repository, for the overview's cards.
    Sdk::Gate worstGate(const QString& repo = {}) const;

    QJsonObject toJson() const;
    static ReleaseOrderReport fromJson(const QJsonObject& object);
};

} // namespace Lattice
