#include "core/json/jsontext.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringDecoder>

namespace civicdesk::core::jsontext {

namespace {
QJsonDocument parse(const QByteArray &json, const QString &sourceName)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(decoder(json));
    if (decoder.hasError())
        throw Error(QCoreApplication::translate("JsonText", "%1: the file is not valid UTF-8").arg(sourceName));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, error.offset);
        throw Error(QStringLiteral("%1:%2:%3: %4").arg(sourceName).arg(line).arg(column).arg(error.errorString()));
    }
    return doc;
}
} // namespace

QPair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min<qsizetype>(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

QJsonObject parseObject(const QByteArray &json, const QString &sourceName)
{
    const QJsonDocument doc = parse(json, sourceName);
    if (!doc.isObject())
        throw Error(QCoreApplication::translate("JsonText", "%1: expected a JSON object").arg(sourceName));
    return doc.object();
}

QJsonArray parseArray(const QByteArray &json, const QString &sourceName)
{
    const QJsonDocument doc = parse(json, sourceName);
    if (!doc.isArray())
        throw Error(QCoreApplication::translate("JsonText", "%1: expected a JSON array").arg(sourceName));
    return doc.array();
}

} // namespace civicdesk::core::jsontext
