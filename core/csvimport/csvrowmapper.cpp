#include "core/csvimport/csvrowmapper.h"

#include "core/csvimport/csvheader.h"
#include "core/domain/error.h"
#include "core/open311/open311document.h"
#include "core/open311/open311status.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>
#include <cmath>

namespace civicdesk::core {

namespace {

[[noreturn]] void fail(const QString &field, const QString &message)
{
    throw Error(field + QStringLiteral(": ") + message, {{field, message}});
}

std::optional<double> coordinate(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    // Plain decimals, which is what cities write, are read by std::from_chars, exactly rounded
    // as QString::toDouble is and a tenth of its cost; anything else goes to toDouble.
    if (text.size() < 40) {
        char latin1[40];
        qsizetype n = 0;
        for (const QChar c : text) {
            if (c.unicode() > 0x7f)
                break;
            latin1[n++] = char(c.unicode());
        }
        double v = 0;
        const auto [end, error] = std::from_chars(latin1, latin1 + n, v);
        if (n == text.size() && error == std::errc() && end == latin1 + n)
            return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

// One column holding a point, as each publisher writes it: the portals' "(37.77, -122.39)",
// the Socrata API's WKT "POINT (-122.39 37.77)", or a JSON object copied from the JSON API,
// either a location {"latitude": "37.77", "longitude": "-122.39"} or GeoJSON coordinates.
std::optional<QPair<double, double>> point(const QString &text)
{
    auto pair = [](const QString &lat, const QString &lon) -> std::optional<QPair<double, double>> {
        const auto a = coordinate(lat.trimmed());
        const auto b = coordinate(lon.trimmed());
        return a && b ? std::optional<QPair<double, double>>({*a, *b}) : std::nullopt;
    };
    if (text.startsWith(u'(') && text.endsWith(u')')) {
        const QStringList parts = text.mid(1, text.size() - 2).split(u',');
        return parts.size() == 2 ? pair(parts.at(0), parts.at(1)) : std::nullopt;
    }
    if (text.startsWith(QLatin1String("POINT"), Qt::CaseInsensitive)) {
        const qsizetype open = text.indexOf(u'(');
        if (open < 0 || !text.endsWith(u')'))
            return std::nullopt;
        const QStringList parts = text.mid(open + 1, text.size() - open - 2).simplified().split(u' ');
        return parts.size() == 2 ? pair(parts.at(1), parts.at(0)) : std::nullopt;
    }
    if (text.startsWith(u'{')) {
        // Python mirrors write the object with single quotes.
        QString json = text;
        if (!json.contains(u'"'))
            json.replace(u'\'', u'"');
        const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        auto number = [](const QJsonValue &v) {
            return v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 17);
        };
        if (o.contains(QLatin1String("latitude")) && o.contains(QLatin1String("longitude")))
            return pair(number(o.value(QLatin1String("latitude"))),
                        number(o.value(QLatin1String("longitude"))));
        const QJsonArray c = o.value(QLatin1String("coordinates")).toArray();
        if (c.size() == 2 && c.at(0).isDouble() && c.at(1).isDouble())
            return pair(number(c.at(1)), number(c.at(0)));
    }
    return std::nullopt;
}

const char *const kColumnFields[] = {"service_request_id",
                                     "requested_datetime",
                                     "updated_datetime",
                                     "closed_datetime",
                                     "expected_datetime",
                                     "status",
                                     "status_notes",
                                     "service_code",
                                     "service_name",
                                     "agency_responsible",
                                     "service_notice",
                                     "address",
                                     "address_id",
                                     "zipcode",
                                     "lat",
                                     "long",
                                     "point",
                                     "channel",
                                     "district",
                                     "media_url",
                                     "group"};
} // namespace

CsvRowMapper::CsvRowMapper(CsvProfile profile, const QStringList &header, const QString &sourceName)
    : m_profile(std::move(profile)), m_dates(m_profile.dateFormats, m_profile.timeZone),
      m_columnCount(header.size())
{
    const CsvHeader columns(header);
    m_header = columns.columns();
    QStringList missing;
    QStringList ambiguous;
    auto match = [&](const QString &column, const QString &field) {
        const QList<int> found = columns.find(QStringList{column} + m_profile.otherNames.value(column));
        if (found.isEmpty()) {
            missing.append(QStringLiteral("\"%1\" (%2)").arg(column, field));
            return -1;
        }
        if (found.size() > 1)
            ambiguous.append(
                QCoreApplication::translate("CsvRowMapper",
                                            "columns \"%1\" and \"%2\" both match \"%3\" (%4)")
                    .arg(columns.column(found.at(0)), columns.column(found.at(1)), column, field));
        m_matches.append({field, column, columns.column(found.at(0))});
        return found.at(0);
    };
    for (const char *field : kColumnFields) {
        const QString column = m_profile.column(field);
        if (column.isEmpty())
            continue;
        if (const int i = match(column, QLatin1String(field)); i >= 0)
            m_index.insert(QLatin1String(field), i);
    }
    for (const QString &column : std::as_const(m_profile.descriptionColumns)) {
        if (const int i = match(column, QStringLiteral("description")); i >= 0)
            m_description.append(i);
    }
    // Ambiguity first: a guess between two columns could import the wrong one without a word.
    if (!ambiguous.isEmpty())
        throw Error(
            QCoreApplication::translate("CsvRowMapper",
                                        "%1:1: %2; names match whatever their case, spaces, underscores, "
                                        "dots and hyphens, so rename or remove one of each pair")
                .arg(sourceName, ambiguous.join(QStringLiteral("; "))),
            {{QStringLiteral("header"), QCoreApplication::translate("CsvRowMapper", "ambiguous columns")}});
    if (!missing.isEmpty())
        throw Error(
            QCoreApplication::translate(
                "CsvRowMapper",
                "%1:1: the header has no column %2 that profile \"%3\" needs; is this the right profile?")
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

QDateTime CsvRowMapper::date(const QStringList &fields, const char *field) const
{
    const QString text = value(fields, index(field));
    if (text.isEmpty())
        return {};
    const QDateTime dt = m_dates.parse(text);
    if (!dt.isValid()) {
        const QString message =
            QCoreApplication::translate("CsvRowMapper", "\"%1\" is not a date in any known format (%2)")
                .arg(text, m_dates.formats().join(QStringLiteral(", ")));
        if (m_firstBadDate.isEmpty())
            m_firstBadDate = headerName(field) + QStringLiteral(": ") + message;
        fail(headerName(field), message);
    }
    ++m_datesRead;
    return dt;
}

Ticket CsvRowMapper::map(const QStringList &fields) const
{
    if (fields.size() != m_columnCount)
        fail(QCoreApplication::translate("CsvRowMapper", "record"),
             QCoreApplication::translate("CsvRowMapper", "has %1 fields; the header has %2")
                 .arg(fields.size())
                 .arg(m_columnCount));
    Ticket t;
    t.referenceNumber = value(fields, index("service_request_id"));
    if (t.referenceNumber.isEmpty())
        fail(headerName("service_request_id"), QCoreApplication::translate("CsvRowMapper", "is empty"));
    t.serviceName = value(fields, index("service_name"));
    if (t.serviceName.isEmpty())
        t.serviceName =
            value(fields, m_group); // SF leaves Request.Type empty on some cases: the category names it
    t.serviceCode = value(fields, index("service_code"));
    if (t.serviceCode.isEmpty())
        t.serviceCode = codeFromName(t.serviceName);
    if (t.serviceCode.isEmpty())
        fail(headerName(m_profile.column("service_code").isEmpty() ? "service_name" : "service_code"),
             QCoreApplication::translate("CsvRowMapper", "is empty"));
    t.requestedAt = date(fields, "requested_datetime");
    if (!t.requestedAt.isValid())
        fail(headerName("requested_datetime"), QCoreApplication::translate("CsvRowMapper", "is empty"));
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
            fail(headerName("status"),
                 QCoreApplication::translate("CsvRowMapper", "unknown status \"%1\"").arg(status));
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
        if (const auto p = point(value(fields, index("point")))) {
            lat = p->first;
            lon = p->second;
        }
    }
    const bool placeholder =
        lat && lon && ((*lat == 0.0 && *lon == 0.0) || m_profile.noLocation.contains(qMakePair(*lat, *lon)));
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
