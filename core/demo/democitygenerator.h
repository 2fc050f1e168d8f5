#pragma once

#include "core/demo/democity.h"

#include <QString>

namespace civicdesk::core {

class Catalog;

// Builds a fictional city from a seed: a street grid with diagonal and curved avenues, a river
// with bridges, parks, 8 to 12 council districts, named streets with house-number ranges, more
// than 50,000 address points, landmarks and routing rules for every service of the catalogue.
// The same seed and name always give the same city; nothing depends on the clock.
class DemoCityGenerator
{
public:
    static constexpr const char *kDefaultCityName = "Port Ellis";

    static DemoCity generate(quint64 seed, const QString &cityName, const Catalog &catalog);
};

} // namespace civicdesk::core
