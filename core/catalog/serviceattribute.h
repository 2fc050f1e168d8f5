#pragma once

#include <QList>
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
    bool operator==(const AttributeValue &) const = default;
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

    bool isList() const
    {
        return datatype == AttributeDatatype::SingleValueList || datatype == AttributeDatatype::MultiValueList;
    }
    bool operator==(const ServiceAttribute &) const = default;
};

} // namespace civicdesk::core
