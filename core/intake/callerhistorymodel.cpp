#include "core/intake/callerhistorymodel.h"

#include "core/intake/wrapupcode.h"
#include "core/store/calllogrepository.h"
#include "core/store/ticketrepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace civicdesk::core {

CallerHistoryModel::CallerHistoryModel(const Database &db, QObject *parent) : QAbstractListModel(parent), m_db(db) {}

void CallerHistoryModel::setPhone(const QString &phoneE164, int limit)
{
    beginResetModel();
    m_phone = phoneE164;
    m_entries.clear();
    m_tickets = 0;
    m_calls = 0;
    if (!phoneE164.isEmpty()) {
        TicketFilter filter;
        filter.callerPhone = phoneE164;
        for (const TicketSummary &t : TicketRepository(m_db).page(filter, std::nullopt, limit)) {
            m_entries.append({Entry::TicketEntry, t.requestedAt, t.reference, t.serviceName,
                              ticketstatus::displayName(t.status) + (t.address.isEmpty() ? QString() : QStringLiteral(", ") + t.address)});
            ++m_tickets;
        }
        for (const CallRecord &c : CallLogRepository(m_db).forCaller(phoneE164, limit)) {
            const auto code = wrapupcode::fromKey(c.wrapUp);
            QString detail = code ? wrapupcode::displayName(*code) : c.wrapUp;
            if (!c.transferTo.isEmpty())
                detail += QCoreApplication::translate("CallerHistoryModel", " to %1").arg(c.transferTo);
            if (!c.reason.isEmpty())
                detail += QStringLiteral(": ") + c.reason;
            m_entries.append({Entry::CallEntry, c.startedAt, QString(),
                              QCoreApplication::translate("CallerHistoryModel", "Call"), detail});
            ++m_calls;
        }
        std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) { return a.when > b.when; });
    }
    endResetModel();
}

int CallerHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CallerHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
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
