#include "core/csvimport/csvrowmapper.h"

#include "core/domain/error.h"
#include "core/open311/open311document.h"
#include "core/open311/open311status.h"

#include <QCoreApplication>
#include <cmath>

namespace civicdesk::core {

namespace {

[[noreturn]] void fail(const QString &field, const QString &message)
{
    throw Error(field + QStringLiteral(": ") + message, {{field, message}});
}

int digits(const QString &text, qsizetype &pos, int minimum, int maximum)
{
    int value = 0;
    int n = 0;
    while (pos < text.size() && n < maximum && text.at(pos).isDigit()) {
        value = value * 10 + text.at(pos).digitValue();
        ++pos;
        ++n;
    }
    return n >= minimum ? value : -1;
}

// A small strict parser for the patterns cities use (yyyy MM dd HH hh mm ss zzz AP), much
// faster than QDateTime::fromString, which matters at millions of rows.
bool parsePattern(const QString &text, const QString &pattern, QDate &date, QTime &time)
{
    int y = -1, mo = -1, d = -1, h = 0, mi = 0, s = 0, ms = 0;
    int pm = -1;
    qsizetype t = 0;
    for (qsizetype p = 0; p < pattern.size();) {
        const QStringView rest = QStringView(pattern).mid(p);
        if (rest.startsWith(u"yyyy")) {
            y = digits(text, t, 4, 4);
            p += 4;
        } else if (rest.startsWith(u"MM")) {
            mo = digits(text, t, 1, 2);
            p += 2;
        } else if (rest.startsWith(u"dd")) {
            d = digits(text, t, 1, 2);
            p += 2;
        } else if (rest.startsWith(u"HH") || rest.startsWith(u"hh")) {
            h = digits(text, t, 1, 2);
            p += 2;
        } else if (rest.startsWith(u"mm")) {
            mi = digits(text, t, 2, 2);
            p += 2;
        } else if (rest.startsWith(u"ss")) {
            s = digits(text, t, 2, 2);
            p += 2;
        } else if (rest.startsWith(u"zzz")) {
            ms = digits(text, t, 1, 3);
            p += 3;
        } else if (rest.startsWith(u"AP")) {
            const QStringView ap = QStringView(text).mid(t, 2);
            if (ap.compare(u"AM", Qt::CaseInsensitive) == 0)
                pm = 0;
            else if (ap.compare(u"PM", Qt::CaseInsensitive) == 0)
                pm = 1;
            else
                return false;
            t += 2;
            p += 2;
        } else {
            if (t >= text.size() || text.at(t) != pattern.at(p))
                return false;
            ++t;
            ++p;
        }
    }
    if (t != text.size() || y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0 || ms < 0)
        return false;
    if (pm >= 0) {
        if (h < 1 || h > 12)
            return false;
        h = h % 12 + (pm ? 12 : 0);
    }
    date = QDate(y, mo, d);
    time = QTime(h, mi, s, ms);
    return date.isValid() && time.isValid();
}

std::optional<double> coordinate(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

const char *const kColumnFields[] = {"service_request_id", "requested_datetime", "updated_datetime", "closed_datetime",
                                     "expected_datetime",  "status",             "status_notes",     "service_code",
                                     "service_name",       "agency_responsible", "service_notice",   "address",
                                     "address_id",         "zipcode",            "lat",              "long",
                                     "point",              "channel",            "district",         "media_url",
                                     "group"};
} // namespace

CsvRowMapper::CsvRowMapper(CsvProfile profile, const QStringList &header, const QString &sourceName)
    : m_profile(std::move(profile)), m_columnCount(header.size())
{
    QHash<QString, int> columns;
    for (int i = 0; i < header.size(); ++i)
        columns.insert(header.at(i).trimmed(), i);
    QStringList missing;
    for (const char *field : kColumnFields) {
        const QString column = m_profile.column(field);
        if (column.isEmpty())
            continue;
        if (!columns.contains(column)) {
            missing.append(QStringLiteral("\"%1\" (%2)").arg(column, QLatin1String(field)));
            continue;
        }
        m_index.insert(QLatin1String(field), columns.value(column));
    }
    for (const QString &column : std::as_const(m_profile.descriptionColumns)) {
        if (!columns.contains(column))
            missing.append(QStringLiteral("\"%1\" (description)").arg(column));
        else
            m_description.append(columns.value(column));
    }
    if (!missing.isEmpty())
        throw Error(QCoreApplication::translate("CsvRowMapper", "%1:1: the header has no column %2 that profile \"%3\" needs; is this the right profile?")
                        .arg(sourceName, missing.join(QStringLiteral(", ")), m_profile.name),
                    {{QStringLiteral("header"), QCoreApplication::translate("CsvRowMapper", "missing columns")}});
    m_group = index("group");
}

QString CsvRowMapper::codeFromName(const QString &name)
{
    QString code;
    bool gap = false;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            if (gap && !code.isEmpty())
                code += u'_';
            code += c.toUpper();
            gap = false;
        } else {
            gap = true;
        }
    }
    return code.left(64);
}

