#include "core/csvimport/csvprofile.h"

#include "core/domain/channel.h"
#include "core/domain/error.h"
#include "core/domain/ticketstatus.h"
#include "core/json/jsontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace civicdesk::core {

namespace {

// The built-in profiles, in the mapping-file format users write (one code path for both).
// Columns are from each city's open-data export: NYC Open Data "311 Service Requests",
// DataSF "311 Cases", Analyze Boston "311 Service Requests", LA "MyLA311 Service Request Data".
// The Socrata API (and the mirrors that copy it) writes the same columns in snake_case, which
// spelling-insensitive matching covers; "other_names" holds only names that differ more.
const char *const kNyc = R"({
  "name": "NYC Open Data 311",
  "time_zone": "America/New_York",
  "date_formats": ["MM/dd/yyyy hh:mm:ss AP", "iso"],
  "columns": {
    "service_request_id": "Unique Key", "requested_datetime": "Created Date", "closed_datetime": "Closed Date",
    "updated_datetime": "Resolution Action Updated Date", "expected_datetime": "Due Date",
    "status": "Status", "status_notes": "Resolution Description", "service_name": "Complaint Type",
    "description": ["Descriptor"], "agency_responsible": "Agency", "address": "Incident Address",
    "zipcode": "Incident Zip", "lat": "Latitude", "long": "Longitude", "point": "Location",
    "channel": "Open Data Channel Type", "district": "Community Board"
  },
  "statuses": {"assigned": "acknowledged", "started": "in_progress", "pending": "on_hold",
               "email sent": "in_progress", "unspecified": "new", "draft": "new"},
  "channels": {"phone": "phone", "online": "web", "mobile": "app", "other": "phone", "unknown": "phone"},
  "default_channel": "phone"
})";

const char *const kSf = R"({
  "name": "DataSF 311 Cases",
  "time_zone": "America/Los_Angeles",
  "date_formats": ["MM/dd/yyyy hh:mm:ss AP", "iso"],
  "columns": {
    "service_request_id": "CaseID", "requested_datetime": "Opened", "closed_datetime": "Closed",
    "updated_datetime": "Updated", "status": "Status", "status_notes": "Status Notes",
    "agency_responsible": "Responsible Agency", "group": "Category", "service_name": "Request Type",
    "description": ["Request Details"], "address": "Address", "district": "Supervisor District",
    "point": "Point", "channel": "Source", "media_url": "Media URL"
  },
  "other_names": {"CaseID": ["service_request_id"], "Opened": ["requested_datetime"], "Closed": ["closed_date"],
                  "Updated": ["updated_datetime"], "Status": ["status_description"],
                  "Responsible Agency": ["agency_responsible"], "Category": ["service_name"],
                  "Request Type": ["service_subtype"], "Request Details": ["service_details"]},
  "channels": {"voice in": "phone", "open311": "app", "web self service": "web", "twitter": "social",
               "e-mail in": "email", "mail in": "walk_in", "integrated agency": "web", "other department": "phone"},
  "default_channel": "phone"
})";

const char *const kBoston = R"({
  "name": "Boston 311",
  "time_zone": "America/New_York",
  "date_formats": ["yyyy-MM-dd HH:mm:ss", "iso"],
  "columns": {
    "service_request_id": "case_enquiry_id", "requested_datetime": "open_dt", "closed_datetime": "closed_dt",
    "expected_datetime": "target_dt", "status": "case_status", "status_notes": "closure_reason",
    "service_name": "type", "group": "reason", "description": ["case_title"], "agency_responsible": "subject",
    "address": "location", "zipcode": "location_zipcode", "lat": "latitude", "long": "longitude",
    "channel": "source", "district": "city_council_district"
  },
  "channels": {"constituent call": "phone", "citizens connect app": "app", "city worker app": "app",
               "self service": "web", "employee generated": "phone", "twitter": "social", "maximo integration": "web"},
  "default_channel": "phone",
  "no_location": [[42.3594, -71.0587]]
})";

