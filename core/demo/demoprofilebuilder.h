#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace civicdesk::core {

class Database;

// Writes a complete demo profile folder: the generated city's layers, routing rules, the
// catalogue named after the city, the knowledge base (built-in articles plus the city's own),
// a year of tickets, the demo's logins, the sandbox marker (demo.json) and a snapshot of the
// initial store that "Reset demo" restores. Everything goes through the core repositories, so
// the folder opens like any other profile.
class DemoProfileBuilder
{
public:
    struct Options
    {
        quint64 seed = 1;
        int tickets = 50000;
        QString cityName; // "Port Ellis" when empty
        QDate lastDay;    // the ticket history ends here; yesterday (UTC) when invalid
        // Reading everything back for the hash costs about as much as writing the tickets, so
        // it is done on request (tests, `demo generate --hash`, `demo hash`).
        bool computeHash = false;
    };
    struct Report
    {
        QString directory;
        QString cityName;
        quint64 seed = 0;
        QDate lastDay;
        int tickets = 0;
        int streets = 0;
        int addresses = 0;
        int districts = 0;
        int areas = 0;
        int landmarks = 0;
        int routingRules = 0;
        int articles = 0;
        QString contentHash;
        qint64 milliseconds = 0;
    };

    static constexpr const char *kWorkstationCode = "TRN";

    // Refuses a folder that already holds a store. Throws Error naming the folder.
    static Report build(const QString &directory, const Options &options);

    // SHA-256 over the generated content (city layers, routing rules, tickets, notes, logins),
    // read back from the store in a fixed order: equal for equal seeds, whatever the machine.
    static QString contentHash(const Database &db);
};

} // namespace civicdesk::core
