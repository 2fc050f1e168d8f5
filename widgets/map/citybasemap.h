#pragma once

#include <memory>

namespace civicdesk::core {
class LocalStore;
}

namespace civicdesk::map {
class TileSource;
}

namespace civicdesk::widgets {

// The basemap screens show by default: the city layers imported into the profile, drawn by
// map::CityTileRenderer and kept in the profile's tile cache (city-tiles.mbtiles), so each
// tile is painted once. The cache remembers which import it was drawn from and starts over
// after a new one. One source is meant to be shared by every map of the window: the cache file
// then has one writer.
class CityBasemap final
{
public:
    // Null when the profile has no city layers (the map stays plain) or its cache cannot be
    // opened (the renderer is then used uncached and the problem logged).
    static std::shared_ptr<map::TileSource> forProfile(const core::LocalStore &store);

    static constexpr const char *kCacheFileName = "city-tiles.mbtiles";
};

} // namespace civicdesk::widgets