const char *const kLa = R"({
  "name": "LA MyLA311",
  "time_zone": "America/Los_Angeles",
  "date_formats": ["MM/dd/yyyy hh:mm:ss AP", "yyyy-MM-ddTHH:mm:ss.zzz", "iso"],
  "columns": {
    "service_request_id": "SRNumber", "requested_datetime": "CreatedDate", "updated_datetime": "UpdatedDate",
    "closed_datetime": "ClosedDate", "expected_datetime": "ServiceDate", "status": "Status",
    "status_notes": "ActionTaken", "service_name": "RequestType", "agency_responsible": "Owner",
    "address": "Address", "zipcode": "ZipCode", "lat": "Latitude", "long": "Longitude", "point": "Location",
    "channel": "RequestSource", "district": "CD"
  },
  "statuses": {"pending": "on_hold", "forward": "in_progress", "cancelled": "cancelled",
               "referred out": "not_our_responsibility"},
  "channels": {"call": "phone", "voicemail": "phone", "mobile app": "app", "driver self report": "app",
               "self service": "web", "email": "email", "walk-in": "walk_in", "twitter": "social"},
  "default_channel": "phone"
})";

// What `export requests --format csv` writes, so an export can be imported again.
const char *const kCivicDesk = R"({
  "name": "CivicDesk CSV export",
  "time_zone": "UTC",
  "date_formats": ["iso"],
  "columns": {
    "service_request_id": "service_request_id", "requested_datetime": "requested_datetime",
    "updated_datetime": "updated_datetime", "expected_datetime": "expected_datetime", "status": "status",
    "status_notes": "status_notes", "service_code": "service_code", "service_name": "service_name",
    "description": ["description"], "agency_responsible": "agency_responsible", "service_notice": "service_notice",
    "address": "address", "address_id": "address_id", "zipcode": "zipcode", "lat": "lat", "long": "long",
    "media_url": "media_url", "channel": "channel", "district": "district"
  },
  "channels": {"phone": "phone", "walk_in": "walk_in", "email": "email", "web": "web", "app": "app", "social": "social"},
  "default_channel": "phone"
})";

const QStringList kFields = {QStringLiteral("service_request_id"),
                             QStringLiteral("requested_datetime"),
                             QStringLiteral("updated_datetime"),
                             QStringLiteral("closed_datetime"),
                             QStringLiteral("expected_datetime"),
                             QStringLiteral("status"),
                             QStringLiteral("status_notes"),
                             QStringLiteral("service_code"),
                             QStringLiteral("service_name"),
                             QStringLiteral("group"),
                             QStringLiteral("description"),
                             QStringLiteral("agency_responsible"),
                             QStringLiteral("service_notice"),
                             QStringLiteral("address"),
                             QStringLiteral("address_id"),
                             QStringLiteral("zipcode"),
                             QStringLiteral("lat"),
                             QStringLiteral("long"),
                             QStringLiteral("point"),
                             QStringLiteral("channel"),
                             QStringLiteral("district"),
                             QStringLiteral("media_url")};
} // namespace

QStringList CsvProfile::builtInNames()
{
    return {QStringLiteral("nyc"), QStringLiteral("sf"), QStringLiteral("boston"), QStringLiteral("la"),
            QStringLiteral("civicdesk")};
}

CsvProfile CsvProfile::load(const QString &nameOrFile)
{
    const QString key = nameOrFile.toLower();
    const char *builtIn = key == QLatin1String("nyc")         ? kNyc
                          : key == QLatin1String("sf")        ? kSf
                          : key == QLatin1String("boston")    ? kBoston
                          : key == QLatin1String("la")        ? kLa
                          : key == QLatin1String("civicdesk") ? kCivicDesk
                                                              : nullptr;
    if (builtIn) {
        CsvProfile p = fromJson(QByteArray(builtIn), QStringLiteral("profile %1").arg(key));
        p.key = key;
        return p;
    }
    QFile file(nameOrFile);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate(
                "CsvProfile",
                "--profile: \"%1\" is neither a built-in profile (%2) nor a readable mapping file: %3")
                .arg(nameOrFile, builtInNames().join(QStringLiteral(", ")), file.errorString()));
    return fromJson(file.readAll(), nameOrFile);
}

