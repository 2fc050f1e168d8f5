#include "core/open311/open311writer.h"

#include "core/domain/error.h"
#include "core/interop/csvwriter.h"
#include "core/open311/open311status.h"

#include <QCoreApplication>
#include <QLocale>

namespace civicdesk::core {

namespace {

constexpr qsizetype kFlushAt = 256 * 1024;

// Escapes and encodes straight from UTF-16 into the buffer: no UTF-8 copy of the text and no
// per-character append, which made strings the largest part of a million-ticket export.
void appendJsonString(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    const qsizetype n = text.size();
    out.resize(start + 2 + 6 * n); // no UTF-16 unit takes more than 6 bytes ("\u001f")
    char *w = out.data() + start;
    *w++ = '"';
    const QChar *p = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c >= 0x80) {
            char32_t cp = c;
            if (QChar::isHighSurrogate(c) && i + 1 < n && p[i + 1].isLowSurrogate())
                cp = QChar::surrogateToUcs4(c, p[++i].unicode());
            else if (QChar::isSurrogate(c))
                cp = QChar::ReplacementCharacter; // a lone half of a pair is not text
            if (cp < 0x800) {
                *w++ = static_cast<char>(0xc0 | (cp >> 6));
            } else if (cp < 0x10000) {
                *w++ = static_cast<char>(0xe0 | (cp >> 12));
                *w++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            } else {
                *w++ = static_cast<char>(0xf0 | (cp >> 18));
                *w++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
                *w++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            }
            *w++ = static_cast<char>(0x80 | (cp & 0x3f));
            continue;
        }
        switch (c) {
        case u'"':
            *w++ = '\\';
            *w++ = '"';
            break;
        case u'\\':
            *w++ = '\\';
            *w++ = '\\';
            break;
        case u'\n':
            *w++ = '\\';
            *w++ = 'n';
            break;
        case u'\r':
            *w++ = '\\';
            *w++ = 'r';
            break;
        case u'\t':
            *w++ = '\\';
            *w++ = 't';
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                for (const char e : {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf]})
                    *w++ = e;
            } else {
                *w++ = static_cast<char>(c);
            }
        }
    }
    *w++ = '"';
    out.resize(w - out.constData());
}

// An optional text: null when empty, as the schemas allow.
void appendJsonText(QByteArray &out, const QString &text)
{
    if (text.isEmpty())
        out.append("null");
    else
        appendJsonString(out, text);
}

void appendXmlText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '&':
            out.append("&amp;");
            break;
        case '<':
            out.append("&lt;");
            break;
        case '>':
            out.append("&gt;");
            break;
        case '"':
            out.append("&quot;");
            break;
        default:
            // XML 1.0 cannot carry control characters other than tab, LF and CR at all.
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                out.append(c);
        }
    }
}

void appendXmlElement(QByteArray &out, const char *name, const QString &text, const char *indent = "    ")
{
    out.append(indent).append('<').append(name);
    if (text.isEmpty()) {
        out.append("/>\n");
        return;
    }
    out.append('>');
    appendXmlText(out, text);
    out.append("</").append(name).append(">\n");
}

QString coordinate(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
}

QByteArray coordinateBytes(const std::optional<double> &v)
{
    return v ? QByteArray::number(*v, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
}

// ISO 8601 in UTC, written straight into the buffer: QDateTime::toString() was the slowest
// part of a million-ticket export. Milliseconds only when there are some.
void appendDateTime(QByteArray &out, const QDateTime &dt)
{
    if (!dt.isValid())
        return;
    const qint64 ms = dt.toMSecsSinceEpoch();
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    QDate(1970, 1, 1).addDays(days).getDate(&y, &m, &d);
    const int secs = static_cast<int>(rest / 1000);
    const int millis = static_cast<int>(rest % 1000);
    // Digits by hand: snprintf was a tenth of a million-ticket export.
    char buf[32];
    char *w = buf;
    const auto digits = [&w](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            w[i] = static_cast<char>('0' + value % 10);
        w += width;
    };
    digits(y, 4);
    *w++ = '-';
    digits(m, 2);
    *w++ = '-';
    digits(d, 2);
    *w++ = 'T';
    digits(secs / 3600, 2);
    *w++ = ':';
    digits(secs / 60 % 60, 2);
    *w++ = ':';
    digits(secs % 60, 2);
    if (millis) {
        *w++ = '.';
        digits(millis, 3);
    }
    *w++ = 'Z';
    out.append(buf, w - buf);
}

void appendJsonDateTime(QByteArray &out, const QDateTime &dt)
{
    if (!dt.isValid()) {
        out.append("null");
        return;
    }
    out.append('"');
    appendDateTime(out, dt);
    out.append('"');
}

// media_url must be a URI; free text that is not one is left out rather than made invalid.
QString mediaUrl(const QString &url)
{
    const qsizetype colon = url.indexOf(u':');
    return colon > 0 && url.at(0).isLetter() ? url : QString();
}

QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

const char *const kCsvHeader =
    "service_request_id,status,status_notes,service_code,service_name,description,agency_responsible,"
    "service_notice,requested_datetime,updated_datetime,expected_datetime,address,address_id,zipcode,lat,"
    "long,"
    "media_url,channel,district\r\n";

} // namespace

