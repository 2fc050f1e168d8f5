#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace civicdesk::core::jsontext {

// Parses a JSON document and, on a syntax error, throws civicdesk::core::Error with the
// source name, line and column ("tickets.json:3:14: unterminated string"), which is what a
// person needs to fix the file. Invalid UTF-8 is refused too.
QJsonObject parseObject(const QByteArray &json, const QString &sourceName);
QJsonArray parseArray(const QByteArray &json, const QString &sourceName);

// Line and column (1-based) of a byte offset, for error messages.
QPair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset);

} // namespace civicdesk::core::jsontext
