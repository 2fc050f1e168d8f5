#include "core/csvimport/csvreader.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <cstring>

namespace civicdesk::core {

namespace {
constexpr qint64 kChunk = 256 * 1024;

// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool isUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        static const unsigned int minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}
} // namespace

CsvReader::CsvReader(QIODevice &device, QString sourceName, qsizetype maxRecordBytes)
    : m_device(device), m_source(std::move(sourceName)), m_maxRecordBytes(maxRecordBytes)
{
}

void CsvReader::fail(qint64 line, const QString &message) const
{
    throw Error(QStringLiteral("%1:%2: %3").arg(m_source).arg(line).arg(message),
                {{QStringLiteral("line"), message}});
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device.read(kChunk);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer.append(chunk);
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_buffer.remove(0, 3);
            m_consumed += 3;
        } else if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
            fail(1, QCoreApplication::translate("CsvReader",
                                                "the file is UTF-16; save it as UTF-8 and import again"));
        }
    }
    return true;
}

QString CsvReader::decode(const QByteArray &bytes, qsizetype fieldIndex) const
{
    if (isUtf8(bytes))
        return QString::fromUtf8(bytes);
    qsizetype bad = 0;
    while (bad < bytes.size() && static_cast<unsigned char>(bytes.at(bad)) < 0x80)
        ++bad;
    const unsigned char byte = bad < bytes.size() ? static_cast<unsigned char>(bytes.at(bad)) : 0;
    fail(m_recordLine,
         QCoreApplication::translate("CsvReader", "field %1 is not UTF-8 (byte 0x%2 in \"%3\"); the file "
                                                  "looks like Latin-1 or Windows-1252. Convert it, "
                                                  "e.g. iconv -f WINDOWS-1252 -t UTF-8, and import again")
             .arg(fieldIndex + 1)
             .arg(byte, 2, 16, QLatin1Char('0'))
             .arg(QString::fromLatin1(bytes.left(60))));
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    m_recordLine = m_line;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    qsizetype recordBytes = 0;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted)
                fail(m_recordLine,
                     QCoreApplication::translate(
                         "CsvReader",
                         "the file ends inside a quoted field that starts on this line (truncated file?)"));
            fields.append(decode(field, fields.size()));
            return true;
        }
        const char c = m_buffer.at(m_pos++);
        ++m_consumed;
        if (++recordBytes > m_maxRecordBytes)
            failTooLong();
        if (quoted) {
            if (c == '"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    field.append('"');
                    ++m_pos;
                    ++m_consumed;
                } else {
                    quoted = false;
                }
                continue;
            }
            if (c == '\n') {
                ++m_line;
                if (field.endsWith('\r'))
                    field.chop(1); // a CRLF file's quoted newline is one newline in the ticket
            }
            field.append(c);
            appendRun(field, recordBytes, "\"\n");
            continue;
        }
        switch (c) {
        case ',':
            fields.append(decode(field, fields.size()));
            field.clear();
            wasQuoted = false;
            break;
        case '"':
            if (field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(c); // a stray quote inside an unquoted field is kept as text
            }
            break;
        case '\r':
            break; // CRLF and a lone CR before LF end a record like LF
        case '\n':
            ++m_line;
            fields.append(decode(field, fields.size()));
            return true;
        default:
            field.append(c);
            appendRun(field, recordBytes, ",\"\r\n");
        }
    }
}

void CsvReader::appendRun(QByteArray &field, qsizetype &recordBytes, const char *stops)
{
    // The bytes up to the next one that means something are copied at once rather than one by
    // one: a city's export is mostly such runs, and a byte at a time was a tenth of an import.
    const char *begin = m_buffer.constData() + m_pos;
    const char *end = m_buffer.constData() + m_buffer.size();
    const char *p = begin;
    while (p < end && !std::strchr(stops, *p))
        ++p;
    const qsizetype length = p - begin;
    if (length == 0)
        return;
    field.append(begin, length);
    m_pos += length;
    m_consumed += length;
    recordBytes += length;
    if (recordBytes > m_maxRecordBytes)
        failTooLong();
}

void CsvReader::failTooLong() const
{
    fail(m_recordLine,
         QCoreApplication::translate(
             "CsvReader",
             "a record longer than %1 bytes; refused (a missing closing quote, or not a CSV file)")
             .arg(m_maxRecordBytes));
}

} // namespace civicdesk::core
