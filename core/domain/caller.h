#pragma once

#include <QString>

namespace civicdesk::core {

struct Caller
{
    QString firstName;
    QString lastName;
    QString phone; // E.164, e.g. +15551234567; empty when unknown
    QString email;
    bool anonymous = false;
    QString preferredLanguage; // BCP 47 tag such as "en", "es", "fr"

    bool operator==(const Caller &) const = default;
};

} // namespace civicdesk::core
