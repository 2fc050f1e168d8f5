#include "core/store/ticketrepository.h"

#include "core/domain/error.h"
#include "core/store/cachedstatement.h"
#include "core/store/sqlitestatement.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>
#include <utility>
#include <variant>
#include <vector>

namespace civicdesk::core {

namespace {
const QString kColumns = QStringLiteral(
    "id, reference, status, status_notes, service_code, service_name, description, agency, service_notice, "
    "requested_at, updated_at, expected_at, address, address_id, zipcode, lat, lon, media_url, "
    "caller_first_name, caller_last_name, caller_phone, caller_email, caller_anonymous, caller_language, "
    "channel, priority, assignee, district, duplicate_of, attributes, version, queue");
constexpr int kColumnCount = 32;

const QString kSummaryColumns = QStringLiteral("id, reference, status, service_code, service_name, address, "
                                               "requested_at, expected_at, priority, assignee, "
                                               "caller_phone");

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString attributesToJson(const QMap<QString, QStringList> &attributes)
{
    if (attributes.isEmpty())
        return QStringLiteral("{}");
    QJsonObject o;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QStringList> attributesFromJson(const QString &json)
{
    QMap<QString, QStringList> out;
    if (json.size() <= 2)
        return out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        QStringList values;
        for (const auto &v : it.value().toArray())
            values.append(v.toString());
        out.insert(it.key(), values);
    }
    return out;
}

// Reads a row through any reader with isNull/text/int64/real by column, so the Qt query
// (single tickets) and the native statement (streaming every ticket) decode alike.
template <typename Row> Ticket ticketFromRow(const Row &q)
{
    // Made once: building it per row showed in export profiles (docs/store.md).
    static const QTimeZone utc = QTimeZone::utc();
    const auto time = [&q](int column) {
        return q.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(q.int64(column), utc);
    };
    Ticket t;
    t.id = QUuid::fromString(q.text(0));
    t.referenceNumber = q.text(1);
    t.status = ticketstatus::fromKey(q.text(2)).value_or(TicketStatus::New);
    t.statusNotes = q.text(3);
    t.serviceCode = q.text(4);
    t.serviceName = q.text(5);
    t.description = q.text(6);
    t.agencyResponsible = q.text(7);
    t.serviceNotice = q.text(8);
    t.requestedAt = time(9);
    t.updatedAt = time(10);
    t.expectedAt = time(11);
    t.address = q.text(12);
    t.addressId = q.text(13);
    t.zipcode = q.text(14);
    if (!q.isNull(15))
        t.latitude = q.real(15);
    if (!q.isNull(16))
        t.longitude = q.real(16);
    t.mediaUrl = q.text(17);
    t.caller.firstName = q.text(18);
    t.caller.lastName = q.text(19);
    t.caller.phone = q.text(20);
    t.caller.email = q.text(21);
    t.caller.anonymous = q.int64(22) != 0;
    t.caller.preferredLanguage = q.text(23);
    t.channel = channel::fromKey(q.text(24)).value_or(Channel::Phone);
    t.priority = priority::fromKey(q.text(25)).value_or(Priority::Normal);
    t.assignee = q.text(26);
    t.district = q.text(27);
    if (!q.isNull(28))
        t.duplicateOf = QUuid::fromString(q.text(28));
    t.attributes = attributesFromJson(q.text(29));
    t.version = static_cast<int>(q.int64(30));
    t.queue = q.text(31);
    return t;
}

// SqlQuery seen through the reader interface of ticketFromRow.
struct QueryRow
{
    const SqlQuery &q;
    bool isNull(int column) const { return q.value(column).isNull(); }
    QString text(int column) const { return q.value(column).toString(); }
    qint64 int64(int column) const { return q.value(column).toLongLong(); }
    double real(int column) const { return q.value(column).toDouble(); }
};

void appendFilter(const TicketFilter &filter, QStringList &where, QVariantList &values)
{
    if (filter.status) {
        where.append(QStringLiteral("status = ?"));
        values.append(ticketstatus::toKey(*filter.status));
    }
    if (!filter.callerPhone.isEmpty()) {
        // The repeated "<> ''" lets SQLite use the partial index tickets_by_phone with a bound value.
        where.append(QStringLiteral("caller_phone = ? AND caller_phone <> ''"));
        values.append(filter.callerPhone);
    }
}
} // namespace

TicketRepository::TicketRepository(const Database &db) : m_db(db), m_notes(db), m_audit(db) {}

TicketRepository::~TicketRepository() = default;

namespace {
// A column's value as bound: NULL, text, integer or real.
using FieldValue = std::variant<std::monostate, QString, qint64, double>;

// Calls field(value) for each column of kColumns, in that order.
template <typename Field> void forEachField(const Ticket &t, Field &&field)
{
    const auto time = [&](const QDateTime &v) {
        if (v.isValid())
            field(FieldValue(v.toMSecsSinceEpoch()));
        else
            field(FieldValue());
    };
    const auto real = [&](const std::optional<double> &v) { field(v ? FieldValue(*v) : FieldValue()); };
    field(FieldValue(uuidText(t.id)));
    field(FieldValue(t.referenceNumber));
    field(FieldValue(ticketstatus::toKey(t.status)));
    field(FieldValue(t.statusNotes));
    field(FieldValue(t.serviceCode));
    field(FieldValue(t.serviceName));
    field(FieldValue(t.description));
    field(FieldValue(t.agencyResponsible));
    field(FieldValue(t.serviceNotice));
    time(t.requestedAt);
    time(t.updatedAt.isValid() ? t.updatedAt : t.requestedAt);
    time(t.expectedAt);
    field(FieldValue(t.address));
    field(FieldValue(t.addressId));
    field(FieldValue(t.zipcode));
    real(t.latitude);
    real(t.longitude);
    field(FieldValue(t.mediaUrl));
    field(FieldValue(t.caller.firstName));
    field(FieldValue(t.caller.lastName));
    field(FieldValue(t.caller.phone));
    field(FieldValue(t.caller.email));
    field(FieldValue(qint64(t.caller.anonymous ? 1 : 0)));
    field(FieldValue(t.caller.preferredLanguage));
    field(FieldValue(channel::toKey(t.channel)));
    field(FieldValue(priority::toKey(t.priority)));
    field(FieldValue(t.assignee));
    field(FieldValue(t.district));
    field(t.duplicateOf.isNull() ? FieldValue() : FieldValue(uuidText(t.duplicateOf)));
    field(FieldValue(attributesToJson(t.attributes)));
    field(FieldValue(qint64(t.version)));
    field(FieldValue(t.queue));
}

void bindValue(SqliteStatement &q, int index, const FieldValue &v)
{
    if (const auto *text = std::get_if<QString>(&v))
        q.bindText(index, *text);
    else if (const auto *integer = std::get_if<qint64>(&v))
        q.bindInt64(index, *integer);
    else if (const auto *real = std::get_if<double>(&v))
        q.bindDouble(index, *real);
    else
        q.bindNull(index);
}

std::vector<FieldValue> fieldValues(const Ticket &t)
{
    std::vector<FieldValue> values;
    values.reserve(kColumnCount);
    forEachField(t, [&values](FieldValue v) { values.push_back(std::move(v)); });
    return values;
}
} // namespace

void TicketRepository::bindFields(SqliteStatement &q, const Ticket &t) const
{
    int i = 0;
    forEachField(t, [&](const FieldValue &v) { bindValue(q, ++i, v); });
    Q_ASSERT(i == kColumnCount);
}

void TicketRepository::insert(const Ticket &ticket)
{
    if (!m_insert) {
        QStringList marks;
        for (int i = 0; i < kColumnCount; ++i)
            marks.append(QStringLiteral("?"));
        m_insert = std::make_unique<SqliteStatement>(
            m_db.connection(),
            QStringLiteral("INSERT INTO tickets (%1) VALUES (%2)").arg(kColumns, marks.join(u',')));
    }
    bindFields(*m_insert, ticket);
    m_insert->execute();
    for (const Note &n : ticket.notes)
        m_notes.append(ticket.id, n);
    for (const AuditEvent &e : ticket.audit)
        m_audit.append(ticket.id, e);
}

void TicketRepository::update(const Ticket &ticket)
{
    if (!exists(ticket.id))
        throw Error(QStringLiteral("ticket %1 does not exist").arg(ticket.referenceNumber));
    if (!m_upsert) {
        // An upsert binds exactly like insert(), so both share bindFields().
        QStringList marks;
        QStringList sets;
        const QStringList columns = kColumns.split(QStringLiteral(", "));
        for (const QString &column : columns) {
            marks.append(QStringLiteral("?"));
            if (column != QLatin1String("id"))
                sets.append(QStringLiteral("%1 = excluded.%1").arg(column));
        }
        m_upsert = std::make_unique<SqliteStatement>(
            m_db.connection(),
            QStringLiteral("INSERT INTO tickets (%1) VALUES (%2) ON CONFLICT (id) DO UPDATE SET %3")
                .arg(kColumns, marks.join(u','), sets.join(QStringLiteral(", "))));
    }
    bindFields(*m_upsert, ticket);
    m_upsert->execute();
    for (const Note &n : ticket.notes)
        m_notes.append(ticket.id, n);
    for (const AuditEvent &e : ticket.audit)
        m_audit.append(ticket.id, e);
}

void TicketRepository::update(const Ticket &ticket, const Ticket &before)
{
    static const QStringList columns = kColumns.split(QStringLiteral(", "));
    const std::vector<FieldValue> after = fieldValues(ticket);
    const std::vector<FieldValue> was = fieldValues(before);
    QList<int> changed;
    for (int c = 1; c < kColumnCount; ++c) { // never the id (column 0)
        if (after[size_t(c)] != was[size_t(c)])
            changed.append(c);
    }
    if (!changed.isEmpty()) {
        QStringList sets;
        for (int c : std::as_const(changed))
            sets.append(QStringLiteral("%1 = ?%2").arg(columns.at(c)).arg(sets.size() + 2));
        const QString sql =
            QStringLiteral("UPDATE tickets SET %1 WHERE id = ?1").arg(sets.join(QStringLiteral(", ")));
        std::unique_ptr<SqliteStatement> &statement = m_updates[sql];
        if (!statement)
            statement = std::make_unique<SqliteStatement>(m_db.connection(), sql);
        bindValue(*statement, 1, after[0]);
        for (int i = 0; i < changed.size(); ++i)
            bindValue(*statement, i + 2, after[size_t(changed.at(i))]);
        if (statement->execute() == 0)
            throw Error(QStringLiteral("ticket %1 does not exist").arg(ticket.referenceNumber));
    }
    for (const Note &n : ticket.notes)
        m_notes.append(ticket.id, n);
    for (const AuditEvent &e : ticket.audit)
        m_audit.append(ticket.id, e);
}

std::optional<Ticket> TicketRepository::findWhere(const QString &column, const QVariant &value) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT %1 FROM tickets WHERE %2 = ?").arg(kColumns, column));
    q.bind(0, value).exec();
    if (!q.next())
        return std::nullopt;
    Ticket t = ticketFromRow(QueryRow{q});
    t.notes = m_notes.forTicket(t.id);
    t.audit = m_audit.forTicket(t.id);
    return t;
}

