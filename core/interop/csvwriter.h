#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// The one CSV writer of CivicDesk (RFC 4180 quoting, UTF-8). Every export goes through it, so
// every export is safe to open in a spreadsheet: a cell that starts with =, +, - or @ (or a tab
// or carriage return) would run as a formula there ("CSV injection"), so it is written with a
// leading apostrophe, which spreadsheets show as text. A plain number (-93.27, +1.5e3) cannot
// be a formula and is written as it is, so coordinates stay numbers.
//
// Rows are appended to a buffer the caller owns, so a streaming exporter can flush it to its
// device whenever it likes.
class CsvWriter final
{
public:
    struct Options
    {
        // Excel reads a UTF-8 file as ANSI unless it starts with a byte order mark.
        bool byteOrderMark = false;
        QByteArray lineEnding = QByteArrayLiteral("\r\n");
    };

    // Appends the byte order mark to out at once when the options ask for it.
    explicit CsvWriter(QByteArray &out);
    CsvWriter(QByteArray &out, Options options);
    Q_DISABLE_COPY_MOVE(CsvWriter)

    void writeRow(const QStringList &cells);
    qint64 rows() const { return m_rows; }

    // One cell, neutralised and quoted as writeRow() writes it.
    static QByteArray cell(const QString &text);
    // The text a spreadsheet cannot run: text that could start a formula gets an apostrophe.
    static QString neutralised(const QString &text);
    // Undoes neutralised() for CivicDesk's own importers, so that an export read back gives
    // the original text ("'=SUM(A1)" back to "=SUM(A1)").
    static QString restored(const QString &text);

private:
    QByteArray &m_out;
    Options m_options;
    qint64 m_rows = 0;
};

} // namespace civicdesk::core
