#include "core/domain/error.h"
#include "map/projection/webmercator.h"
#include "map/render/citytilerenderer.h"
#include "map/render/mappicture.h"
#include "map/render/scalebar.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QPainter>
#include <cmath>

using namespace civicdesk;

namespace {
bool isDark(QColor c)
{
    return c.lightness() < 100;
}

// Lines are 2 px wide and may fall on either side of a fractional coordinate.
bool darkNear(const QImage &image, int x, int y)
{
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
            if (isDark(image.pixelColor(x + dx, y + dy)))
                return true;
    return false;
}

// Any dark pixel in the rectangle (text).
bool darkIn(const QImage &image, const QRect &rect)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            if (isDark(image.pixelColor(x, y)))
                return true;
    return false;
}
} // namespace

// The scale bar and the picture of `civicdesk-render png`, headless.
class TestScaleBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longestRoundDistanceThatFits_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QString>("label");
        // Ground resolution is 156543.03 m * cos(latitude) / 2^zoom per pixel.
        QTest::newRow("45N z16") << 45.0 << 16.0 << QStringLiteral("200 m");    // 1.69 m/px
        QTest::newRow("equator z16") << 0.0 << 16.0 << QStringLiteral("200 m"); // 2.39 m/px
        QTest::newRow("equator z15") << 0.0 << 15.0 << QStringLiteral("500 m"); // 4.78 m/px
        QTest::newRow("equator z14") << 0.0 << 14.0 << QStringLiteral("1 km");  // 9.55 m/px
        QTest::newRow("60N z12") << 60.0 << 12.0 << QStringLiteral("2 km");     // 19.1 m/px
        QTest::newRow("equator z20") << 0.0 << 20.0 << QStringLiteral("10 m");  // 0.149 m/px
        QTest::newRow("equator z2") << 0.0 << 2.0 << QStringLiteral("2000 km"); // 39 km/px
    }
    void longestRoundDistanceThatFits()
    {
        QFETCH(double, latitude);
        QFETCH(double, zoom);
        QFETCH(QString, label);
        const map::ScaleBar bar(latitude, zoom);
        QCOMPARE(bar.label(), label);
        const double metresPerPixel = map::webmercator::metresPerPixel(latitude, zoom);
        QCOMPARE(bar.pixels(), bar.metres() / metresPerPixel);
        QVERIFY(bar.pixels() <= map::ScaleBar::kMaxPixels);
        // The next round step would not fit: 1 -> 2 and 5 -> 10 double, 2 -> 5 is 2.5 times.
        const double leading = bar.metres() / std::pow(10.0, std::floor(std::log10(bar.metres())));
        QVERIFY(bar.pixels() * (qFuzzyCompare(leading, 2.0) ? 2.5 : 2.0) > map::ScaleBar::kMaxPixels);
    }

    void paintsTheBarInTheBottomLeftCorner()
    {
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        const map::ScaleBar bar(45.0, 16.0);
        {
            QPainter painter(&image);
            bar.paint(painter, image.size());
        }
        const int y = 300 - 14;
        const int end = 12 + int(std::lround(bar.pixels()));
        QVERIFY(darkNear(image, 12 + int(bar.pixels() / 2), y));
        QVERIFY(darkNear(image, end, y - 3));                    // the right tick
        QVERIFY(!darkIn(image, QRect(end + 4, y - 20, 60, 30))); // nothing past it
        QVERIFY(!darkIn(image, QRect(0, 0, 400, 250)));          // nor above
        // The label sits above the bar.
        QVERIFY(darkIn(image, QRect(14, y - 16, end - 14, 10)));
    }

    void pictureHasTheCityTheBarAndTheAttribution()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        const map::CityTileRenderer renderer(profile.store().database());
        const QImage image =
            map::MapPicture(QGeoCoordinate(45.0075, -92.994), 16, QSizeF(320, 240), 2).render(renderer);
        QCOMPARE(image.size(), QSize(640, 480));
        QCOMPARE(image.devicePixelRatio(), 2.0);
        // The pond lies at the centre.
        QCOMPARE(image.pixelColor(320, 240), QColor(0xaa, 0xd3, 0xdf));
        // The scale bar's line and the attribution's text, in device pixels (bottom left and right).
        QVERIFY(darkNear(image, 2 * 20, 2 * (240 - 14)));
        QVERIFY(darkIn(image, QRect(2 * 200, 2 * (240 - 18), 2 * 116, 2 * 16)));
    }

    void badPicturesAreRefused_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("field");
        QTest::newRow("latitude 95") << 95.0 << 16.0 << QSizeF(100, 100) << 1.0 << QStringLiteral("center");
        QTest::newRow("zoom 1") << 45.0 << 1.0 << QSizeF(100, 100) << 1.0 << QStringLiteral("zoom");
        QTest::newRow("zoom nan") << 45.0 << std::nan("") << QSizeF(100, 100) << 1.0
                                  << QStringLiteral("zoom");
        QTest::newRow("too small") << 45.0 << 16.0 << QSizeF(8, 100) << 1.0 << QStringLiteral("size");
        QTest::newRow("too large") << 45.0 << 16.0 << QSizeF(100, 9000) << 1.0 << QStringLiteral("size");
        QTest::newRow("scale 5") << 45.0 << 16.0 << QSizeF(100, 100) << 5.0 << QStringLiteral("scale");
    }
    void badPicturesAreRefused()
    {
        QFETCH(double, lat);
        QFETCH(double, zoom);
        QFETCH(QSizeF, size);
        QFETCH(double, scale);
        QFETCH(QString, field);
        try {
            map::MapPicture(QGeoCoordinate(lat, -93.0), zoom, size, scale);
            QFAIL("accepted");
        } catch (const core::Error &e) {
            QCOMPARE(e.fieldErrors().size(), 1);
            QCOMPARE(e.fieldErrors().front().field, field);
        }
    }
};

CIVICDESK_GUI_TEST_MAIN(TestScaleBar)
#include "test_scalebar.moc"
