#pragma once

#include "core/csvimport/csvdateparser.h"
#include "core/csvimport/csvprofile.h"
#include "core/domain/ticket.h"

#include <QHash>
#include <QStringList>

namespace civicdesk::core {

// Turns one CSV record into a ticket under a profile. Built once per file from the header,
// so each row is only index lookups. map() throws Error naming the field for a row that
// cannot be a ticket (the importer records it as a skip with its line).
class CsvRowMapper
{
public:
    // One profile column and the header column that matched it.
    struct Match
    {
        QString field;  // "service_request_id"
        QString column; // the profile's name for it: "Unique Key"
        QString header; // the file's: "unique_key"
    };

    // Throws Error when a column the profile needs is not in the header, or when two header
    // columns match one profile column (naming both).
    CsvRowMapper(CsvProfile profile, const QStringList &header, const QString &sourceName);

    Ticket map(const QStringList &fields) const;
    // The group (category) column's value, for services the import adds to the catalogue.
    QString group(const QStringList &fields) const { return value(fields, m_group); }
    const CsvProfile &profile() const { return m_profile; }

    // A code for a service known only by name: "Abandoned Vehicle - Car4door" ->
    // "ABANDONED_VEHICLE_CAR4DOOR".
    static QString codeFromName(const QString &name);
    // Parses a date in one of the profile's formats, in its time zone; invalid when none fits.
    QDateTime parseDateTime(const QString &text) const { return m_dates.parse(text); }
    const QList<Match> &matches() const { return m_matches; }

    // Dates read so far, and the first that fitted no format ("Opened: \"yesterday\" ..."):
    // a file none of whose dates can be read is refused whole rather than skipped row by row.
    qint64 datesRead() const { return m_datesRead; }
    const QString &firstBadDate() const { return m_firstBadDate; }

private:
    QString value(const QStringList &fields, int index) const
    {
        return index >= 0 && index < fields.size() ? fields.at(index).trimmed() : QString();
    }
    int index(const char *field) const { return m_index.value(QLatin1String(field), -1); }
    // The file's name for a field's column, for messages: "unique_key", not "Unique Key".
    QString headerName(const char *field) const
    {
        return m_header.value(index(field), m_profile.column(field));
    }
    QDateTime date(const QStringList &fields, const char *field) const;

    CsvProfile m_profile;
    CsvDateParser m_dates;
    QList<Match> m_matches;
    QStringList m_header;
    // profile field -> column index; keyed by the field names' literals, so a lookup per field
    // and row allocates nothing
    QHash<QLatin1String, int> m_index;
    QList<int> m_description;
    int m_group = -1;
    qsizetype m_columnCount = 0;
    mutable qint64 m_datesRead = 0;
    mutable QString m_firstBadDate;
};

} // namespace civicdesk::core
