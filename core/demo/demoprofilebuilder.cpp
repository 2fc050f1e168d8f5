#include "core/demo/demoprofilebuilder.h"

#include "core/demo/democitygenerator.h"
#include "core/demo/demologins.h"
#include "core/demo/demosandbox.h"
#include "core/demo/demotickethistory.h"
#include "core/domain/error.h"
#include "core/domain/referencenumber.h"
#include "core/geo/citylayerstore.h"
#include "core/geo/geocoder.h"
#include "core/geo/routingrules.h"
#include "core/kb/kbrepository.h"
#include "core/store/localstore.h"
#include "core/store/sqlquery.h"
#include "core/store/ticketrepository.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTimeZone>

namespace civicdesk::core {

namespace {

QString slug(const QString &name)
{
    QString s;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            s.append(c);
        else if (!s.endsWith(u'-'))
            s.append(u'-');
    }
    while (s.endsWith(u'-'))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("demo-city") : s;
}

// The city's own knowledge: where city hall and the libraries are, and who sits for each
// district. Call takers look these up as they would in a real city.
QList<Article> cityArticles(const DemoCity &city)
{
    QList<Article> articles;
    QStringList libraries;
    QString hall;
    for (const DemoLandmark &l : city.landmarks) {
        if (l.kind == QLatin1String("library"))
            libraries.append(QStringLiteral("- **%1**, %2").arg(l.name, l.address));
        if (l.kind == QLatin1String("city_hall"))
            hall = l.address;
    }
    const QString citySlug = slug(city.name);
    Article a;
    a.id = citySlug + QStringLiteral("-city-hall");
    a.title = QStringLiteral("%1 City Hall: address and opening hours").arg(city.name);
    a.questionVariants = {QStringLiteral("where is city hall"), QStringLiteral("when is city hall open"),
                          QStringLiteral("city hall address")};
    a.answerMarkdown =
        QStringLiteral("%1 City Hall is at **%2**. Open Monday to Friday, 8:00 to 17:00; closed on city "
                       "holidays. The clerk's office and permits counter are on the first floor.")
            .arg(city.name, hall);
    a.script = QStringLiteral("City Hall is at %1, open weekdays from eight to five.").arg(hall);
    a.category = QStringLiteral("City Services");
    a.agency = QStringLiteral("CS311");
    a.keywords = {QStringLiteral("city hall"), QStringLiteral("hours"), QStringLiteral("clerk")};
    articles.append(a);

    Article lib;
    lib.id = citySlug + QStringLiteral("-libraries");
    lib.title = QStringLiteral("Public libraries in %1").arg(city.name);
    lib.questionVariants = {QStringLiteral("where is the library"), QStringLiteral("library near me"),
                            QStringLiteral("library hours")};
    lib.answerMarkdown =
        QStringLiteral("The city's libraries:\n\n%1\n\nOpen Monday to Saturday, 9:00 to 20:00.")
            .arg(libraries.join(u'\n'));
    lib.category = QStringLiteral("City Services");
    lib.agency = QStringLiteral("CS311");
    lib.keywords = {QStringLiteral("library"), QStringLiteral("books"), QStringLiteral("branch")};
    articles.append(lib);

    Article council;
    council.id = citySlug + QStringLiteral("-council-districts");
    council.title = QStringLiteral("Who is my council member? (%1 council districts)").arg(city.name);
    council.questionVariants = {QStringLiteral("who is my council member"),
                                QStringLiteral("which district am I in"),
                                QStringLiteral("when is the next council meeting")};
    QStringList members;
    for (const GeoFeature &d : city.districts)
        members.append(QStringLiteral("- %1: %2")
                           .arg(d.properties.value(QStringLiteral("name")).toString(),
                                d.properties.value(QStringLiteral("council_member")).toString()));
    council.answerMarkdown =
        QStringLiteral("%1 has %2 council districts. Type the caller's address in a new call: the "
                       "district shows beside the form.\n\n%3\n\nThe council meets on the first "
                       "and third Tuesday of each month at 19:00 in City Hall; anyone may speak "
                       "after signing up with the clerk.")
            .arg(city.name)
            .arg(city.districts.size())
            .arg(members.join(u'\n'));
    council.category = QStringLiteral("City Services");
    council.agency = QStringLiteral("CS311");
    council.serviceCodes = {QStringLiteral("GOV_INQUIRY")};
    council.keywords = {QStringLiteral("council"), QStringLiteral("district"), QStringLiteral("alderman")};
    articles.append(council);
    return articles;
}

// The open requests the built-in scenarios rely on (the duplicate scenario needs an open
// streetlight request at 305 20th Street). Numbered streets and these house numbers exist in
// every generated city.
int plantScenarioTickets(const Database &db, const Catalog &catalog, const QDate &lastDay,
                         TicketRepository &tickets)
{
    const Geocoder geocoder(db);
    const std::vector<GeocodeResult> hits = geocoder.geocode(QStringLiteral("305 20th Street"), 1);
    const Service *service = catalog.service(QStringLiteral("STREETLIGHT_OUT"));
    if (hits.empty() || !service)
        return 0;
    Ticket t;
    t.id = QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c1f2e-6a51-4c52-9a43-0d3c2b1a9e77}")),
                               QStringLiteral("duplicate-streetlight"));
    t.referenceNumber = referencenumber::make(QString::fromLatin1(DemoProfileBuilder::kWorkstationCode),
                                              lastDay, referencenumber::kMaxDailyCounter);
    t.serviceCode = service->code;
    t.serviceName = service->name;
    t.agencyResponsible = service->agencyId;
    t.status = TicketStatus::Acknowledged;
    t.requestedAt = QDateTime(lastDay.addDays(-2), QTime(21, 40), QTimeZone::utc());
    t.updatedAt = t.requestedAt.addSecs(3600);
    t.expectedAt = catalog.expectedBy(*service, t.requestedAt);
    t.address = hits.front().label;
    t.latitude = hits.front().point.lat;
    t.longitude = hits.front().point.lon;
    t.description = QStringLiteral("Streetlight out in front of the house, dark for two nights.");
    t.attributes.insert(QStringLiteral("LIGHT_PROBLEM"), {QStringLiteral("OUT")});
    t.caller.firstName = QStringLiteral("Walter");
    t.caller.lastName = QStringLiteral("Kim");
    t.caller.phone = QStringLiteral("+15552010305");
    t.version = 1;
    tickets.insert(t);
    return 1;
}

