#include "core/csvimport/csvmappingproposal.h"

#include "core/csvimport/csvdateparser.h"
#include "core/csvimport/csvheader.h"
#include "core/open311/open311status.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace civicdesk::core {

namespace {

enum class Content { Text, Id, Date, Latitude, Longitude, Point };

struct Rule
{
    const char *field;
    Content content;
    // Normalized header names (CsvHeader::normalize) that name this field.
    QList<QLatin1String> names;
};

// Names seen in US cities' and vendors' 311 exports. Order matters: a column is taken by the
// first field that names it.
const QList<Rule> &rules()
{
    static const QList<Rule> list = {
        {"service_request_id",
         Content::Id,
         {QLatin1String("servicerequestid"), QLatin1String("requestid"), QLatin1String("caseid"),
          QLatin1String("casenumber"), QLatin1String("caseenquiryid"), QLatin1String("ticketid"),
          QLatin1String("ticketnumber"), QLatin1String("ticket"), QLatin1String("srnumber"),
          QLatin1String("srid"), QLatin1String("issueid"), QLatin1String("uniquekey"),
          QLatin1String("requestnumber"), QLatin1String("referencenumber"), QLatin1String("reference"),
          QLatin1String("id")}},
        {"requested_datetime",
         Content::Date,
         {QLatin1String("requesteddatetime"), QLatin1String("createdat"), QLatin1String("createddate"),
          QLatin1String("created"), QLatin1String("createdon"), QLatin1String("datecreated"),
          QLatin1String("opened"), QLatin1String("openeddate"), QLatin1String("opendate"),
          QLatin1String("opendt"), QLatin1String("requestedat"), QLatin1String("requested"),
          QLatin1String("submittedat"), QLatin1String("submitted"), QLatin1String("reportedat"),
          QLatin1String("datereported")}},
        {"closed_datetime",
         Content::Date,
         {QLatin1String("closeddatetime"), QLatin1String("closedat"), QLatin1String("closeddate"),
          QLatin1String("closedate"), QLatin1String("closeddt"), QLatin1String("closed"),
          QLatin1String("dateclosed"), QLatin1String("resolvedat"), QLatin1String("completedat")}},
        {"updated_datetime",
         Content::Date,
         {QLatin1String("updateddatetime"), QLatin1String("updatedat"), QLatin1String("updateddate"),
          QLatin1String("updated"), QLatin1String("lastupdated"), QLatin1String("lastmodified"),
          QLatin1String("lastmodifieddate"), QLatin1String("datemodified")}},
        {"expected_datetime",
         Content::Date,
         {QLatin1String("expecteddatetime"), QLatin1String("duedate"), QLatin1String("due"),
          QLatin1String("targetdate"), QLatin1String("targetdt")}},
        {"status",
         Content::Text,
         {QLatin1String("status"), QLatin1String("state"), QLatin1String("casestatus"),
          QLatin1String("requeststatus")}},
        {"status_notes",
         Content::Text,
         {QLatin1String("statusnotes"), QLatin1String("resolution"), QLatin1String("resolutiondescription"),
          QLatin1String("closurereason"), QLatin1String("closurenotes")}},
        {"service_code",
         Content::Text,
         {QLatin1String("servicecode"), QLatin1String("typecode"), QLatin1String("requesttypeid")}},
        {"service_name",
         Content::Text,
         {QLatin1String("servicename"), QLatin1String("requesttype"), QLatin1String("requesttypetitle"),
          QLatin1String("issuetype"), QLatin1String("problemtype"), QLatin1String("complainttype"),
          QLatin1String("type"), QLatin1String("service")}},
        {"group",
         Content::Text,
         {QLatin1String("category"), QLatin1String("group"), QLatin1String("reason")}},
        {"address",
         Content::Text,
         {QLatin1String("address"), QLatin1String("streetaddress"), QLatin1String("incidentaddress"),
          QLatin1String("fulladdress")}},
        {"zipcode",
         Content::Text,
         {QLatin1String("zipcode"), QLatin1String("zip"), QLatin1String("postalcode"),
          QLatin1String("postcode")}},
        {"lat", Content::Latitude, {QLatin1String("lat"), QLatin1String("latitude")}},
        {"long",
         Content::Longitude,
         {QLatin1String("long"), QLatin1String("lon"), QLatin1String("lng"), QLatin1String("longitude")}},
        {"point",
         Content::Point,
         {QLatin1String("point"), QLatin1String("location"), QLatin1String("geolocation"),
          QLatin1String("geom")}},
        {"channel",
         Content::Text,
         {QLatin1String("channel"), QLatin1String("source"), QLatin1String("origin"),
          QLatin1String("requestsource"), QLatin1String("reportsource")}},
        {"district",
         Content::Text,
         {QLatin1String("district"), QLatin1String("councildistrict"), QLatin1String("ward")}},
        {"agency_responsible",
         Content::Text,
         {QLatin1String("agencyresponsible"), QLatin1String("agency"), QLatin1String("responsibleagency"),
          QLatin1String("department"), QLatin1String("owner"), QLatin1String("assignedto")}},
        {"media_url",
         Content::Text,
         {QLatin1String("mediaurl"), QLatin1String("photourl"), QLatin1String("imageurl"),
          QLatin1String("photo"), QLatin1String("image")}},
    };
    return list;
}

const QList<QLatin1String> kDescriptionNames = {QLatin1String("description"), QLatin1String("details"),
                                                QLatin1String("summary"),     QLatin1String("title"),
                                                QLatin1String("comments"),    QLatin1String("problem")};

// Formats a proposal may choose, in order; "unix" only for a column whose name says date.
const QStringList &candidateFormats()
{
    static const QStringList formats =
        QStringList{QStringLiteral("MM/dd/yyyy hh:mm:ss AP"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                    QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("dd.MM.yyyy HH:mm")} +
        CsvDateParser::extraFormats();
    return formats;
}

// What the sample says about one column.
struct Profile
{
    int filled = 0;
    bool unique = true;
    QString dateFormat; // every filled value fits it
    bool unixTimes = true;
    bool numbers = true;
    double maxAbs = 0;
    bool points = true;
};

Profile look(const QList<QStringList> &rows, int column)
{
    Profile p;
    QSet<QString> seen;
    QStringList dates;
    for (const QStringList &row : rows) {
        const QString v = row.value(column).trimmed();
        if (v.isEmpty()) {
            p.unique = false;
            continue;
        }
        ++p.filled;
        if (seen.contains(v))
            p.unique = false;
        seen.insert(v);
        bool ok = false;
        const double d = v.toDouble(&ok);
        p.numbers = p.numbers && ok && std::isfinite(d) && v.contains(u'.');
        if (ok && std::isfinite(d))
            p.maxAbs = std::max(p.maxAbs, std::abs(d));
        const bool integer =
            !v.isEmpty() && std::all_of(v.cbegin(), v.cend(), [](QChar c) { return c.isDigit(); });
        p.unixTimes = p.unixTimes && integer && (v.size() == 10 || v.size() == 13);
        p.points =
            p.points && (v.startsWith(u'(') || v.startsWith(QLatin1String("POINT"), Qt::CaseInsensitive) ||
                         v.startsWith(u'{'));
        if (dates.size() < 50)
            dates.append(v);
    }
    if (p.filled == 0) {
        p.numbers = p.unixTimes = p.points = p.unique = false;
        return p;
    }
    // One format for the whole column: a proposal states it once.
    for (const QString &format : candidateFormats()) {
        const CsvDateParser parser({format});
        if (std::all_of(dates.cbegin(), dates.cend(),
                        [&](const QString &v) { return parser.formatOf(v) == format; })) {
            p.dateFormat = format;
            break;
        }
    }
    return p;
}

bool fits(const Profile &p, Content content)
{
    switch (content) {
    case Content::Text:
        return true;
    case Content::Id:
        return p.unique || p.filled < 2;
    case Content::Date:
        // Unix times only where the name says date: ten-digit ids are common too.
        return !p.dateFormat.isEmpty() || p.unixTimes;
    case Content::Latitude:
        return p.numbers && p.maxAbs <= 90;
    case Content::Longitude:
        return p.numbers && p.maxAbs <= 180;
    case Content::Point:
        return p.points;
    }
    return false;
}

} // namespace

CsvMappingProposal CsvMappingProposal::propose(const QStringList &header, const QList<QStringList> &rows,
                                               const QString &sourceName)
{
    CsvMappingProposal m;
    m.m_source = sourceName;
    const CsvHeader names(header);
    QList<Profile> content;
    for (int i = 0; i < header.size(); ++i)
        content.append(look(rows, i));
    QSet<int> taken;
    auto take = [&](const char *field, int column, const QString &why) {
        m.m_columns.insert(QLatin1String(field), names.column(column));
        m.m_reasons.append(
            QStringLiteral("%1 <- \"%2\" (%3)").arg(QLatin1String(field), names.column(column), why));
        taken.insert(column);
    };
    auto dateWhy = [&](int column) {
        const QString format =
            content.at(column).dateFormat.isEmpty() ? QStringLiteral("unix") : content.at(column).dateFormat;
        if (m.m_dateFormat.isEmpty())
            m.m_dateFormat = format;
        return QCoreApplication::translate("CsvMappingProposal", "dates like %1").arg(format);
    };

    // By name, where the content agrees.
    for (const Rule &rule : rules()) {
        for (const QLatin1String name : rule.names) {
            const QList<int> found = names.find({QString(name)});
            if (found.isEmpty() || taken.contains(found.first()) ||
                !fits(content.at(found.first()), rule.content))
                continue;
            const int column = found.first();
            QString why = QCoreApplication::translate("CsvMappingProposal", "by name");
            if (rule.content == Content::Date)
                why += QStringLiteral("; ") + dateWhy(column);
            take(rule.field, column, why);
            break;
        }
    }
    for (int i = 0; i < header.size(); ++i) {
        if (!taken.contains(i) && kDescriptionNames.contains(CsvHeader::normalize(header.at(i)))) {
            m.m_description.append(names.column(i));
            m.m_reasons.append(
                QStringLiteral("description <- \"%1\" (%2)")
                    .arg(names.column(i), QCoreApplication::translate("CsvMappingProposal", "by name")));
            taken.insert(i);
        }
    }

    // By content, for what the names did not give: the first date column is when the request
    // was made (exports lead with it), and an id is a column whose values are all unique.
    if (!m.m_columns.contains(QStringLiteral("requested_datetime"))) {
        for (int i = 0; i < header.size(); ++i) {
            if (!taken.contains(i) && !content.at(i).dateFormat.isEmpty()) {
                take(
                    "requested_datetime", i,
                    QCoreApplication::translate("CsvMappingProposal", "by content: the first date column; %1")
                        .arg(dateWhy(i)));
                break;
            }
        }
    }
    if (!m.m_columns.contains(QStringLiteral("service_request_id")) && rows.size() >= 2) {
        for (int i = 0; i < header.size(); ++i) {
            const Profile &p = content.at(i);
            if (!taken.contains(i) && p.unique && p.dateFormat.isEmpty() && !p.numbers && !p.points) {
                take("service_request_id", i,
                     QCoreApplication::translate("CsvMappingProposal", "by content: every value is unique"));
                break;
            }
        }
    }
    if (!m.m_columns.contains(QStringLiteral("point")) && !m.m_columns.contains(QStringLiteral("lat"))) {
        for (int i = 0; i < header.size(); ++i) {
            if (!taken.contains(i) && content.at(i).points && content.at(i).filled > 0) {
                take("point", i, QCoreApplication::translate("CsvMappingProposal", "by content: points"));
                break;
            }
        }
    }
    // Two unnamed coordinate columns are left alone: which is latitude is a guess.

    // Status words that are not Open311's or CivicDesk's ("waiting", "done") are listed with
    // no meaning: the file does not load until a person says what each one means.
    if (const QList<int> status = names.find({m.m_columns.value(QStringLiteral("status"))});
        m.m_columns.contains(QStringLiteral("status")) && !status.isEmpty()) {
        for (const QStringList &row : rows) {
            const QString value = row.value(status.first()).trimmed().toLower();
            QString notes;
            if (!value.isEmpty() && !m.m_unknownStatuses.contains(value) &&
                !open311status::read(value, notes))
                m.m_unknownStatuses.append(value);
        }
    }

    const bool hasService = m.m_columns.contains(QStringLiteral("service_name")) ||
                            m.m_columns.contains(QStringLiteral("service_code"));
    if (!m.m_columns.contains(QStringLiteral("service_request_id")))
        m.m_unguessed.append(QStringLiteral("service_request_id"));
    if (!m.m_columns.contains(QStringLiteral("requested_datetime")))
        m.m_unguessed.append(QStringLiteral("requested_datetime"));
    if (!hasService)
        m.m_unguessed.append(QStringLiteral("service_name"));
    if (!m.m_columns.contains(QStringLiteral("status")))
        m.m_unguessed.append(QStringLiteral("status"));
    if (!m.m_columns.contains(QStringLiteral("point")) &&
        !(m.m_columns.contains(QStringLiteral("lat")) && m.m_columns.contains(QStringLiteral("long"))))
        m.m_unguessed.append(QStringLiteral("lat/long or point"));
    if (m.m_description.isEmpty())
        m.m_unguessed.append(QStringLiteral("description"));
    for (const QString &value : std::as_const(m.m_unknownStatuses))
        m.m_unguessed.append(QStringLiteral("statuses.") + value);
    return m;
}

QByteArray CsvMappingProposal::json() const
{
    QJsonObject columns;
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it)
        columns.insert(it.key(), it.value());
    if (!m_description.isEmpty())
        columns.insert(QStringLiteral("description"), QJsonArray::fromStringList(m_description));
    QJsonObject o{
        {QStringLiteral("name"),
         QCoreApplication::translate("CsvMappingProposal", "Proposed for %1").arg(m_source)},
        {QStringLiteral("time_zone"), QStringLiteral("UTC")},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("could_not_guess"), QJsonArray::fromStringList(m_unguessed)},
        {QStringLiteral("check"),
         QCoreApplication::translate(
             "CsvMappingProposal",
             "Guessed from the header and the first rows: check each column, set time_zone to the source's, "
             "fill in what could not be guessed, then delete could_not_guess and check.")}};
    if (!m_dateFormat.isEmpty())
        o.insert(QStringLiteral("date_formats"), QJsonArray{m_dateFormat});
    if (!m_unknownStatuses.isEmpty()) {
        QJsonObject statuses;
        for (const QString &value : m_unknownStatuses)
            statuses.insert(value, QString());
        o.insert(QStringLiteral("statuses"), statuses);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString CsvMappingProposal::text() const
{
    QString out =
        QCoreApplication::translate("CsvMappingProposal", "proposed mapping for %1:\n").arg(m_source);
    for (const QString &r : m_reasons)
        out += QStringLiteral("  %1\n").arg(r);
    if (m_unguessed.isEmpty())
        out += QCoreApplication::translate("CsvMappingProposal",
                                           "every field was guessed; check the mapping before using it\n");
    else
        out += QCoreApplication::translate("CsvMappingProposal",
                                           "could not guess: %1 (fill these in before using the mapping)\n")
                   .arg(m_unguessed.join(QStringLiteral(", ")));
    return out;
}

} // namespace civicdesk::core
