#include "support/jsonschema.h"

#include "core/domain/error.h"
#include "core/json/jsontext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

namespace civicdesk::testsupport {

namespace {

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("number"))
        return v.isDouble();
    if (type == QLatin1String("integer"))
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("null"))
        return v.isNull();
    if (type == QLatin1String("array"))
        return v.isArray();
    if (type == QLatin1String("object"))
        return v.isObject();
    return false;
}

bool validFormat(const QString &format, const QString &text)
{
    if (format == QLatin1String("date-time")) {
        // RFC 3339: a full date, a time and a zone (Z or +hh:mm).
        static const QRegularExpression rfc3339(
            QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$)"));
        return rfc3339.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
    }
    if (format == QLatin1String("uri")) {
        const QUrl url(text, QUrl::StrictMode);
        return url.isValid() && !url.scheme().isEmpty();
    }
    return true;
}

const QStringList kKnownKeywords = {
    QStringLiteral("type"),     QStringLiteral("enum"),        QStringLiteral("anyOf"),
    QStringLiteral("required"), QStringLiteral("properties"),  QStringLiteral("items"),
    QStringLiteral("$ref"),     QStringLiteral("maxLength"),   QStringLiteral("minItems"),
    QStringLiteral("format"),   QStringLiteral("description"), QStringLiteral("uniqueItems")};
} // namespace

JsonSchema JsonSchema::fromDirectory(const QString &directory)
{
    JsonSchema schema;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    if (files.isEmpty())
        throw core::Error(QStringLiteral("%1: no JSON schemas in this folder").arg(directory));
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            throw core::Error(QStringLiteral("%1: %2").arg(f.fileName(), f.errorString()));
        schema.m_schemas.insert(name, core::jsontext::parseObject(f.readAll(), f.fileName()));
    }
    return schema;
}

QStringList JsonSchema::validate(const QJsonValue &instance, const QString &schemaFile) const
{
    if (!m_schemas.contains(schemaFile))
        throw core::Error(QStringLiteral("%1: no such schema").arg(schemaFile));
    QStringList errors;
    check(instance, m_schemas.value(schemaFile), QStringLiteral("$"), errors);
    return errors;
}

bool JsonSchema::matches(const QJsonValue &value, const QJsonObject &schema) const
{
    QStringList errors;
    check(value, schema, QString(), errors);
    return errors.isEmpty();
}

void JsonSchema::check(const QJsonValue &value, const QJsonObject &schema, const QString &path,
                       QStringList &errors) const
{
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        if (!kKnownKeywords.contains(it.key()))
            errors.append(QStringLiteral("%1: schema keyword \"%2\" is not supported by this validator")
                              .arg(path, it.key()));
    }
    if (schema.contains(QLatin1String("$ref"))) {
        const QString ref = schema.value(QLatin1String("$ref")).toString();
        if (!m_schemas.contains(ref)) {
            errors.append(QStringLiteral("%1: $ref \"%2\" not found").arg(path, ref));
            return;
        }
        check(value, m_schemas.value(ref), path, errors);
    }
    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue type = schema.value(QLatin1String("type"));
        bool ok = false;
        const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
        for (const QJsonValue &t : types)
            ok = ok || hasType(value, t.toString());
        if (!ok) {
            errors.append(QStringLiteral("%1: must be of type %2").arg(path, types.first().toString()));
            return;
        }
    }
    if (schema.contains(QLatin1String("enum")) &&
        !schema.value(QLatin1String("enum")).toArray().contains(value))
        errors.append(QStringLiteral("%1: is not one of the allowed values").arg(path));
    if (schema.contains(QLatin1String("anyOf"))) {
        bool any = false;
        for (const QJsonValue &alternative : schema.value(QLatin1String("anyOf")).toArray())
            any = any || matches(value, alternative.toObject());
        if (!any)
            errors.append(QStringLiteral("%1: matches none of the allowed forms").arg(path));
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (schema.contains(QLatin1String("maxLength")) &&
            text.size() > schema.value(QLatin1String("maxLength")).toInt())
            errors.append(QStringLiteral("%1: longer than %2 characters")
                              .arg(path)
                              .arg(schema.value(QLatin1String("maxLength")).toInt()));
        if (schema.contains(QLatin1String("format")) &&
            !validFormat(schema.value(QLatin1String("format")).toString(), text))
            errors.append(QStringLiteral("%1: \"%2\" is not a valid %3")
                              .arg(path, text, schema.value(QLatin1String("format")).toString()));
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const QJsonValue &r : schema.value(QLatin1String("required")).toArray()) {
            if (!o.contains(r.toString()))
                errors.append(QStringLiteral("%1.%2: is required").arg(path, r.toString()));
        }
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            if (o.contains(it.key()))
                check(o.value(it.key()), it.value().toObject(), path + u'.' + it.key(), errors);
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(QLatin1String("minItems")) &&
            array.size() < schema.value(QLatin1String("minItems")).toInt())
            errors.append(QStringLiteral("%1: fewer than %2 items")
                              .arg(path)
                              .arg(schema.value(QLatin1String("minItems")).toInt()));
        if (schema.contains(QLatin1String("items"))) {
            const QJsonObject itemSchema = schema.value(QLatin1String("items")).toObject();
            for (qsizetype i = 0; i < array.size(); ++i)
                check(array.at(i), itemSchema, QStringLiteral("%1[%2]").arg(path).arg(i), errors);
        }
    }
}

} // namespace civicdesk::testsupport