Open311Writer::Open311Writer(QIODevice &device, Format format, bool extensions)
    : m_device(device), m_format(format), m_extensions(extensions)
{
    m_buffer.reserve(kFlushAt + 64 * 1024);
}

Open311Writer::~Open311Writer() = default;

QString Open311Writer::formatDateTime(const QDateTime &dt)
{
    QByteArray out;
    appendDateTime(out, dt);
    return QString::fromLatin1(out);
}

QString Open311Writer::clipDescription(const QString &text)
{
    if (text.size() <= 4000)
        return text;
    qsizetype n = 4000;
    if (text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n);
}

void Open311Writer::begin()
{
    switch (m_format) {
    case Format::Json:
        m_buffer.append('[');
        break;
    case Format::Xml:
        m_buffer.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<service_requests>\n");
        break;
    case Format::Csv:
        m_buffer.append(kCsvHeader);
        break;
    }
}

void Open311Writer::write(const Ticket &t)
{
    switch (m_format) {
    case Format::Json:
        writeJson(t);
        break;
    case Format::Xml:
        writeXml(t);
        break;
    case Format::Csv:
        writeCsv(t);
        break;
    }
    ++m_count;
    flushIfFull();
}

void Open311Writer::writeJson(const Ticket &t)
{
    QByteArray &o = m_buffer;
    o.append(m_count ? ",\n{" : "\n{");
    o.append("\"service_request_id\":");
    appendJsonString(o, t.referenceNumber);
    o.append(",\"status\":");
    appendJsonString(o, ticketstatus::open311Status(t.status));
    o.append(",\"status_notes\":");
    appendJsonText(o, open311status::notesFor(t));
    o.append(",\"service_name\":");
    appendJsonText(o, t.serviceName);
    o.append(",\"service_code\":");
    appendJsonString(o, t.serviceCode);
    o.append(",\"description\":");
    appendJsonText(o, clipDescription(t.description));
    o.append(",\"agency_responsible\":");
    appendJsonText(o, t.agencyResponsible);
    o.append(",\"service_notice\":");
    appendJsonText(o, t.serviceNotice);
    o.append(",\"requested_datetime\":");
    appendJsonDateTime(o, t.requestedAt);
    o.append(",\"updated_datetime\":");
    appendJsonDateTime(o, t.updatedAt);
    o.append(",\"expected_datetime\":");
    appendJsonDateTime(o, t.expectedAt);
    o.append(",\"address\":");
    appendJsonText(o, t.address);
    o.append(",\"address_id\":");
    appendJsonText(o, t.addressId);
    o.append(",\"zipcode\":");
    appendJsonText(o, t.zipcode);
    const bool located = t.latitude && t.longitude;
    o.append(",\"lat\":").append(coordinateBytes(located ? t.latitude : std::nullopt));
    o.append(",\"long\":").append(coordinateBytes(located ? t.longitude : std::nullopt));
    o.append(",\"media_url\":");
    appendJsonText(o, mediaUrl(t.mediaUrl));
    if (m_extensions) {
        o.append(",\"extended_attributes\":{\"id\":");
        appendJsonString(o, uuidText(t.id));
        o.append(",\"status\":");
        appendJsonString(o, ticketstatus::toKey(t.status));
        o.append(",\"channel\":");
        appendJsonString(o, channel::toKey(t.channel));
        o.append(",\"district\":");
        appendJsonText(o, t.district);
        o.append(",\"duplicate_of\":");
        appendJsonText(o, uuidText(t.duplicateOf));
        o.append(",\"priority\":");
        appendJsonString(o, priority::toKey(t.priority));
        o.append(",\"attributes\":{");
        for (auto it = t.attributes.cbegin(); it != t.attributes.cend(); ++it) {
            if (it != t.attributes.cbegin())
                o.append(',');
            appendJsonString(o, it.key());
            o.append(":[");
            for (qsizetype i = 0; i < it.value().size(); ++i) {
                if (i)
                    o.append(',');
                appendJsonString(o, it.value().at(i));
            }
            o.append(']');
        }
        o.append("}},\"notes\":[");
        bool first = true;
        for (const Note &n : t.notes) {
            if (n.internal) // internal notes never leave CivicDesk
                continue;
            o.append(first ? "{\"id\":" : ",{\"id\":");
            first = false;
            appendJsonString(o, uuidText(n.id));
            o.append(",\"datetime\":");
            appendJsonDateTime(o, n.createdAt);
            o.append(",\"author\":");
            appendJsonString(o, n.author);
            o.append(",\"text\":");
            appendJsonString(o, n.text);
            o.append('}');
        }
        o.append(']');
    }
    o.append('}');
}

