#include "cli/bench/benchpoints.h"

#include <algorithm>
#include <random>

namespace civicdesk::cli {

std::vector<core::ClusterIndex::LonLat> BenchPoints::generate(qsizetype count, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> lon(kWest, kEast);
    std::uniform_real_distribution<double> lat(kSouth, kNorth);
    std::uniform_real_distribution<double> unit(0.0, 1.0);

    struct Hotspot
    {
        double lon, lat, sigma;
    };
    std::vector<Hotspot> hotspots(60);
    for (auto &h : hotspots)
        h = {lon(rng), lat(rng), 0.002 + 0.02 * unit(rng)};

    std::normal_distribution<double> gauss(0.0, 1.0);
    std::vector<core::ClusterIndex::LonLat> out;
    out.reserve(size_t(std::max<qsizetype>(0, count)));
    for (qsizetype i = 0; i < count; ++i) {
        if (unit(rng) < 0.3) {
            out.push_back({lon(rng), lat(rng)});
            continue;
        }
        const Hotspot &h = hotspots[size_t(rng() % hotspots.size())];
        out.push_back({std::clamp(h.lon + gauss(rng) * h.sigma, kWest, kEast),
                       std::clamp(h.lat + gauss(rng) * h.sigma * 0.76, kSouth, kNorth)});
    }
    return out;
}

} // namespace civicdesk::cli
