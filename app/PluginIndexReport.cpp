#include "PluginIndexReport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lattice {

std::optional<PluginIndexReport> PluginIndexReport::analyse(const QByteArray& bytes, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                         ? QCoreApplication::translate("Lattice::PluginIndex",
                                                       "not valid JSON (byte %1: %2)")
                               .arg(parseError.offset)
                               .arg(parseError.errorString())
                         : QCoreApplication::translate("Lattice::PluginIndex",
                                                       "the index is not a JSON object");
        }
        return std::nullopt;
    }
    PluginIndexReport report;
    report.index = PluginIndex::fromObject(doc.object());
    report.violations = PluginIndexValidator::validate(doc.object());
    report.signatures = PluginSignatures::verifyIndexSignatures(bytes, report.index);
    return report;
}

} // namespace Lattice
