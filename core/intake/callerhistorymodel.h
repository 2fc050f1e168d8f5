#pragma once

#include "core/models/rowmodel.h"
#include "core/store/database.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace civicdesk::core {

// One line of a caller's history: an earlier ticket or call.
struct CallerHistoryEntry
{
    enum Kind { TicketEntry, CallEntry } kind = TicketEntry;
    QDateTime when; // UTC
    QString reference;
    QString title;
    QString detail;
};

// A caller's earlier tickets and calls, newest first, found by phone number (both tables have
// an index on the number, so a lookup is a couple of index probes).
class CallerHistoryModel final : public RowModel<QAbstractListModel, QList<CallerHistoryEntry>>
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, ReferenceRole, WhenRole };

    using Entry = CallerHistoryEntry;

    explicit CallerHistoryModel(const Database &db, QObject *parent = nullptr);

    // Loads the history of this E.164 number; an empty number clears the list.
    void setPhone(const QString &phoneE164, int limit = 20);
    QString phone() const { return m_phone; }
    int ticketCount() const { return m_tickets; }
    int callCount() const { return m_calls; }
    const Entry &entry(int row) const { return m_rows.at(row); }

private:
    QVariant rowData(const Row &row, int column, int role) const override;
    const Database &m_db;
    QString m_phone;
    int m_tickets = 0;
    int m_calls = 0;
};

} // namespace civicdesk::core
