#include "core/geo/routingrules.h"

#include "core/domain/error.h"
#include "core/domain/ticket.h"
#include "core/geo/districtindex.h"
#include "core/json/jsontext.h"
#include "core/store/database.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace civicdesk::core {

RoutingRules::RoutingRules(const Database &db)
    : m_db(db)
{
}

std::vector<RoutingRules::Rule> RoutingRules::parse(const QByteArray &json, const QString &source)
{
    const QJsonObject root = jsontext::parseObject(json, source);
    const QJsonValue list = root.value(QStringLiteral("rules"));
    if (!list.isArray())
        throw Error(QCoreApplication::translate("RoutingRules", "%1: rules: expected an array of rules").arg(source), {{QStringLiteral("rules"), QCoreApplication::translate("RoutingRules", "missing")}});
    std::vector<Rule> rules;
    QSet<QString> keys;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("rules[%1]").arg(i);
        if (!array.at(i).isObject())
            throw Error(QCoreApplication::translate("RoutingRules", "%1: %2: each rule must be an object").arg(source, where), {{where, QCoreApplication::translate("RoutingRules", "not an object")}});
        const QJsonObject o = array.at(i).toObject();
        const auto text = [&](const char *key, bool required, const QString &fallback) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined() && !required)
                return fallback;
            if (!v.isString() || v.toString().trimmed().isEmpty()) {
                const QString field = QStringLiteral("%1.%2").arg(where, QLatin1String(key));
                throw Error(QCoreApplication::translate("RoutingRules", "%1: %2: expected a non-empty text").arg(source, field), {{field, QCoreApplication::translate("RoutingRules", "required")}});
            }
            return v.toString().trimmed();
        };
        Rule r;
        r.serviceCode = text("service_code", false, QStringLiteral("*"));
        r.district = text("district", false, QStringLiteral("*"));
        r.agency = text("agency", true, {});
        r.queue = o.contains(QStringLiteral("queue")) ? text("queue", true, {}) : QString();
        const QString key = r.serviceCode + u'\x1f' + r.district;
        if (keys.contains(key))
            throw Error(QCoreApplication::translate("RoutingRules", "%1: %2: a second rule for service %3 in district %4").arg(source, where, r.serviceCode, r.district),
                        {{where, QCoreApplication::translate("RoutingRules", "duplicate rule")}});
        keys.insert(key);
        rules.push_back(r);
    }
    return rules;
}

int RoutingRules::load(const QByteArray &json, const QString &source) const
{
    const std::vector<Rule> rules = parse(json, source);
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    SqlQuery::execute(db, QStringLiteral("DELETE FROM routing_rules"));
    SqlQuery insert(db, QStringLiteral("INSERT INTO routing_rules (service_code, district, agency, queue) VALUES (?, ?, ?, ?)"));
    for (const Rule &r : rules)
        insert.bind(0, r.serviceCode).bind(1, r.district).bind(2, r.agency).bind(3, r.queue).exec();
    tx.commit();
    return static_cast<int>(rules.size());
}

std::vector<RoutingRules::Rule> RoutingRules::rules() const
{
    std::vector<Rule> result;
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT service_code, district, agency, queue FROM routing_rules "
                                                 "ORDER BY service_code, district"));
    q.exec();
    while (q.next())
        result.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

std::optional<RoutingRules::Rule> RoutingRules::route(const QString &serviceCode, const QString &district) const
{
    // Specificity: 2 for a matching service, 1 for a matching district; "*" scores nothing.
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT service_code, district, agency, queue FROM routing_rules "
                              "WHERE (service_code = ? OR service_code = '*') AND (district = ? OR district = '*') "
                              "ORDER BY (service_code <> '*') * 2 + (district <> '*') DESC LIMIT 1"));
    q.bind(0, serviceCode).bind(1, district).exec();
    if (!q.next())
        return std::nullopt;
    return Rule{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

std::optional<RoutingRules::Rule> RoutingRules::applyTo(Ticket &ticket, const DistrictIndex &districts) const
{
    ticket.district.clear();
    if (ticket.latitude && ticket.longitude)
        ticket.district = districts.labelAt(GeoPoint{*ticket.longitude, *ticket.latitude});
    auto rule = route(ticket.serviceCode, ticket.district);
    if (rule)
        ticket.agencyResponsible = rule->agency;
    return rule;
}

} // namespace civicdesk::core
