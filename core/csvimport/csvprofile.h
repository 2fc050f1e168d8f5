#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace civicdesk::core {

// How the columns of one city's 311 CSV export map onto a ticket: which column holds what,
// the date format and time zone the city writes, and how its statuses and channels read.
// Built-in profiles (nyc, sf, boston, la, civicdesk) are written in the same mapping-file
// JSON a user can write for any other source (docs/open311.md, "CSV mapping files").
struct CsvProfile
{
    QString name;
    QString key; // the built-in profile's name ("nyc"); empty for a mapping file
    // Ticket field (Open311 name: service_request_id, requested_datetime, ...) -> column.
    QHash<QString, QString> columns;
    QStringList descriptionColumns; // joined with " - " when several are filled
    // Column -> the other names the same column is published under, where they differ by more
    // than spelling (DataSF's API calls "CaseID" "service_request_id").
    QHash<QString, QStringList> otherNames;
    QStringList dateFormats; // tried in order, then CsvDateParser::extraFormats()
    QTimeZone timeZone = QTimeZone::utc();
    QHash<QString, QString> statuses; // lower-case source value -> CivicDesk status key
    QHash<QString, QString> channels; // lower-case source value -> CivicDesk channel key
    QString defaultChannel = QStringLiteral("phone");
    QList<QPair<double, double>> noLocation; // placeholder points that mean "no location"

    QString column(const char *field) const { return columns.value(QLatin1String(field)); }

    static QStringList builtInNames();
    // A built-in name or the path of a mapping file; throws Error naming what is wrong.
    static CsvProfile load(const QString &nameOrFile);
    static CsvProfile fromJson(const QByteArray &json, const QString &sourceName);
};

} // namespace civicdesk::core
