// libFuzzer target for the GeoJSON reader: any input must give features, skips or a
// civicdesk::core::Error, never a crash, hang or sanitizer report. Stored geometries are
// round-tripped through the blob format too.
#include "core/domain/error.h"
#include "core/geo/geojsonreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace civicdesk::core;
    GeoJsonReader reader(QStringLiteral("fuzz.geojson"));
    reader.setMaxBytes(1 << 20);
    try {
        const auto features = reader.read(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
        for (const GeoFeature &f : features) {
            const Geometry back = Geometry::fromBlob(f.geometry.toBlob());
            if (back.parts != f.geometry.parts)
                __builtin_trap();
            geometry::contains(back, GeoPoint{0.5, 0.5});
        }
    } catch (const Error &) {
    }
    // A damaged blob must be refused cleanly as well.
    try {
        Geometry::fromBlob(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    } catch (const Error &) {
    }
    return 0;
}
