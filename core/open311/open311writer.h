#pragma once

#include "core/catalog/service.h"
#include "core/domain/ticket.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace civicdesk::core {

// Writes Open311 GeoReport v2 documents. Requests stream: begin(), one write() per ticket,
// finish(), so exporting a million tickets keeps memory flat. JSON containers are always
// arrays (the spec's convention); every JSON document validates against the GeoReport
// schemas (tests/core/open311/test_open311writer). Times are ISO 8601 in UTC ("Z").
class Open311Writer
{
public:
    enum class Format { Json, Xml, Csv };

    Open311Writer(QIODevice &device, Format format, bool extensions = false);
    ~Open311Writer();
    Q_DISABLE_COPY_MOVE(Open311Writer)

    void begin();
    void write(const Ticket &ticket);
    void finish(); // closes the container and flushes; throws Error when the device fails

    qint64 count() const { return m_count; }
    qint64 bytesWritten() const { return m_bytes; }

    static QByteArray services(const QList<Service> &services, Format format);
    static QByteArray serviceDefinition(const Service &service, Format format);
    static QString formatDateTime(const QDateTime &dt);
    // Open311 descriptions are at most 4,000 characters; a longer text is cut, never split
    // inside a surrogate pair.
    static QString clipDescription(const QString &text);

private:
    void writeJson(const Ticket &t);
    void writeXml(const Ticket &t);
    void writeCsv(const Ticket &t);
    void flushIfFull();

    QIODevice &m_device;
    Format m_format;
    bool m_extensions;
    QByteArray m_buffer;
    qint64 m_count = 0;
    qint64 m_bytes = 0;
};

} // namespace civicdesk::core