QJsonObject markerFor(const DemoCity &city, const DemoProfileBuilder::Options &options, const QDate &lastDay)
{
    QJsonArray landmarks;
    for (const DemoLandmark &l : city.landmarks)
        landmarks.append(QJsonObject{{QStringLiteral("name"), l.name},
                                     {QStringLiteral("kind"), l.kind},
                                     {QStringLiteral("address"), l.address},
                                     {QStringLiteral("lat"), l.point.lat},
                                     {QStringLiteral("lon"), l.point.lon}});
    return {{QStringLiteral("format"), QStringLiteral("civicdesk-demo")},
            {QStringLiteral("format_version"), 1},
            {QStringLiteral("city"), city.name},
            {QStringLiteral("seed"), QString::number(options.seed)},
            {QStringLiteral("tickets"), options.tickets},
            {QStringLiteral("last_day"), lastDay.toString(Qt::ISODate)},
            {QStringLiteral("centre"),
             QJsonObject{{QStringLiteral("lat"), city.centre.lat}, {QStringLiteral("lon"), city.centre.lon}}},
            {QStringLiteral("landmarks"), landmarks}};
}

} // namespace

DemoProfileBuilder::Report DemoProfileBuilder::build(const QString &directory, const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    const Profile profile(QDir(directory).absolutePath());
    if (QFile::exists(profile.storePath()))
        throw Error(QCoreApplication::translate("DemoProfileBuilder",
                                                "%1 already holds a profile; give a new or empty folder")
                        .arg(profile.directory()));
    if (options.tickets < 0)
        throw Error(QCoreApplication::translate("DemoProfileBuilder", "--tickets must not be negative"));
    const QDate lastDay =
        options.lastDay.isValid() ? options.lastDay : QDateTime::currentDateTimeUtc().date().addDays(-1);

    Report report;
    report.directory = profile.directory();
    report.seed = options.seed;
    report.lastDay = lastDay;
    {
        LocalStore store(profile);
        store.setWorkstationCode(QString::fromLatin1(kWorkstationCode));
        store.setActor(DemoLogins::defaults().constFirst().login);
        Catalog catalog = store.catalog();
        const DemoCity city = DemoCityGenerator::generate(options.seed, options.cityName, catalog);
        catalog.jurisdictionId = slug(city.name);
        catalog.jurisdictionName =
            QCoreApplication::translate("DemoProfileBuilder", "City of %1").arg(city.name);
        store.replaceCatalog(catalog);
        report.cityName = city.name;

        const Database &db = store.database();
        CityLayerStore layers(db);
        report.streets = layers.importStreets(city.streets, QStringLiteral("demo streets")).imported;
        report.districts = layers.importDistricts(city.districts, QStringLiteral("demo districts")).imported;
        report.areas = layers.importAreas(city.areas, QStringLiteral("demo areas")).imported;
        report.addresses = layers.importAddresses(city.addresses, QStringLiteral("demo addresses")).imported;
        const QString attribution =
            QCoreApplication::translate("DemoProfileBuilder", "Fictional city (CivicDesk demo)");
        for (CityLayerStore::Layer l : {CityLayerStore::Layer::Streets, CityLayerStore::Layer::Districts,
                                        CityLayerStore::Layer::Areas, CityLayerStore::Layer::Addresses})
            layers.setAttribution(l, attribution);
        report.routingRules =
            RoutingRules(db).load(city.routingRulesJson, QStringLiteral("demo routing rules"));
        report.landmarks = static_cast<int>(city.landmarks.size());

        const KbRepository kb(db);
        kb.ensureBuiltIn();
        kb.importAll(cityArticles(city), QStringLiteral("CivicDesk demo"));
        SqlQuery articles(db.connection(), QStringLiteral("SELECT COUNT(*) FROM kb_articles"));
        articles.exec();
        report.articles = articles.next() ? articles.value(0).toInt() : 0;

        TicketRepository tickets(db);
        Transaction tx(db.connection());
        DemoTicketHistory::generate(
            city, catalog, {options.seed, options.tickets, lastDay, QString::fromLatin1(kWorkstationCode)},
            [&](const Ticket &t) {
                tickets.insert(t);
                ++report.tickets;
            });
        report.tickets += plantScenarioTickets(db, catalog, lastDay, tickets);
        DemoLogins(db).save(DemoLogins::defaults());
        tx.commit();

        QJsonObject marker = markerFor(city, options, lastDay);
        if (options.computeHash) {
            report.contentHash = contentHash(db);
            marker.insert(QStringLiteral("content_hash"), report.contentHash);
        }
        DemoSandbox::writeMarker(profile.directory(), marker);
    }
    // The store is closed (and its WAL folded in) before the copy, so the snapshot is whole.
    DemoSandbox::takeSnapshot(profile.directory());
    report.milliseconds = timer.elapsed();
    return report;
}

