#pragma once

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
    // Throws Error when a column the profile needs is not in the header.
    CsvRowMapper(CsvProfile profile, const QStringList &header, const QString &sourceName);

    Ticket map(const QStringList &fields) const;
    // The group (category) column's value, for services the import adds to the catalogue.
    QString group(const QStringList &fields) const { return value(fields, m_group); }
    const CsvProfile &profile() const { return m_profile; }

    // A code for a service known only by name: "Abandoned Vehicle - Car4door" ->
    // "ABANDONED_VEHICLE_CAR4DOOR".
    static QString codeFromName(const QString &name);
    // Parses a date in one of the profile's formats, in its time zone; invalid when none fits.
    QDateTime parseDateTime(const QString &text) const;

private:
    QString value(const QStringList &fields, int index) const
    {
        return index >= 0 && index < fields.size() ? fields.at(index).trimmed() : QString();
    }
    int index(const char *field) const { return m_index.value(QLatin1String(field), -1); }
    QDateTime date(const QStringList &fields, const char *field) const;

    CsvProfile m_profile;
    QHash<QString, int> m_index; // profile field -> column index
    QList<int> m_description;
    int m_group = -1;
    qsizetype m_columnCount = 0;
};

} // namespace civicdesk::core
