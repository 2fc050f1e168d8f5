#pragma once

#include <QGeoCoordinate>
#include <QImage>
#include <QSizeF>

namespace civicdesk::map {

class CityTileRenderer;

// One picture of the city map (docs' screenshots, `civicdesk-render png`): the city layers
// around a centre, with a scale bar and the layers' attribution.
class MapPicture final
{
public:
    // size in logical pixels (16 to 8192 each way), zoom from 2 to 20, scale (device pixels per
    // logical pixel) from 1 to 4; throws core::Error otherwise.
    MapPicture(QGeoCoordinate centre, double zoom, QSizeF size, double scale = 1);

    QImage render(const CityTileRenderer &renderer) const;

private:
    QGeoCoordinate m_centre;
    double m_zoom;
    QSizeF m_size;
    double m_scale;
};

} // namespace civicdesk::map
