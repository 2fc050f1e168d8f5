#include "core/interop/csvwriter.h"

#include <QRegularExpression>

namespace civicdesk::core {

namespace {
bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isPlainNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    return number.match(text).hasMatch();
}
} // namespace

CsvWriter::CsvWriter(QByteArray &out) : CsvWriter(out, Options{}) {}

CsvWriter::CsvWriter(QByteArray &out, Options options) : m_out(out), m_options(std::move(options))
{
    if (m_options.byteOrderMark)
        m_out.append("\xEF\xBB\xBF");
}

QString CsvWriter::neutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    // An apostrophe already followed by a trigger gets one more, so restored() is exact.
    const bool quotedTrigger = text.size() > 1 && text.at(0) == u'\'' && startsFormula(text.at(1));
    if (quotedTrigger || (startsFormula(text.at(0)) && !isPlainNumber(text)))
        return u'\'' + text;
    return text;
}

QString CsvWriter::restored(const QString &text)
{
    const bool neutralisedTrigger = text.size() > 1 && text.at(0) == u'\'' && startsFormula(text.at(1));
    const bool neutralisedQuote =
        text.size() > 2 && text.at(0) == u'\'' && text.at(1) == u'\'' && startsFormula(text.at(2));
    if (neutralisedTrigger || neutralisedQuote)
        return text.mid(1);
    return text;
}

QByteArray CsvWriter::cell(const QString &text)
{
    const QByteArray utf8 = neutralised(text).toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    QByteArray quoted;
    quoted.reserve(utf8.size() + 2);
    quoted.append('"');
    for (const char c : utf8) {
        if (c == '"')
            quoted.append('"');
        quoted.append(c);
    }
    quoted.append('"');
    return quoted;
}

void CsvWriter::writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_out.append(',');
        m_out.append(cell(cells.at(i)));
    }
    m_out.append(m_options.lineEnding);
    ++m_rows;
}

} // namespace civicdesk::core
