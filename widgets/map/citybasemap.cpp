#include "widgets/map/citybasemap.h"

#include "core/domain/error.h"
#include "core/geo/citylayerstore.h"
#include "core/settings/workstationsettings.h"
#include "core/store/localstore.h"
#include "map/render/citytilerenderer.h"
#include "map/tiles/cachedtilesource.h"
#include "map/tiles/mbtilesfile.h"

#include <QDir>

namespace civicdesk::widgets {

namespace {
// Metadata key of the cache: the city layers' generation the tiles were drawn from.
const QString kGenerationKey = QStringLiteral("civicdesk_layers_generation");
} // namespace

std::shared_ptr<map::TileSource> CityBasemap::forProfile(const core::LocalStore &store)
{
    // Preferences' map source: an MBTiles file of the city's own tiles replaces the renderer.
    const core::WorkstationSettings settings = core::WorkstationSettings::load(store.profile());
    if (settings.mapSource == core::WorkstationSettings::MapSource::MbTilesFile) {
        try {
            return std::make_shared<map::MbTilesFile>(settings.mbtilesFile);
        } catch (const core::Error &e) {
            qWarning("map source %s: %s; using the city renderer", qPrintable(settings.mbtilesFile),
                     qPrintable(e.message()));
        }
    }
    const core::CityLayerStore layers(store.database());
    using Layer = core::CityLayerStore::Layer;
    if (layers.count(Layer::Streets) == 0 && layers.count(Layer::Areas) == 0 &&
        layers.count(Layer::Districts) == 0)
        return {};
    auto renderer = std::make_shared<map::CityTileRenderer>(store.database());
    const QString path = QDir(store.profile().directory()).filePath(QString::fromLatin1(kCacheFileName));
    try {
        auto cache = std::make_shared<map::MbTilesFile>(path, map::MbTilesFile::Mode::Create);
        auto source = std::make_shared<map::CachedTileSource>(renderer, cache);
        const QString generation = QString::number(layers.generation());
        if (cache->metadata().value(kGenerationKey) != generation) {
            source->clear(); // drawn from layers that have since been imported again
            cache->setMetadata(kGenerationKey, generation);
            cache->setMetadata(QStringLiteral("attribution"), renderer->attribution());
        }
        return source;
    } catch (const core::Error &e) {
        qWarning("city tile cache %s: %s; drawing tiles without a cache", qPrintable(path),
                 qPrintable(e.message()));
        return renderer;
    }
}

} // namespace civicdesk::widgets
