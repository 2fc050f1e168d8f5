#include "core/demo/demotickethistory.h"

#include "core/catalog/catalog.h"
#include "core/domain/referencenumber.h"

#include <QHash>
#include <QTimeZone>
#include <QRandomGenerator>
#include <algorithm>
#include <array>
#include <cmath>

namespace civicdesk::core {

namespace {

const char *const kFirstNames[] = {"Maria",  "James", "Linda",  "Robert",  "Aaliyah", "Wei",    "Fatima",
                                   "Carlos", "Nora",  "Dmitri", "Grace",   "Kwame",   "Elena",  "Tariq",
                                   "Ruth",   "Jorge", "Hana",   "Patrick", "Ines",    "Samuel", "Yuki",
                                   "Olga",   "Andre", "Leila",  "Frank",   "Rosa",    "Omar",   "Bea"};
const char *const kLastNames[] = {
    "Garcia",   "Smith",  "Nguyen", "Johnson",  "Okafor", "Chen",  "Rossi",   "Silva", "Murphy",
    "Kowalski", "Haddad", "Brown",  "Martinez", "Cohen",  "Patel", "O'Brien", "Kim",   "Lopez",
    "Andersen", "Dubois", "Mensah", "Ivanova",  "Walker", "Reyes", "Tanaka"};
const char *const kCrewSurnames[] = {"Alvarez", "Brennan",  "Castillo", "Doyle",
                                     "Eriksen", "Fontaine", "Greer",    "Holm"};

// Base daily share of each service: what a mid-sized 311 centre sees most.
double baseWeight(const QString &code)
{
    static const QHash<QString, double> weights{
        {QStringLiteral("NOISE"), 9},
        {QStringLiteral("POTHOLE"), 7},
        {QStringLiteral("MISSED_COLLECTION"), 8},
        {QStringLiteral("STREETLIGHT_OUT"), 6},
        {QStringLiteral("ILLEGAL_PARKING"), 6},
        {QStringLiteral("BLOCKED_DRIVEWAY"), 4},
        {QStringLiteral("GRAFFITI"), 4},
        {QStringLiteral("ILLEGAL_DUMPING"), 4},
        {QStringLiteral("BULK_PICKUP"), 5},
        {QStringLiteral("HEAT_HOT_WATER"), 4},
        {QStringLiteral("PARKING_METER"), 3},
        {QStringLiteral("GOV_INQUIRY"), 4},
        {QStringLiteral("TREE_DOWN"), 2},
        {QStringLiteral("STREET_SWEEPING"), 2},
        {QStringLiteral("RODENTS"), 3},
        {QStringLiteral("SIDEWALK_DAMAGE"), 3},
        {QStringLiteral("DEBRIS_ROADWAY"), 2},
        {QStringLiteral("SNOW_ICE"), 2},
    };
    return weights.value(code, 1.0);
}

int pickWeighted(QRandomGenerator &rng, const std::vector<double> &cumulative)
{
    const double u = rng.generateDouble() * cumulative.back();
    return static_cast<int>(std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin());
}

QUuid uuidFrom(QRandomGenerator &rng)
{
    // A version 4 UUID drawn from the seeded generator, so the same seed gives the same ids.
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &b : bytes)
        b = static_cast<char>(rng.bounded(256));
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes);
}

