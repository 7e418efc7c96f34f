#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QUrl>

namespace Lattice {

// One row per endpoint of the current profile with what the last probe found,
// so the Overview can say exactly what could not be reached and why.
class EndpointStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, UrlColumn, StateColumn, ColumnCount };
    enum class State { Unknown, Checking, Reachable, Unreachable };
    Q_ENUM(State)
    enum Role { StateRole = Qt::UserRole + 1, IdRole };

    struct Row
    {
        QString id;
        QString name;
        QUrl url;
        State state = State::Unknown;
        QString detail; // HTTP status or the error text
        QDateTime checkedAt;
    };

    explicit EndpointStatusModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setEndpoints(const QList<Row>& rows); // resets; states become Checking or Unknown
    void setResult(const QString& id, bool reachable, const QString& detail, const QDateTime& at);
    void markAllChecking();

    const QList<Row>& rows() const { return m_rows; }
    int unreachableCount() const;
    int reachableCount() const;

private:
    QList<Row> m_rows;
};

} // namespace Lattice
