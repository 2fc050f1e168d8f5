#pragma once

#include "core/pins/clusterindex.h"

#include <vector>

namespace civicdesk::cli {

// Reproducible pin positions for benchmarks: a city-sized box (about 40 x 40 km) where most
// requests bunch around hotspots and the rest spread evenly, like a year of 311 calls.
class BenchPoints
{
public:
    static std::vector<core::ClusterIndex::LonLat> generate(qsizetype count, quint64 seed);
    // The box the points fall in (lon/lat degrees).
    static constexpr double kWest = -74.05;
    static constexpr double kEast = -73.60;
    static constexpr double kSouth = 40.55;
    static constexpr double kNorth = 40.90;
};

} // namespace civicdesk::cli
