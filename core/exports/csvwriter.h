#pragma once

#include <QIODevice>
#include <QStringList>

namespace civicdesk::core {

// Writes RFC 4180 CSV in UTF-8: fields with a comma, quote or line break are quoted, and a cell
// that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
// return) is neutralised with a leading apostrophe (OWASP's CSV injection advice).
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device) : m_device(device) {}

    void writeBom();
    void writeRow(const QStringList &cells);

    static QString neutralised(const QString &cell);
    static QString quoted(const QString &cell);

private:
    QIODevice &m_device;
};

} // namespace civicdesk::core
