#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace civicdesk::testsupport {

// A JSON Schema validator for the subset the Open311 GeoReport schemas use: type, enum,
// anyOf, required, properties, items, $ref (to a sibling file), maxLength, minItems and the
// formats date-time and uri. Any other keyword in a schema is reported as unsupported, so a
// schema this cannot check is never passed silently.
class JsonSchema
{
public:
    // Loads every *.json in the folder; $ref names a file there ("request.json").
    static JsonSchema fromDirectory(const QString &directory);

    // Every violation, as "[3].requested_datetime: ..."; empty when the instance is valid.
    QStringList validate(const QJsonValue &instance, const QString &schemaFile) const;

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path,
               QStringList &errors) const;
    bool matches(const QJsonValue &value, const QJsonObject &schema) const;

    QHash<QString, QJsonObject> m_schemas;
};

} // namespace civicdesk::testsupport