void Open311Writer::writeXml(const Ticket &t)
{
    QByteArray &o = m_buffer;
    o.append("  <request>\n");
    appendXmlElement(o, "service_request_id", t.referenceNumber);
    appendXmlElement(o, "status", ticketstatus::open311Status(t.status));
    appendXmlElement(o, "status_notes", open311status::notesFor(t));
    appendXmlElement(o, "service_name", t.serviceName);
    appendXmlElement(o, "service_code", t.serviceCode);
    appendXmlElement(o, "description", clipDescription(t.description));
    appendXmlElement(o, "agency_responsible", t.agencyResponsible);
    appendXmlElement(o, "service_notice", t.serviceNotice);
    appendXmlElement(o, "requested_datetime", formatDateTime(t.requestedAt));
    appendXmlElement(o, "updated_datetime", formatDateTime(t.updatedAt));
    appendXmlElement(o, "expected_datetime", formatDateTime(t.expectedAt));
    appendXmlElement(o, "address", t.address);
    appendXmlElement(o, "address_id", t.addressId);
    appendXmlElement(o, "zipcode", t.zipcode);
    const bool located = t.latitude && t.longitude;
    appendXmlElement(o, "lat", located ? coordinate(t.latitude) : QString());
    appendXmlElement(o, "long", located ? coordinate(t.longitude) : QString());
    appendXmlElement(o, "media_url", mediaUrl(t.mediaUrl));
    if (m_extensions) {
        o.append("    <extended_attributes>\n");
        appendXmlElement(o, "id", uuidText(t.id), "      ");
        appendXmlElement(o, "status", ticketstatus::toKey(t.status), "      ");
        appendXmlElement(o, "channel", channel::toKey(t.channel), "      ");
        appendXmlElement(o, "district", t.district, "      ");
        appendXmlElement(o, "duplicate_of", uuidText(t.duplicateOf), "      ");
        appendXmlElement(o, "priority", priority::toKey(t.priority), "      ");
        o.append("      <attributes>\n");
        for (auto it = t.attributes.cbegin(); it != t.attributes.cend(); ++it) {
            o.append("        <attribute>\n");
            appendXmlElement(o, "code", it.key(), "          ");
            for (const QString &v : it.value())
                appendXmlElement(o, "value", v, "          ");
            o.append("        </attribute>\n");
        }
        o.append("      </attributes>\n    </extended_attributes>\n    <notes>\n");
        for (const Note &n : t.notes) {
            if (n.internal)
                continue;
            o.append("      <note>\n");
            appendXmlElement(o, "id", uuidText(n.id), "        ");
            appendXmlElement(o, "datetime", formatDateTime(n.createdAt), "        ");
            appendXmlElement(o, "author", n.author, "        ");
            appendXmlElement(o, "text", n.text, "        ");
            o.append("      </note>\n");
        }
        o.append("    </notes>\n");
    }
    o.append("  </request>\n");
}

void Open311Writer::writeCsv(const Ticket &t)
{
    const bool located = t.latitude && t.longitude;
    const QString fields[] = {t.referenceNumber,
                              ticketstatus::open311Status(t.status),
                              open311status::notesFor(t),
                              t.serviceCode,
                              t.serviceName,
                              clipDescription(t.description),
                              t.agencyResponsible,
                              t.serviceNotice,
                              formatDateTime(t.requestedAt),
                              formatDateTime(t.updatedAt),
                              formatDateTime(t.expectedAt),
                              t.address,
                              t.addressId,
                              t.zipcode,
                              located ? coordinate(t.latitude) : QString(),
                              located ? coordinate(t.longitude) : QString(),
                              t.mediaUrl,
                              channel::toKey(t.channel),
                              t.district};
    CsvWriter(m_buffer).writeRow(QStringList(std::begin(fields), std::end(fields)));
}

void Open311Writer::flushIfFull()
{
    if (m_buffer.size() < kFlushAt)
        return;
    m_bytes += m_buffer.size();
    if (m_device.write(m_buffer) != m_buffer.size())
        throw Error(QCoreApplication::translate("Open311Writer", "export: cannot write: %1")
                        .arg(m_device.errorString()));
    m_buffer.clear();
}