QString describe(const Service &s, const QString &address, QRandomGenerator &rng)
{
    static const QHash<QString, QStringList> phrases{
        {QStringLiteral("POTHOLE"),
         {QStringLiteral("Deep pothole in the travel lane, cars swerving around it."),
          QStringLiteral("Several potholes after the thaw, one is very deep.")}},
        {QStringLiteral("NOISE"),
         {QStringLiteral("Loud music and voices from a party, still going after midnight."),
          QStringLiteral("Car alarm going off repeatedly through the night.")}},
        {QStringLiteral("STREET_SWEEPING"),
         {QStringLiteral("Leaves piled in the gutter are blocking the storm drain."),
          QStringLiteral("Wet leaves all over the street, slippery for bikes.")}},
        {QStringLiteral("SNOW_ICE"),
         {QStringLiteral("Street not plowed since the storm, cars stuck."),
          QStringLiteral("Icy patch across the crosswalk near the bus stop.")}},
        {QStringLiteral("ILLEGAL_BURNING"),
         {QStringLiteral("Neighbour burning trash in a barrel in the back yard, thick smoke.")}},
        {QStringLiteral("SUSPICIOUS_PERSON"),
         {QStringLiteral("Someone checking car door handles along the block, no one in danger.")}},
        {QStringLiteral("DEBRIS_ROADWAY"),
         {QStringLiteral("Wooden pallet and ladder lying in the right lane.")}},
        {QStringLiteral("MINOR_INJURY"),
         {QStringLiteral("Caller tripped on a raised sidewalk slab, scraped knee, no ambulance needed.")}},
        {QStringLiteral("STREETLIGHT_OUT"),
         {QStringLiteral("Streetlight out for a week, the corner is completely dark.")}},
        {QStringLiteral("PARKING_METER"), {QStringLiteral("Meter takes coins but shows no time.")}},
        {QStringLiteral("GOV_INQUIRY"),
         {QStringLiteral("Asked when the next council meeting is and how to speak at it.")}},
    };
    const QStringList options = phrases.value(s.code);
    if (!options.isEmpty())
        return options.at(rng.bounded(static_cast<int>(options.size())));
    return QStringLiteral("%1 reported by a caller at %2.").arg(s.name, address);
}

QStringList answerFor(const ServiceAttribute &a, const QDate &day, QRandomGenerator &rng)
{
    switch (a.datatype) {
    case AttributeDatatype::SingleValueList:
        return a.values.isEmpty()
                   ? QStringList{}
                   : QStringList{a.values.at(rng.bounded(static_cast<int>(a.values.size()))).key};
    case AttributeDatatype::MultiValueList: {
        if (a.values.isEmpty())
            return {};
        QStringList picked{a.values.at(rng.bounded(static_cast<int>(a.values.size()))).key};
        if (a.values.size() > 1 && rng.bounded(3) == 0) {
            const QString second = a.values.at(rng.bounded(static_cast<int>(a.values.size()))).key;
            if (!picked.contains(second))
                picked.append(second);
        }
        return picked;
    }
    case AttributeDatatype::Number:
        return {QString::number(1 + rng.bounded(4))};
    case AttributeDatatype::Datetime:
        return {day.toString(Qt::ISODate)};
    case AttributeDatatype::String:
        return {QStringLiteral("PE-%1").arg(1000 + rng.bounded(9000))};
    case AttributeDatatype::Text:
        return {QStringLiteral("As described by the caller.")};
    }
    return {};
}

} // namespace

double DemoTicketHistory::seasonalWeight(const QString &code, int month)
{
    const bool winter = month == 12 || month <= 2;
    const bool spring = month >= 3 && month <= 5;
    const bool summer = month >= 6 && month <= 8;
    const bool autumn = month >= 9 && month <= 11;
    if (code == QLatin1String("SNOW_ICE"))
        return winter ? 9.0 : (month == 3 ? 1.0 : 0.02);
    if (code == QLatin1String("POTHOLE"))
        return spring ? 3.0 : (winter ? 1.3 : 0.7);
    if (code == QLatin1String("NOISE"))
        return summer ? 2.6 : (winter ? 0.6 : 1.0);
    if (code == QLatin1String("STREET_SWEEPING") || code == QLatin1String("TREE_PRUNING"))
        return autumn ? 4.0 : 0.5;
    if (code == QLatin1String("HEAT_HOT_WATER"))
        return winter ? 4.0 : (autumn || spring ? 1.0 : 0.1);
    if (code == QLatin1String("STANDING_WATER") || code == QLatin1String("RODENTS") ||
        code == QLatin1String("ILLEGAL_BURNING"))
        return summer ? 2.5 : (winter ? 0.3 : 1.0);
    if (code == QLatin1String("TREE_DOWN"))
        return autumn || winter ? 1.8 : 0.8;
    return 1.0;
}

