#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace civicdesk::core {

// The six datatypes of an Open311 service definition attribute.
enum class AttributeDatatype { String, Number, Datetime, Text, SingleValueList, MultiValueList };

namespace attributedatatype {
QString toKey(AttributeDatatype type);
std::optional<AttributeDatatype> fromKey(const QString &key);
} // namespace attributedatatype

struct AttributeValue
{
    QString key;
    QString name;
    // The name in other languages, by two-letter code; the key is what a ticket stores.
    QMap<QString, QString> names;
    bool operator==(const AttributeValue &) const = default;
};

// An attribute's text in one more language than English; an empty field is not translated.
struct AttributeText
{
    QString description;
    QString datatypeDescription;
    bool operator==(const AttributeText &) const = default;
};

struct ServiceAttribute
{
    QString code;
    AttributeDatatype datatype = AttributeDatatype::String;
    bool required = false;
    bool variable = true; // false: informational text for the call taker, not a question
    int order = 0;
    QString description;
    QString datatypeDescription;
    QList<AttributeValue> values;
    QMap<QString, AttributeText> translations; // by two-letter language code

    bool isList() const
    {
        return datatype == AttributeDatatype::SingleValueList || datatype == AttributeDatatype::MultiValueList;
    }
    bool operator==(const ServiceAttribute &) const = default;
};

} // namespace civicdesk::core
