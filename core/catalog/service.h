#pragma once

#include "core/catalog/serviceattribute.h"
#include "core/domain/priority.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace civicdesk::core {

struct SlaPolicy
{
    enum class Clock { Calendar, Business };
    int hours = 0; // 0 = no target
    Clock clock = Clock::Business;
    bool operator==(const SlaPolicy &) const = default;
};

// A service's text in one more language than English (the catalogue's "i18n"). An empty field
// is not translated: CatalogText falls back to the English one, field by field.
struct ServiceText
{
    QString name;
    QString description;
    QString group;
    QStringList keywords;
    bool operator==(const ServiceText &) const = default;
};

// One service of the catalogue, in Open311's shape plus what routing and SLAs need.
struct Service
{
    QString code;
    QString name;
    QString description;
    QString group;
    QStringList keywords;
    QString type = QStringLiteral("realtime"); // realtime | batch | blackbox
    bool imported = false; // true for types created by an import, not by the catalogue's owner
    QString agencyId;
    Priority defaultPriority = Priority::Normal;
    SlaPolicy sla;
    QList<ServiceAttribute> attributes; // sorted by order
    // The catalogue's "location_required"; unset means Catalog::needsLocation() derives it.
    std::optional<bool> locationRequired;
    // By two-letter language code ("es", "fr"); the plain fields above are English.
    QMap<QString, ServiceText> translations;

    bool metadata() const { return !attributes.isEmpty(); }
    const ServiceAttribute *attribute(const QString &code) const
    {
        for (const auto &a : attributes) {
            if (a.code == code)
                return &a;
        }
        return nullptr;
    }
    bool operator==(const Service &) const = default;
};

struct Agency
{
    QString id;
    QString name;
    QString phone;
    // A field agency sends someone to a place (crews, inspectors, officers); a desk agency
    // (311's own customer service) answers from the office, so its requests need no place.
    bool field = true;
    bool operator==(const Agency &) const = default;
};

} // namespace civicdesk::core
