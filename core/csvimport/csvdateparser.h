#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace civicdesk::core {

// Reads the dates of a CSV export: the profile's own formats first, then the forms the same
// data takes elsewhere (ISO 8601 from APIs, "1/1/20 0:05" from spreadsheets). A time without a
// zone is in the profile's time zone. A two-digit year falls in the 100 years ending 20 years
// after today, so "49" is 1949 and "46" is 2046 in 2026.
class CsvDateParser
{
public:
    // Patterns use yyyy yy M(M) d(d) H(H) h(h) mm ss zzz AP; "iso" is ISO 8601 and "unix" is
    // seconds since 1970 (milliseconds when the number has 13 or more digits).
    static const QStringList &extraFormats();

    explicit CsvDateParser(const QStringList &formats, QTimeZone zone = QTimeZone::utc(),
                           QDate today = QDate::currentDate());

    // Invalid when the text fits none of the formats.
    QDateTime parse(QStringView text) const;
    // The formats tried, in order, for messages.
    QStringList formats() const { return m_formats; }
    // The first format that reads text (a name from formats()), or empty.
    QString formatOf(QStringView text) const;

private:
    // A format read once into its parts, so that a million dates do not read the pattern again.
    struct Part
    {
        enum Kind : quint8 { Year4, Year2, Month, Day, Hour, Minute, Second, Millis, AmPm, Literal };
        Kind kind;
        char16_t literal = 0;
    };
    struct Format
    {
        enum Kind : quint8 { Iso, Unix, Pattern };
        Kind kind = Pattern;
        QList<Part> parts;
    };
    static Format compile(const QString &format);
    QDateTime parseWith(qsizetype format, QStringView text) const;
    bool parsePattern(QStringView text, const QList<Part> &parts, QDate &date, QTime &time) const;

    QStringList m_formats;
    QList<Format> m_compiled; // m_formats, read
    QTimeZone m_zone;
    int m_windowEnd;              // the last year a two-digit year can mean
    mutable qsizetype m_last = 0; // the format that read the last date: files keep one format
};

} // namespace civicdesk::core
