// civicdesk-render: draws the imported city layers into an MBTiles file or one PNG picture.
// Headless: it uses Qt's offscreen platform, so it runs on servers and in cron jobs.
#include "core/domain/error.h"
#include "core/geo/citylayerstore.h"
#include "core/profile/profile.h"
#include "core/store/localstore.h"
#include "map/render/citytilerenderer.h"
#include "map/render/mappicture.h"
#include "map/render/tilepyramid.h"
#include "map/tiles/mbtilesfile.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTextStream>

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
    if (!okMin || (z.size() > 1 && !okMax) || z.size() > 2)
        throw core::Error(QStringLiteral("--zoom: \"%1\" is not a range like 12-17 (0 to 20)").arg(zoom));
    const double scale = options.value(QStringLiteral("scale"), QStringLiteral("1")).toDouble();

    core::GeoBox box = map::TilePyramid::cityBounds(core::CityLayerStore(store.database()));
    if (options.contains(QStringLiteral("bbox"))) {
        const auto v = numbers(options.value(QStringLiteral("bbox")), QStringLiteral("bbox"), 4, u',');
        box = {v[0], v[1], v[2], v[3]};
    } else if (!box.isValid()) {
        throw core::Error(
            QStringLiteral("nothing to render: import city layers first (civicdesk-cli geo import ...)"));
    }
    const map::TilePyramid pyramid(box, minZoom, maxZoom, scale);

    map::CityTileRenderer renderer(store.database());
    map::MbTilesFile mbtiles(file, map::MbTilesFile::Mode::Create);
    const int total = pyramid.write(renderer, mbtiles, [&out](int level, int count) {
        out << "zoom " << level << ": " << count << " tiles\n";
        out.flush();
    });
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
    if (!ok)
        throw core::Error(QStringLiteral("--zoom: a number from 2 to 20"));
    const double scale = options.value(QStringLiteral("scale"), QStringLiteral("1")).toDouble(&ok);
    if (!ok)
        throw core::Error(QStringLiteral("--scale: a number from 1 to 4"));

    const map::MapPicture picture(QGeoCoordinate(centre[0], centre[1]), zoom, QSizeF(size[0], size[1]),
                                  scale);
    const QImage image = picture.render(map::CityTileRenderer(store.database()));
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