CsvProfile CsvProfile::fromJson(const QByteArray &json, const QString &source)
{
    const QJsonObject o = jsontext::parseObject(json, source);
    auto fail = [&](const QString &field, const QString &message) {
        throw Error(QStringLiteral("%1: %2: %3").arg(source, field, message), {{field, message}});
    };
    CsvProfile p;
    p.name = o.value(QLatin1String("name")).toString(source);
    const QString zone = o.value(QLatin1String("time_zone")).toString(QStringLiteral("UTC"));
    p.timeZone = QTimeZone(zone.toUtf8());
    if (!p.timeZone.isValid())
        fail(QStringLiteral("time_zone"),
             QCoreApplication::translate("CsvProfile", "unknown time zone \"%1\"").arg(zone));
    for (const QJsonValue &f : o.value(QLatin1String("date_formats")).toArray())
        p.dateFormats.append(f.toString());
    if (p.dateFormats.isEmpty())
        p.dateFormats.append(QStringLiteral("iso"));
    const QJsonObject columns = o.value(QLatin1String("columns")).toObject();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (!kFields.contains(it.key()))
            fail(QStringLiteral("columns.") + it.key(),
                 QCoreApplication::translate("CsvProfile", "unknown field (one of: %1)")
                     .arg(kFields.join(QStringLiteral(", "))));
        if (it.key() == QLatin1String("description")) {
            const QJsonArray list = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
            for (const QJsonValue &c : list)
                p.descriptionColumns.append(c.toString());
        } else {
            p.columns.insert(it.key(), it.value().toString());
        }
    }
    if (p.column("service_request_id").isEmpty())
        fail(QStringLiteral("columns.service_request_id"),
             QCoreApplication::translate("CsvProfile", "is required"));
    if (p.column("requested_datetime").isEmpty())
        fail(QStringLiteral("columns.requested_datetime"),
             QCoreApplication::translate("CsvProfile", "is required"));
    if (p.column("service_code").isEmpty() && p.column("service_name").isEmpty())
        fail(QStringLiteral("columns.service_code"),
             QCoreApplication::translate("CsvProfile", "service_code or service_name is required"));
    const QJsonObject otherNames = o.value(QLatin1String("other_names")).toObject();
    for (auto it = otherNames.constBegin(); it != otherNames.constEnd(); ++it) {
        const QJsonArray list = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &name : list)
            p.otherNames[it.key()].append(name.toString());
    }
    const QJsonObject statuses = o.value(QLatin1String("statuses")).toObject();
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it) {
        if (!ticketstatus::fromKey(it.value().toString()))
            fail(QStringLiteral("statuses.") + it.key(),
                 QCoreApplication::translate("CsvProfile", "\"%1\" is not a CivicDesk status (one of: %2)")
                     .arg(it.value().toString(), ticketstatus::keys().join(QStringLiteral(", "))));
        p.statuses.insert(it.key().toLower(), it.value().toString());
    }
    const QJsonObject channels = o.value(QLatin1String("channels")).toObject();
    for (auto it = channels.constBegin(); it != channels.constEnd(); ++it) {
        if (!channel::fromKey(it.value().toString()))
            fail(QStringLiteral("channels.") + it.key(),
                 QCoreApplication::translate("CsvProfile", "\"%1\" is not a CivicDesk channel (one of: %2)")
                     .arg(it.value().toString(), channel::keys().join(QStringLiteral(", "))));
        p.channels.insert(it.key().toLower(), it.value().toString());
    }
    p.defaultChannel = o.value(QLatin1String("default_channel")).toString(QStringLiteral("phone"));
    if (!channel::fromKey(p.defaultChannel))
        fail(QStringLiteral("default_channel"),
             QCoreApplication::translate("CsvProfile", "\"%1\" is not a CivicDesk channel")
                 .arg(p.defaultChannel));
    for (const QJsonValue &v : o.value(QLatin1String("no_location")).toArray())
        p.noLocation.append({v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble()});
    return p;
}

} // namespace civicdesk::core