void Open311Writer::finish()
{
    switch (m_format) {
    case Format::Json:
        m_buffer.append(m_count ? "\n]\n" : "]\n");
        break;
    case Format::Xml:
        m_buffer.append("</service_requests>\n");
        break;
    case Format::Csv:
        break;
    }
    m_bytes += m_buffer.size();
    if (m_device.write(m_buffer) != m_buffer.size())
        throw Error(QCoreApplication::translate("Open311Writer", "export: cannot write: %1")
                        .arg(m_device.errorString()));
    m_buffer.clear();
}

QByteArray Open311Writer::services(const QList<Service> &services, Format format)
{
    QByteArray o;
    if (format == Format::Json) {
        o.append('[');
        bool first = true;
        for (const Service &s : services) {
            o.append(first ? "\n{\"service_code\":" : ",\n{\"service_code\":");
            first = false;
            appendJsonString(o, s.code);
            o.append(",\"service_name\":");
            appendJsonString(o, s.name);
            o.append(",\"description\":");
            appendJsonText(o, s.description);
            o.append(",\"metadata\":").append(s.metadata() ? "true" : "false");
            o.append(",\"type\":");
            appendJsonString(o, s.type);
            o.append(",\"keywords\":");
            appendJsonText(o, s.keywords.join(QStringLiteral(", ")));
            o.append(",\"group\":");
            appendJsonText(o, s.group);
            o.append('}');
        }
        o.append(first ? "]\n" : "\n]\n");
        return o;
    }
    o.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<services>\n");
    for (const Service &s : services) {
        o.append("  <service>\n");
        appendXmlElement(o, "service_code", s.code);
        appendXmlElement(o, "service_name", s.name);
        appendXmlElement(o, "description", s.description);
        appendXmlElement(o, "metadata", s.metadata() ? QStringLiteral("true") : QStringLiteral("false"));
        appendXmlElement(o, "type", s.type);
        appendXmlElement(o, "keywords", s.keywords.join(QStringLiteral(", ")));
        appendXmlElement(o, "group", s.group);
        o.append("  </service>\n");
    }
    o.append("</services>\n");
    return o;
}

QByteArray Open311Writer::serviceDefinition(const Service &s, Format format)
{
    QByteArray o;
    const auto boolText = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    if (format == Format::Json) {
        o.append("{\"service_code\":");
        appendJsonString(o, s.code);
        o.append(",\"attributes\":[");
        bool first = true;
        for (const ServiceAttribute &a : s.attributes) {
            o.append(first ? "\n{" : ",\n{");
            first = false;
            o.append("\"variable\":").append(a.variable ? "true" : "false");
            o.append(",\"code\":");
            appendJsonString(o, a.code);
            o.append(",\"datatype\":");
            appendJsonString(o, attributedatatype::toKey(a.datatype));
            o.append(",\"required\":").append(a.required ? "true" : "false");
            o.append(",\"datatype_description\":");
            appendJsonText(o, a.datatypeDescription);
            o.append(",\"order\":").append(QByteArray::number(a.order));
            o.append(",\"description\":");
            appendJsonText(o, a.description);
            o.append(",\"values\":[");
            for (qsizetype i = 0; i < a.values.size(); ++i) {
                o.append(i ? ",{\"key\":" : "{\"key\":");
                appendJsonString(o, a.values.at(i).key);
                o.append(",\"name\":");
                appendJsonString(o, a.values.at(i).name);
                o.append('}');
            }
            o.append("]}");
        }
        o.append("]}\n");
        return o;
    }
    o.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<service_definition>\n");
    appendXmlElement(o, "service_code", s.code, "  ");
    o.append("  <attributes>\n");
    for (const ServiceAttribute &a : s.attributes) {
        o.append("    <attribute>\n");
        appendXmlElement(o, "variable", boolText(a.variable), "      ");
        appendXmlElement(o, "code", a.code, "      ");
        appendXmlElement(o, "datatype", attributedatatype::toKey(a.datatype), "      ");
        appendXmlElement(o, "required", boolText(a.required), "      ");
        appendXmlElement(o, "datatype_description", a.datatypeDescription, "      ");
        appendXmlElement(o, "order", QString::number(a.order), "      ");
        appendXmlElement(o, "description", a.description, "      ");
        o.append("      <values>\n");
        for (const AttributeValue &v : a.values) {
            o.append("        <value>\n");
            appendXmlElement(o, "key", v.key, "          ");
            appendXmlElement(o, "name", v.name, "          ");
            o.append("        </value>\n");
        }
        o.append("      </values>\n    </attribute>\n");
    }
    o.append("  </attributes>\n</service_definition>\n");
    return o;
}

} // namespace civicdesk::core
