#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// A streaming RFC 4180 reader: quoted fields with commas, quotes ("") and newlines, CRLF or LF,
// a UTF-8 byte-order mark. It reads the device in chunks, so a file of any size needs little
// memory, and a record longer than the limit (a 100 MB line, a missing closing quote) is
// refused as soon as the limit is passed. Text must be UTF-8: Latin-1 is detected and refused
// with a message that says how to convert the file. Errors throw Error naming file and line.
class CsvReader
{
public:
    static constexpr qsizetype kDefaultMaxRecordBytes = 1024 * 1024;

    CsvReader(QIODevice &device, QString sourceName, qsizetype maxRecordBytes = kDefaultMaxRecordBytes);

    // The next record; false at the end of the file.
    bool next(QStringList &fields);
    // The line the last record started on (1-based), for messages.
    qint64 line() const { return m_recordLine; }
    // Bytes consumed so far, for progress.
    qint64 position() const { return m_consumed; }

private:
    bool fill();
    QString decode(const QByteArray &bytes, qsizetype fieldIndex) const;
    [[noreturn]] void fail(qint64 line, const QString &message) const;
    [[noreturn]] void failTooLong() const;
    // Appends the buffered bytes before the next of stops, counting them as read.
    void appendRun(QByteArray &field, qsizetype &recordBytes, const char *stops);

    QIODevice &m_device;
    QString m_source;
    qsizetype m_maxRecordBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_started = false;
    bool m_eof = false;
};

} // namespace civicdesk::core