QString DemoProfileBuilder::contentHash(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    static const char *const queries[] = {
        "SELECT d.name, d.properties, d.geometry FROM geo_districts d ORDER BY d.id",
        "SELECT n.name, s.class, s.from_left, s.to_left, s.from_right, s.to_right, s.geometry FROM "
        "geo_streets s "
        "LEFT JOIN geo_street_names n ON n.id = s.name_id ORDER BY s.id",
        "SELECT kind, name, geometry FROM geo_areas ORDER BY id",
        "SELECT a.number, n.name, a.postcode, a.lat, a.lon FROM geo_addresses a JOIN geo_street_names n ON "
        "n.id = a.name_id "
        "ORDER BY a.id",
        "SELECT service_code, district, agency, queue FROM routing_rules ORDER BY rowid",
        "SELECT * FROM tickets ORDER BY rowid",
        "SELECT * FROM ticket_notes ORDER BY rowid",
        "SELECT login, display_name, role FROM demo_logins ORDER BY rowid",
    };
    for (const char *sql : queries) {
        SqlQuery q(db.connection(), QString::fromLatin1(sql));
        q.exec();
        const int columns = q.raw().record().count();
        while (q.next()) {
            for (int c = 0; c < columns; ++c) {
                const QVariant v = q.value(c);
                hash.addData(v.isNull() ? QByteArrayView("\x01N") : QByteArrayView(v.toByteArray()));
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
        hash.addData(QByteArrayView("\x1d"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace civicdesk::core
