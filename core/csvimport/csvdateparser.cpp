#include "core/csvimport/csvdateparser.h"

#include <cmath>

namespace civicdesk::core {

namespace {

int digits(QStringView text, qsizetype &pos, int minimum, int maximum)
{
    int value = 0;
    int n = 0;
    while (pos < text.size() && n < maximum && text.at(pos).isDigit()) {
        value = value * 10 + text.at(pos).digitValue();
        ++pos;
        ++n;
    }
    return n >= minimum ? value : -1;
}

QDateTime parseUnix(QStringView text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || text.isEmpty() || !(text.at(0).isDigit() || text.at(0) == u'-'))
        return {};
    const qsizetype integerDigits = text.indexOf(u'.') < 0 ? text.size() : text.indexOf(u'.');
    const double ms = integerDigits >= 13 ? value : value * 1000.0;
    // Years 1 to 9999 only: beyond them QDateTime has nothing sensible to hold.
    if (std::abs(ms) > 2.5e14)
        return {};
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(ms)), QTimeZone::utc());
}

} // namespace

const QStringList &CsvDateParser::extraFormats()
{
    static const QStringList formats = {QStringLiteral("iso"),
                                        QStringLiteral("M/d/yyyy h:mm:ss AP"),
                                        QStringLiteral("M/d/yyyy h:mm AP"),
                                        QStringLiteral("M/d/yy H:mm"),
                                        QStringLiteral("M/d/yyyy H:mm"),
                                        QStringLiteral("M/d/yyyy H:mm:ss")};
    return formats;
}

CsvDateParser::CsvDateParser(const QStringList &formats, QTimeZone zone, QDate today)
    : m_formats(formats), m_zone(std::move(zone)), m_windowEnd(today.year() + 20)
{
    for (const QString &extra : extraFormats()) {
        if (!m_formats.contains(extra))
            m_formats.append(extra);
    }
    m_compiled.reserve(m_formats.size());
    for (const QString &f : std::as_const(m_formats))
        m_compiled.append(compile(f));
}

CsvDateParser::Format CsvDateParser::compile(const QString &format)
{
    Format f;
    if (format == QLatin1String("iso")) {
        f.kind = Format::Iso;
        return f;
    }
    if (format == QLatin1String("unix")) {
        f.kind = Format::Unix;
        return f;
    }
    const QStringView pattern(format);
    for (qsizetype p = 0; p < pattern.size();) {
        const QStringView rest = pattern.mid(p);
        const auto take = [&](Part::Kind kind, qsizetype length) {
            f.parts.append(Part{kind});
            p += length;
        };
        if (rest.startsWith(u"yyyy"))
            take(Part::Year4, 4);
        else if (rest.startsWith(u"yy"))
            take(Part::Year2, 2);
        else if (rest.startsWith(u"mm"))
            take(Part::Minute, 2);
        else if (rest.startsWith(u"ss"))
            take(Part::Second, 2);
        else if (rest.startsWith(u"zzz"))
            take(Part::Millis, 3);
        else if (rest.startsWith(u"AP"))
            take(Part::AmPm, 2);
        else if (const QChar c = rest.at(0); c == u'M' || c == u'd' || c == u'H' || c == u'h')
            // One letter or two read the same: one or two digits.
            take(c == u'M'   ? Part::Month
                 : c == u'd' ? Part::Day
                             : Part::Hour,
                 rest.size() > 1 && rest.at(1) == c ? 2 : 1);
        else {
            f.parts.append(Part{Part::Literal, c.unicode()});
            ++p;
        }
    }
    return f;
}

// A small strict parser for the patterns cities use, much faster than QDateTime::fromString,
// which matters at millions of rows.
bool CsvDateParser::parsePattern(QStringView text, const QList<Part> &parts, QDate &date, QTime &time) const
{
    int y = -1, mo = -1, d = -1, h = 0, mi = 0, s = 0, ms = 0;
    int pm = -1;
    qsizetype t = 0;
    for (const Part &part : parts) {
        switch (part.kind) {
        case Part::Year4:
            y = digits(text, t, 4, 4);
            break;
        case Part::Year2: {
            const int yy = digits(text, t, 2, 2);
            y = yy < 0 ? -1 : (m_windowEnd / 100) * 100 + yy;
            if (y > m_windowEnd)
                y -= 100;
            break;
        }
        case Part::Month:
            mo = digits(text, t, 1, 2);
            break;
        case Part::Day:
            d = digits(text, t, 1, 2);
            break;
        case Part::Hour:
            h = digits(text, t, 1, 2);
            break;
        case Part::Minute:
            mi = digits(text, t, 2, 2);
            break;
        case Part::Second:
            s = digits(text, t, 2, 2);
            break;
        case Part::Millis:
            ms = digits(text, t, 1, 3);
            break;
        case Part::AmPm: {
            const QStringView ap = text.mid(t, 2);
            if (ap.compare(u"AM", Qt::CaseInsensitive) == 0)
                pm = 0;
            else if (ap.compare(u"PM", Qt::CaseInsensitive) == 0)
                pm = 1;
            else
                return false;
            t += 2;
            break;
        }
        case Part::Literal:
            if (t >= text.size() || text.at(t).unicode() != part.literal)
                return false;
            ++t;
            break;
        }
    }
    if (t != text.size() || y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0 || ms < 0)
        return false;
    if (pm >= 0) {
        if (h < 1 || h > 12)
            return false;
        h = h % 12 + (pm ? 12 : 0);
    }
    date = QDate(y, mo, d);
    time = QTime(h, mi, s, ms);
    return date.isValid() && time.isValid();
}

QDateTime CsvDateParser::parseWith(qsizetype format, QStringView text) const
{
    const Format &f = m_compiled.at(format);
    if (f.kind == Format::Iso) {
        QDateTime dt = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
        if (!dt.isValid())
            return {};
        if (dt.timeSpec() == Qt::LocalTime) // no zone written: the source's own zone
            dt = QDateTime(dt.date(), dt.time(), m_zone);
        return dt.toUTC();
    }
    if (f.kind == Format::Unix)
        return parseUnix(text);
    QDate date;
    QTime time;
    if (parsePattern(text, f.parts, date, time))
        return QDateTime(date, time, m_zone).toUTC();
    return {};
}

QDateTime CsvDateParser::parse(QStringView text) const
{
    const qsizetype last = m_last;
    if (QDateTime dt = parseWith(last, text); dt.isValid())
        return dt;
    for (qsizetype i = 0; i < m_formats.size(); ++i) {
        if (i == last)
            continue;
        if (QDateTime dt = parseWith(i, text); dt.isValid()) {
            m_last = i;
            return dt;
        }
    }
    return {};
}

QString CsvDateParser::formatOf(QStringView text) const
{
    for (qsizetype i = 0; i < m_formats.size(); ++i) {
        if (parseWith(i, text).isValid())
            return m_formats.at(i);
    }
    return {};
}

} // namespace civicdesk::core
