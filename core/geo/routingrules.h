#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace civicdesk::core {

class Database;
class DistrictIndex;
struct Ticket;

// Service code x district -> agency and queue. Rules live in the store (table routing_rules),
// loaded from a JSON file (format in docs/geo.md). "*" matches anything; the most specific
// rule wins: exact service and district, then service in any district, then any service in
// the district, then the catch-all.
class RoutingRules
{
public:
    struct Rule
    {
        QString serviceCode; // or "*"
        QString district;    // or "*"
        QString agency;
        QString queue;
        bool operator==(const Rule &) const = default;
    };

    explicit RoutingRules(const Database &db);

    // Checks the document; throws Error naming the source and the rule ("rules[3].agency").
    static std::vector<Rule> parse(const QByteArray &json, const QString &source);
    // Replaces every rule in one transaction; returns how many were loaded.
    int load(const QByteArray &json, const QString &source) const;
    std::vector<Rule> rules() const;

    std::optional<Rule> route(const QString &serviceCode, const QString &district) const;
    // What the intake calls at save: the district from the ticket's position (cleared when the
    // ticket has none or lies outside every district) and the agency from the rules. Returns
    // the rule that applied, for the queue.
    std::optional<Rule> applyTo(Ticket &ticket, const DistrictIndex &districts) const;

private:
    const Database &m_db;
};

} // namespace civicdesk::core
