#include "core/catalog/serviceattribute.h"

namespace civicdesk::core::attributedatatype {

namespace {
constexpr const char *kKeys[] = {"string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"};
}

QString toKey(AttributeDatatype type)
{
    return QString::fromLatin1(kKeys[static_cast<int>(type)]);
}

std::optional<AttributeDatatype> fromKey(const QString &key)
{
    const QString normal = key.trimmed().toLower();
    for (int i = 0; i < 6; ++i) {
        if (normal == QLatin1String(kKeys[i]))
            return static_cast<AttributeDatatype>(i);
    }
    return std::nullopt;
}

} // namespace civicdesk::core::attributedatatype
