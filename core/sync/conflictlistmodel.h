#pragma once

#include "core/store/database.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace civicdesk::core {

// Changes the server refused, newest first, for the conflicts dialog. A person can send one
// back to the outbox (after fixing the cause on the server) or discard it.
class ConflictListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Reference, Kind, Reason, ParkedAt, ColumnCount };

    explicit ConflictListModel(const Database &db, QObject *parent = nullptr);

    void reload();
    // Puts the change back at the end of the outbox.
    void retry(int row);
    void discard(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString changeId;
        QString reference;
        QString kind;
        QString reason;
        QDateTime parkedAt;
    };

    const Database &m_db;
    QList<Row> m_rows;
};

} // namespace civicdesk::core
