// civicdesk-render: draws the imported city layers into an MBTiles file or one PNG picture.
// Headless: it uses Qt's offscreen platform, so it runs on servers and in cron jobs.
#include "core/domain/error.h"
#include "core/geo/citylayerstore.h"
#include "core/profile/profile.h"
#include "core/store/localstore.h"
#include "core/store/transaction.h"
#include "map/projection/webmercator.h"
#include "map/render/citytilerenderer.h"
#include "map/tiles/mbtilesfile.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QTextStream>
#include <cmath>

using namespace civicdesk;

namespace {

const char *const kUsage =
    "Usage: civicdesk-render [--profile DIR] render-tiles --out FILE.mbtiles --zoom MIN-MAX\n"
    "                        [--bbox MINLON,MINLAT,MAXLON,MAXLAT] [--scale 1|2]\n"
    "       civicdesk-render [--profile DIR] png --out FILE.png --center LAT,LON --zoom Z --size WxH "
    "[--scale S]\n";

QList<double> numbers(const QString &text, const QString &option, qsizetype count, QChar separator)
{
    const QStringList parts = text.split(separator);
    QList<double> values;
    for (const QString &p : parts) {
        bool ok = false;
        values.append(p.trimmed().toDouble(&ok));
        if (!ok)
            break;
    }
    if (values.size() != count || parts.size() != count)
        throw core::Error(QStringLiteral("--%1: \"%2\" is not %3 numbers separated by \"%4\"")
                              .arg(option, text)
                              .arg(count)
                              .arg(separator));
    return values;
}

void drawAttribution(QPainter &painter, const QSizeF &size, const QString &text)
{
    if (text.isEmpty())
        return;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QRectF box(size.width() - metrics.horizontalAdvance(text) - 12,
                     size.height() - metrics.height() - 6, metrics.horizontalAdvance(text) + 12,
                     metrics.height() + 6);
    painter.fillRect(box, QColor(255, 255, 255, 210));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignCenter, text);
}

void drawScaleBar(QPainter &painter, const QSizeF &size, double latitude, double zoom)
{
    const double mpp = map::webmercator::metresPerPixel(latitude, zoom);
    double metres = 1;
    for (double candidate : {10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0})
        if (candidate / mpp <= 120)
            metres = candidate;
    const double px = metres / mpp;
    const QPointF origin(12, size.height() - 14);
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
    painter.fillRect(QRectF(origin.x() - 4, origin.y() - 18, px + 8, 24), QColor(255, 255, 255, 190));
    painter.drawLine(origin, origin + QPointF(px, 0));
    painter.drawLine(origin, origin - QPointF(0, 5));
    painter.drawLine(origin + QPointF(px, 0), origin + QPointF(px, -5));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    painter.setFont(font);
    painter.drawText(origin + QPointF(3, -5), metres >= 1000 ? QStringLiteral("%1 km").arg(metres / 1000)
                                                             : QStringLiteral("%1 m").arg(metres));
}

int renderTiles(const QMap<QString, QString> &options, core::LocalStore &store, QTextStream &out)
{
    const QString file = options.value(QStringLiteral("out"));
    const QString zoom = options.value(QStringLiteral("zoom"), QStringLiteral("12-17"));
    if (file.isEmpty())
        throw core::Error(QStringLiteral("render-tiles needs --out FILE.mbtiles"));
    const QStringList z = zoom.split(u'-');
    bool okMin = false, okMax = false;
    const int minZoom = z.value(0).toInt(&okMin);
    const int maxZoom = z.size() > 1 ? z.value(1).toInt(&okMax) : minZoom;
    if (!okMin || (z.size() > 1 && !okMax) || minZoom < 0 || maxZoom > 20 || minZoom > maxZoom)
        throw core::Error(QStringLiteral("--zoom: \"%1\" is not a range like 12-17 (0 to 20)").arg(zoom));
    const double scale = options.value(QStringLiteral("scale"), QStringLiteral("1")).toDouble();
    if (scale != 1.0 && scale != 2.0)
        throw core::Error(QStringLiteral("--scale: 1 or 2"));

    const core::CityLayerStore layers(store.database());
    // Streets and districts outline the city; stray area polygons (offshore rocks) would not.
    core::GeoBox box =
        layers.extent({core::CityLayerStore::Layer::Streets, core::CityLayerStore::Layer::Districts});
    if (!box.isValid())
        box = layers.extent();
    if (options.contains(QStringLiteral("bbox"))) {
        const auto v = numbers(options.value(QStringLiteral("bbox")), QStringLiteral("bbox"), 4, u',');
        box = {v[0], v[1], v[2], v[3]};
    }
    if (!box.isValid())
        throw core::Error(
            QStringLiteral("nothing to render: import city layers first (civicdesk-cli geo import ...)"));

    map::CityTileRenderer renderer(store.database());
    map::MbTilesFile mbtiles(file, map::MbTilesFile::Mode::Create);
    mbtiles.setMetadata(QStringLiteral("attribution"), renderer.attribution());
    mbtiles.setMetadata(QStringLiteral("minzoom"), QString::number(minZoom));
    mbtiles.setMetadata(QStringLiteral("maxzoom"), QString::number(maxZoom));
    mbtiles.setMetadata(
        QStringLiteral("bounds"),
        QStringLiteral("%1,%2,%3,%4").arg(box.minLon).arg(box.minLat).arg(box.maxLon).arg(box.maxLat));
    mbtiles.setMetadata(QStringLiteral("center"), QStringLiteral("%1,%2,%3")
                                                      .arg((box.minLon + box.maxLon) / 2)
                                                      .arg((box.minLat + box.maxLat) / 2)
                                                      .arg(minZoom));
    mbtiles.setMetadata(QStringLiteral("scale"), QString::number(scale));
    int total = 0;
    for (int level = minZoom; level <= maxZoom; ++level) {
        const QPointF a = map::webmercator::toWorld(QGeoCoordinate(box.maxLat, box.minLon), level) /
                          map::webmercator::kTileSize;
        const QPointF b = map::webmercator::toWorld(QGeoCoordinate(box.minLat, box.maxLon), level) /
                          map::webmercator::kTileSize;
        core::Transaction tx(mbtiles.connection());
        int count = 0;
        for (int y = static_cast<int>(a.y()); y <= static_cast<int>(b.y()); ++y)
            for (int x = static_cast<int>(a.x()); x <= static_cast<int>(b.x()); ++x) {
                const map::TileId id{level, x, y};
                if (!id.isValid())
                    continue;
                QImage image = renderer.tile(id, scale);
                if (image.isNull()) {
                    // A tile with nothing on it: other MBTiles readers still expect an image.
                    image = QImage(QSize(256, 256) * scale, QImage::Format_ARGB32_Premultiplied);
                    image.fill(renderer.background());
                }
                mbtiles.writeTile(id, image);
                ++count;
            }
        tx.commit();
        out << "zoom " << level << ": " << count << " tiles\n";
        out.flush();
        total += count;
    }
    out << "wrote " << total << " tiles to " << file << "\n";
    return 0;
}