void DemoTicketHistory::generate(const DemoCity &city, const Catalog &catalog, const Options &options,
                                 const std::function<void(const Ticket &)> &visit)
{
    QRandomGenerator rng(static_cast<quint32>(options.seed * 2654435761u) ^ 0x7ac0ffeeu);
    const QList<Service> &services = catalog.services();
    if (services.isEmpty() || city.addresses.empty() || options.tickets <= 0)
        return;
    const QTimeZone zone = catalog.calendar.timeZone();
    const QDate firstDay = options.lastDay.addDays(-364);

    // Per month, the cumulative weights of the services.
    std::vector<std::vector<double>> monthWeights(13);
    for (int m = 1; m <= 12; ++m) {
        double sum = 0;
        for (const Service &s : services) {
            sum += baseWeight(s.code) * seasonalWeight(s.code, m);
            monthWeights[m].push_back(sum);
        }
    }
    // Problem spots: each service's requests gather around three addresses (a bad stretch of
    // road, a nightclub, a dumping ground).
    std::vector<std::array<int, 3>> hotspots;
    for (qsizetype i = 0; i < services.size(); ++i)
        hotspots.push_back({static_cast<int>(rng.bounded(static_cast<quint32>(city.addresses.size()))),
                            static_cast<int>(rng.bounded(static_cast<quint32>(city.addresses.size()))),
                            static_cast<int>(rng.bounded(static_cast<quint32>(city.addresses.size())))});
    // Callers: about one for every three requests; low numbers call far more often.
    const int callerPool = std::max(50, options.tickets / 3);

    // Days first (sorted), so the tickets come out oldest first and counters run per day.
    std::vector<int> dayOffsets(options.tickets);
    for (int &d : dayOffsets) {
        // Weekdays are busier than weekends.
        do {
            d = static_cast<int>(rng.bounded(365));
        } while (firstDay.addDays(d).dayOfWeek() >= 6 && rng.bounded(10) < 4);
    }
    std::sort(dayOffsets.begin(), dayOffsets.end());

    int counter = 0;
    int previousDay = -1;
    for (int i = 0; i < options.tickets; ++i) {
        const QDate day = firstDay.addDays(dayOffsets[i]);
        counter = dayOffsets[i] == previousDay ? counter + 1 : 1;
        previousDay = dayOffsets[i];
        const int serviceIndex = pickWeighted(rng, monthWeights[day.month()]);
        const Service &service = services.at(serviceIndex);

        // Noise at night, most else in the working day.
        int hour = 8 + static_cast<int>(rng.bounded(11));
        if (service.code == QLatin1String("NOISE") && rng.bounded(10) < 8)
            hour = (21 + static_cast<int>(rng.bounded(6))) % 24;
        const QTime time(hour, static_cast<int>(rng.bounded(60)), static_cast<int>(rng.bounded(60)));
        const QDateTime requested = QDateTime(day, time, zone).toUTC();

        // Location: near one of the service's problem spots, or anywhere in the city.
        int addressIndex = 0;
        if (rng.bounded(100) < 55) {
            const int spot = hotspots[serviceIndex][rng.bounded(3)];
            addressIndex = std::clamp(spot + static_cast<int>(rng.bounded(61)) - 30, 0,
                                      static_cast<int>(city.addresses.size()) - 1);
        } else {
            addressIndex = static_cast<int>(rng.bounded(static_cast<quint32>(city.addresses.size())));
        }
        const AddressRecord &address = city.addresses[addressIndex];

        Ticket t;
        t.id = uuidFrom(rng);
        t.referenceNumber = referencenumber::make(options.workstationCode, day,
                                                  std::min(counter, referencenumber::kMaxDailyCounter));
        t.serviceCode = service.code;
        t.serviceName = service.name;
        t.agencyResponsible = service.agencyId;
        t.priority = service.defaultPriority;
        t.requestedAt = requested;
        t.expectedAt = catalog.expectedBy(service, requested);
        t.address = QStringLiteral("%1 %2").arg(address.number, address.street);
        t.zipcode = address.postcode;
        t.latitude = address.point.lat;
        t.longitude = address.point.lon;
        const int district = address.postcode.right(2).toInt() - 10;
        if (district >= 0 && district < static_cast<int>(city.districtNames.size())) {
            t.district = city.districtNames[district];
            t.queue = QStringLiteral("%1 %2 D%3")
                          .arg(service.agencyId, service.group.section(u' ', 0, 0))
                          .arg(district + 1);
        }
        t.description = describe(service, t.address, rng);
        for (const ServiceAttribute &a : service.attributes) {
            if (a.variable && (a.required || rng.bounded(3) == 0)) {
                const QStringList answer = answerFor(a, day, rng);
                if (!answer.isEmpty())
                    t.attributes.insert(a.code, answer);
            }
        }
        const int channelRoll = static_cast<int>(rng.bounded(100));
        t.channel = channelRoll < 78   ? Channel::Phone
                    : channelRoll < 88 ? Channel::Web
                    : channelRoll < 96 ? Channel::App
                                       : Channel::Email;
        const int caller = static_cast<int>(callerPool * std::pow(rng.generateDouble(), 2.2));
        if (rng.bounded(100) < 7) {
            t.caller.anonymous = true;
        } else {
            t.caller.firstName = QLatin1String(kFirstNames[(caller * 7) % std::size(kFirstNames)]);
            t.caller.lastName = QLatin1String(kLastNames[(caller * 13) % std::size(kLastNames)]);
            t.caller.phone =
                QStringLiteral("+1555%1").arg(2000000 + caller * 37 % 7000000, 7, 10, QLatin1Char('0'));
            t.caller.preferredLanguage = caller % 9 == 0 ? QStringLiteral("es") : QStringLiteral("en");
        }

        // What happened since: older requests are mostly done; about four in five on time.
        const qint64 ageDays = day.daysTo(options.lastDay);
        const int roll = static_cast<int>(rng.bounded(100));
        const qint64 slaSeconds = t.expectedAt.isValid() ? requested.secsTo(t.expectedAt) : 5 * 86400;
        const double share =
            rng.bounded(100) < 80 ? 0.15 + rng.generateDouble() * 0.8 : 1.05 + rng.generateDouble() * 2.0;
        const QDateTime finished = requested.addSecs(static_cast<qint64>(slaSeconds * share));
        const bool finishedByNow = finished.date() <= options.lastDay;
        const QString crew =
            QStringLiteral("%1 crew %2").arg(service.agencyId, QLatin1String(kCrewSurnames[rng.bounded(8)]));
        if (finishedByNow && (ageDays > 21 || roll < 60)) {
            if (roll < 4) {
                t.status = TicketStatus::Duplicate;
            } else if (roll < 7) {
                t.status = TicketStatus::NotOurResponsibility;
                t.statusNotes = QStringLiteral("Private property: the owner was informed.");
            } else if (roll < 9) {
                t.status = TicketStatus::Cancelled;
                t.statusNotes = QStringLiteral("The caller cancelled: fixed before the crew arrived.");
            } else {
                t.status = roll < 55 ? TicketStatus::Closed : TicketStatus::Resolved;
                t.assignee = crew;
                const bool onTime = !t.expectedAt.isValid() || finished <= t.expectedAt;
                t.statusNotes = onTime ? QStringLiteral("Completed within the service level.")
                                       : QStringLiteral("Completed %1 day(s) after the expected date.")
                                             .arg(std::max<qint64>(1, t.expectedAt.daysTo(finished)));
                Note note;
                note.id = uuidFrom(rng);
                note.createdAt = finished;
                note.author = crew;
                note.text = onTime ? QStringLiteral("Work completed.")
                                   : QStringLiteral("Work completed late: crew backlog.");
                t.notes.append(note);
            }
            t.updatedAt = finished;
        } else {
            static const TicketStatus open[] = {TicketStatus::New, TicketStatus::Acknowledged,
                                                TicketStatus::InProgress, TicketStatus::ActionScheduled,
                                                TicketStatus::OnHold};
            t.status = open[roll % 5];
            if (t.status != TicketStatus::New)
                t.assignee = crew;
            t.updatedAt = requested.addSecs(3600 * (1 + roll % 20));
            if (t.updatedAt.date() > options.lastDay)
                t.updatedAt = requested;
        }
        if (rng.bounded(100) < 15) {
            Note internal;
            internal.id = uuidFrom(rng);
            internal.createdAt = requested.addSecs(600);
            internal.author = QStringLiteral("Supervisor");
            internal.text = QStringLiteral("Checked with the caller; location confirmed.");
            internal.internal = true;
            t.notes.prepend(internal);
        }
        t.version = 1;
        visit(t);
    }
}

} // namespace civicdesk::core