QDateTime CsvRowMapper::parseDateTime(const QString &text) const
{
    for (const QString &format : m_profile.dateFormats) {
        if (format == QLatin1String("iso")) {
            QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!dt.isValid())
                continue;
            if (dt.timeSpec() == Qt::LocalTime) // no zone written: the source's own zone
                dt = QDateTime(dt.date(), dt.time(), m_profile.timeZone);
            return dt.toUTC();
        }
        QDate date;
        QTime time;
        if (parsePattern(text, format, date, time))
            return QDateTime(date, time, m_profile.timeZone).toUTC();
    }
    return {};
}

QDateTime CsvRowMapper::date(const QStringList &fields, const char *field) const
{
    const QString text = value(fields, index(field));
    if (text.isEmpty())
        return {};
    const QDateTime dt = parseDateTime(text);
    if (!dt.isValid())
        fail(m_profile.column(field),
             QCoreApplication::translate("CsvRowMapper", "\"%1\" is not a date in the expected format (%2)").arg(text, m_profile.dateFormats.join(QStringLiteral(" or "))));
    return dt;
}

Ticket CsvRowMapper::map(const QStringList &fields) const
{
    if (fields.size() != m_columnCount)
        fail(QCoreApplication::translate("CsvRowMapper", "record"), QCoreApplication::translate("CsvRowMapper", "has %1 fields; the header has %2").arg(fields.size()).arg(m_columnCount));
    Ticket t;
    t.referenceNumber = value(fields, index("service_request_id"));
    if (t.referenceNumber.isEmpty())
        fail(m_profile.column("service_request_id"), QCoreApplication::translate("CsvRowMapper", "is empty"));
    t.serviceName = value(fields, index("service_name"));
    if (t.serviceName.isEmpty())
        t.serviceName = value(fields, m_group); // SF leaves Request.Type empty on some cases: the category names it
    t.serviceCode = value(fields, index("service_code"));
    if (t.serviceCode.isEmpty())
        t.serviceCode = codeFromName(t.serviceName);
    if (t.serviceCode.isEmpty())
        fail(m_profile.column(m_profile.column("service_code").isEmpty() ? "service_name" : "service_code"), QCoreApplication::translate("CsvRowMapper", "is empty"));
    t.requestedAt = date(fields, "requested_datetime");
    if (!t.requestedAt.isValid())
        fail(m_profile.column("requested_datetime"), QCoreApplication::translate("CsvRowMapper", "is empty"));
    t.updatedAt = date(fields, "updated_datetime");
    const QDateTime closed = date(fields, "closed_datetime");
    if (closed.isValid() && (!t.updatedAt.isValid() || closed > t.updatedAt))
        t.updatedAt = closed;
    t.expectedAt = date(fields, "expected_datetime");

    t.statusNotes = value(fields, index("status_notes"));
    const QString status = value(fields, index("status"));
    if (const auto mapped = m_profile.statuses.value(status.toLower()); !mapped.isEmpty()) {
        t.status = *ticketstatus::fromKey(mapped);
    } else if (index("status") < 0) {
        t.status = closed.isValid() ? TicketStatus::Closed : TicketStatus::New;
    } else {
        const auto read = open311status::read(status, t.statusNotes);
        if (!read)
            fail(m_profile.column("status"), QCoreApplication::translate("CsvRowMapper", "unknown status \"%1\"").arg(status));
        t.status = *read;
    }

    QStringList description;
    for (const int i : m_description) {
        const QString part = value(fields, i);
        if (!part.isEmpty())
            description.append(part);
    }
    t.description = description.join(QStringLiteral(" - "));
    t.agencyResponsible = value(fields, index("agency_responsible"));
    t.serviceNotice = value(fields, index("service_notice"));
    t.address = value(fields, index("address"));
    t.addressId = value(fields, index("address_id"));
    t.zipcode = value(fields, index("zipcode"));
    t.mediaUrl = value(fields, index("media_url"));
    t.district = value(fields, index("district"));

    std::optional<double> lat = coordinate(value(fields, index("lat")));
    std::optional<double> lon = coordinate(value(fields, index("long")));
    if (!lat || !lon) {
        // "(37.77, -122.39)": one column holding the point.
        QString point = value(fields, index("point"));
        if (point.startsWith(u'(') && point.endsWith(u')')) {
            const QStringList parts = point.mid(1, point.size() - 2).split(u',');
            if (parts.size() == 2) {
                lat = coordinate(parts.at(0).trimmed());
                lon = coordinate(parts.at(1).trimmed());
            }
        }
    }
    const bool placeholder = lat && lon
                             && ((*lat == 0.0 && *lon == 0.0)
                                 || m_profile.noLocation.contains(qMakePair(*lat, *lon)));
    if (lat && lon && !placeholder) {
        t.latitude = lat;
        t.longitude = lon;
    }

    const QString source = value(fields, index("channel"));
    const QString channelKey = m_profile.channels.value(source.toLower(), m_profile.defaultChannel);
    t.channel = channel::fromKey(channelKey).value_or(Channel::Phone);

    t.id = Open311Document::importedTicketId(t.referenceNumber);
    return t;
}

} // namespace civicdesk::core
