#include "core/intake/callerhistorymodel.h"

#include "core/intake/wrapupcode.h"
#include "core/store/calllogrepository.h"
#include "core/store/ticketrepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace civicdesk::core {

CallerHistoryModel::CallerHistoryModel(const Database &db, QObject *parent) : RowModel(parent), m_db(db) {}

void CallerHistoryModel::setPhone(const QString &phoneE164, int limit)
{
    beginResetModel();
    m_phone = phoneE164;
    m_rows.clear();
    m_tickets = 0;
    m_calls = 0;
    if (!phoneE164.isEmpty()) {
        TicketFilter filter;
        filter.callerPhone = phoneE164;
        for (const TicketSummary &t : TicketRepository(m_db).page(filter, std::nullopt, limit)) {
            m_rows.append({Entry::TicketEntry, t.requestedAt, t.reference, t.serviceName,
                           ticketstatus::displayName(t.status) +
                               (t.address.isEmpty() ? QString() : QStringLiteral(", ") + t.address)});
            ++m_tickets;
        }
        for (const CallRecord &c : CallLogRepository(m_db).forCaller(phoneE164, limit)) {
            const auto code = wrapupcode::fromKey(c.wrapUp);
            QString detail = code ? wrapupcode::displayName(*code) : c.wrapUp;
            if (!c.transferTo.isEmpty())
                detail += QCoreApplication::translate("CallerHistoryModel", " to %1").arg(c.transferTo);
            if (!c.reason.isEmpty())
                detail += QStringLiteral(": ") + c.reason;
            m_rows.append({Entry::CallEntry, c.startedAt, QString(),
                           QCoreApplication::translate("CallerHistoryModel", "Call"), detail});
            ++m_calls;
        }
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const Entry &a, const Entry &b) { return a.when > b.when; });
    }
    endResetModel();
}

QVariant CallerHistoryModel::rowData(const Row &e, int, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(e.when.toLocalTime(), QLocale::ShortFormat);
        if (e.kind == Entry::TicketEntry)
            return QStringLiteral("%1  %2  %3 (%4)").arg(when, e.reference, e.title, e.detail);
        return QStringLiteral("%1  %2: %3").arg(when, e.title, e.detail);
    }
    case Qt::ToolTipRole:
        return e.detail;
    case KindRole:
        return e.kind == Entry::TicketEntry ? QStringLiteral("ticket") : QStringLiteral("call");
    case ReferenceRole:
        return e.reference;
    case WhenRole:
        return e.when;
    default:
        return {};
    }
}

} // namespace civicdesk::core