std::optional<Ticket> TicketRepository::findFieldsByReference(const QString &reference) const
{
    if (!m_fieldsByReference)
        m_fieldsByReference = std::make_unique<CachedStatement>(
            m_db, QStringLiteral("SELECT %1 FROM tickets WHERE reference = ?").arg(kColumns));
    SqliteStatement &q = m_fieldsByReference->get();
    q.bindText(1, reference);
    std::optional<Ticket> found;
    while (q.step()) // references are unique; stepping past the row resets the statement
        found = ticketFromRow(q);
    return found;
}

std::optional<Ticket> TicketRepository::findById(const QUuid &id) const
{
    return findWhere(QStringLiteral("id"), uuidText(id));
}

std::optional<Ticket> TicketRepository::findByReference(const QString &reference) const
{
    return findWhere(QStringLiteral("reference"), reference);
}

bool TicketRepository::exists(const QUuid &id) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT 1 FROM tickets WHERE id = ?"));
    q.bind(0, uuidText(id)).exec();
    return q.next();
}

QList<TicketSummary> TicketRepository::page(const TicketFilter &filter,
                                            const std::optional<TicketPageKey> &after, int limit) const
{
    QStringList where;
    QVariantList values;
    appendFilter(filter, where, values);
    if (after) {
        where.append(QStringLiteral("(requested_at, id) < (?, ?)"));
        values.append(after->requestedMs);
        values.append(after->id);
    }
    QString sql = QStringLiteral("SELECT %1 FROM tickets").arg(kSummaryColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY requested_at DESC, id DESC LIMIT ?");
    values.append(limit);
    SqlQuery q(m_db.connection(), sql);
    for (int i = 0; i < values.size(); ++i)
        q.bind(i, values.at(i));
    q.exec();
    QList<TicketSummary> rows;
    rows.reserve(limit);
    while (q.next()) {
        TicketSummary s;
        s.id = QUuid::fromString(q.value(0).toString());
        s.reference = q.value(1).toString();
        s.status = ticketstatus::fromKey(q.value(2).toString()).value_or(TicketStatus::New);
        s.serviceCode = q.value(3).toString();
        s.serviceName = q.value(4).toString();
        s.address = q.value(5).toString();
        s.requestedAt = timestamps::fromDb(q.value(6));
        s.expectedAt = timestamps::fromDb(q.value(7));
        s.priority = priority::fromKey(q.value(8).toString()).value_or(Priority::Normal);
        s.assignee = q.value(9).toString();
        s.callerPhone = q.value(10).toString();
        rows.append(std::move(s));
    }
    return rows;
}

qint64 TicketRepository::count(const TicketFilter &filter) const
{
    QStringList where;
    QVariantList values;
    appendFilter(filter, where, values);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM tickets");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    SqlQuery q(m_db.connection(), sql);
    for (int i = 0; i < values.size(); ++i)
        q.bind(i, values.at(i));
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

void TicketRepository::forEach(const QDateTime &since, const std::function<bool(const Ticket &)> &visit) const
{
    // Native reads: an export streams every ticket, and Qt's driver would convert each column
    // to a QVariant through SQLite's UTF-16 path first.
    SqliteStatement q(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM tickets WHERE requested_at >= ? ORDER BY requested_at, id")
            .arg(kColumns));
    q.bindInt64(1, since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    while (q.step()) {
        if (!visit(ticketFromRow(q)))
            break;
    }
}

int TicketRepository::nextReferenceCounter(QDate day)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO reference_counters (day, last) VALUES (?, 0) "
                              "ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last"));
    q.bind(0, day.toJulianDay()).exec();
    if (!q.next())
        throw Error(QStringLiteral("database: could not reserve a reference number"));
    return q.value(0).toInt();
}

} // namespace civicdesk::core
