#pragma once

#include "core/csvimport/csvreader.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// A geography CSV (address points, points to place in districts) read through the one CSV
// reader, with what these files share: a header line (an empty file is refused), columns the
// user chooses by header name or by 0-based number, and blank lines skipped.
class GeoCsvReader final
{
    Q_DISABLE_COPY_MOVE(GeoCsvReader)

public:
    // Reads the header at once; throws Error naming the file when there is none.
    GeoCsvReader(QIODevice &device, QString file);

    // The column chosen by nameOrIndex: a header name (case-insensitive, trimmed), else a 0-based
    // number. Throws Error naming file, header line and role (the field's meaning, e.g.
    // "latitude"), with the role as the field error, when the header has no such column.
    int column(const QString &nameOrIndex, const QString &role) const;

    // The next record that is not a blank line; false at the end of the file.
    bool next(QStringList &record);

    const QStringList &header() const { return m_header; }
    const QString &file() const { return m_file; }
    // The line the last record started on (1-based).
    qint64 line() const { return m_reader.line(); }

private:
    QString m_file;
    CsvReader m_reader;
    QStringList m_header;
    qint64 m_headerLine = 0;
};

} // namespace civicdesk::core
