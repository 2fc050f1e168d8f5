#pragma once

#include "core/store/database.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace civicdesk::core {

// A caller's earlier tickets and calls, newest first, found by phone number (both tables have
// an index on the number, so a lookup is a couple of index probes).
class CallerHistoryModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, ReferenceRole, WhenRole };
    struct Entry
    {
        enum Kind { TicketEntry, CallEntry } kind = TicketEntry;
        QDateTime when; // UTC
        QString reference;
        QString title;
        QString detail;
    };

    explicit CallerHistoryModel(const Database &db, QObject *parent = nullptr);

    // Loads the history of this E.164 number; an empty number clears the list.
    void setPhone(const QString &phoneE164, int limit = 20);
    QString phone() const { return m_phone; }
    int ticketCount() const { return m_tickets; }
    int callCount() const { return m_calls; }
    const Entry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const Database &m_db;
    QString m_phone;
    QList<Entry> m_entries;
    int m_tickets = 0;
    int m_calls = 0;
};

} // namespace civicdesk::core
