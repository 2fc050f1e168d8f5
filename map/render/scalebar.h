#pragma once

#include <QSizeF>
#include <QString>

class QPainter;

namespace civicdesk::map {

// A map's scale bar: the longest round distance (1, 2 or 5 times a power of ten metres) whose
// bar fits in kMaxPixels at this latitude and zoom, drawn in the bottom-left corner.
class ScaleBar final
{
public:
    static constexpr double kMaxPixels = 120;

    ScaleBar(double latitude, double zoom);

    double metres() const { return m_metres; }
    // The bar's length in logical pixels.
    double pixels() const { return m_pixels; }
    // "200 m", "2 km".
    QString label() const;

    // Draws the bar over a white plate, 12 px from the left and 14 px above the bottom of size.
    void paint(QPainter &painter, const QSizeF &size) const;

private:
    double m_metres = 0;
    double m_pixels = 0;
};

} // namespace civicdesk::map