int renderPng(const QMap<QString, QString> &options, core::LocalStore &store, QTextStream &out)
{
    const QString file = options.value(QStringLiteral("out"));
    if (file.isEmpty() || !options.contains(QStringLiteral("center")))
        throw core::Error(QStringLiteral("png needs --out FILE.png and --center LAT,LON"));
    const auto centre = numbers(options.value(QStringLiteral("center")), QStringLiteral("center"), 2, u',');
    const auto size = numbers(options.value(QStringLiteral("size"), QStringLiteral("1024x768")),
                              QStringLiteral("size"), 2, u'x');
    bool ok = false;
    const double zoom = options.value(QStringLiteral("zoom"), QStringLiteral("16")).toDouble(&ok);
    if (!ok || zoom < 2 || zoom > 20)
        throw core::Error(QStringLiteral("--zoom: a number from 2 to 20"));
    const double scale = options.value(QStringLiteral("scale"), QStringLiteral("1")).toDouble();
    if (size[0] < 16 || size[1] < 16 || size[0] > 8192 || size[1] > 8192 || scale < 1 || scale > 4)
        throw core::Error(QStringLiteral("--size: from 16x16 to 8192x8192; --scale: 1 to 4"));

    map::CityTileRenderer renderer(store.database());
    const QSizeF logical(size[0], size[1]);
    QImage image(QSize(static_cast<int>(size[0] * scale), static_cast<int>(size[1] * scale)),
                 QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    const QPointF world = map::webmercator::toWorld(QGeoCoordinate(centre[0], centre[1]), zoom);
    renderer.paint(painter, world - QPointF(logical.width() / 2, logical.height() / 2), logical, zoom);
    drawScaleBar(painter, logical, centre[0], zoom);
    drawAttribution(painter, logical, renderer.attribution());
    painter.end();
    // Quality 0 is PNG's strongest compression (screenshots go into the repository).
    if (!image.save(file, nullptr, file.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive) ? 0 : -1))
        throw core::Error(QStringLiteral("%1: cannot write the image").arg(file));
    out << "wrote " << file << "\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CivicDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CivicDesk"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList words = app.arguments().mid(1);
    QString command;
    QString profile;
    QMap<QString, QString> options;
    static const QStringList known = {
        QStringLiteral("out"),    QStringLiteral("zoom"), QStringLiteral("bbox"),   QStringLiteral("scale"),
        QStringLiteral("center"), QStringLiteral("size"), QStringLiteral("profile")};
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w == QLatin1String("--help")) {
            out << kUsage;
            return 0;
        }
        if (w.startsWith(QStringLiteral("--"))) {
            const QString name = w.mid(2);
            if (!known.contains(name) || i + 1 >= words.size()) {
                err << "civicdesk-render: unknown option or missing value: " << w << "\n" << kUsage;
                return 2;
            }
            options.insert(name, words.at(++i));
        } else if (command.isEmpty()) {
            command = w;
        } else {
            err << "civicdesk-render: unexpected argument " << w << "\n" << kUsage;
            return 2;
        }
    }
    profile = options.value(QStringLiteral("profile"));
    if (command != QLatin1String("render-tiles") && command != QLatin1String("png")) {
        err << kUsage;
        return 2;
    }
    try {
        core::LocalStore store{core::Profile(core::Profile::resolveDirectory(profile))};
        return command == QLatin1String("png") ? renderPng(options, store, out)
                                               : renderTiles(options, store, out);
    } catch (const core::Error &e) {
        out.flush();
        err << "civicdesk-render: " << e.message() << "\n";
        return 1;
    }
}
