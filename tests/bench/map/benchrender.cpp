// bench render: frames of the ticket map, offscreen at 1920x1080, while panning over 100,000
// pins. Prints JSON figures. A separate executable because civicdesk-cli links core only.
#include "cli/bench/benchpoints.h"
#include "core/pins/ticketclusters.h"
#include "map/tiles/tileloader.h"
#include "map/tiles/tilesource.h"
#include "widgets/map/mapview.h"
#include "widgets/map/ticketlayer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <random>
#include <time.h>

using namespace civicdesk;

namespace {

// Stands in for any raster source: real-looking work per tile (a fill and a few strokes).
class SyntheticTiles final : public map::TileSource
{
public:
    QString name() const override { return QStringLiteral("synthetic"); }
    QString attribution() const override { return QStringLiteral("Synthetic tiles for the benchmark"); }
    int minZoom() const override { return 0; }
    int maxZoom() const override { return 19; }
    QImage tile(const map::TileId &id, qreal dpr) override
    {
        QImage image(qRound(256 * dpr), qRound(256 * dpr), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(QColor(0xf2, 0xef, 0xe9));
        QPainter p(&image);
        p.setPen(QPen(QColor(0xcc, 0xc6, 0xbb), 3));
        for (int k = 0; k < 4; ++k)
            p.drawLine(0, 32 + 64 * k + id.y % 7, 256, 40 + 64 * k);
        return image;
    }
};

// CPU time of this thread: on a shared machine the wall clock also counts other people's work.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(std::ceil(p * double(v.size()))) - 1)];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption pinsOption(QStringLiteral("pins"), QStringLiteral("Pins on the map."), QStringLiteral("N"),
                                        QStringLiteral("100000"));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("Frames per zoom."),
                                          QStringLiteral("N"), QStringLiteral("120"));
    parser.addOptions({pinsOption, framesOption});
    parser.process(app);
    const int pinCount = std::max(1, parser.value(pinsOption).toInt());
    const int frames = std::max(1, parser.value(framesOption).toInt());

    const auto points = cli::BenchPoints::generate(pinCount, 311);
    auto pins = std::make_shared<core::TicketPinSet>();
    const auto statuses = core::ticketstatus::all();
    for (qsizetype i = 0; i < qsizetype(points.size()); ++i)
        pins->append(QUuid(), points[size_t(i)].lat, points[size_t(i)].lon, statuses.at(i % statuses.size()),
                     QStringLiteral("S%1").arg(i % 12), i);
    QElapsedTimer timer;
    timer.start();
    auto clusters = core::TicketClusters::build(pins, {});
    const double clusterMs = double(timer.nsecsElapsed()) / 1e6;

    widgets::MapView view;
    view.resize(1920, 1080);
    auto *layer = new widgets::TicketLayer(&view);
    layer->setClusters(clusters);
    view.addLayer(layer);
    view.setTileSource(std::make_shared<SyntheticTiles>());
    QImage frame(view.size(), QImage::Format_ARGB32_Premultiplied);

    QJsonArray perZoom;
    std::vector<double> all;
    std::vector<double> allCpu;
    double worstP95 = 0;
    double worstCpuP95 = 0;
    for (double zoom : {11.0, 12.5, 14.0, 15.5, 17.0}) {
        view.setCenter({40.72, -73.84});
        view.setZoom(zoom);
        // Warm up: the tiles of the start view and the sprites, as after the first second.
        for (int i = 0; i < 3; ++i) {
            view.render(&frame);
            view.tileLoader()->waitForIdle();
            QCoreApplication::processEvents();
        }
        std::vector<double> times;
        std::vector<double> cpu;
        qint64 drawn = 0;
        // Pan east and south by 6 px a frame, as a steady drag does; new tiles load meanwhile.
        for (int f = 0; f < frames; ++f) {
            view.setCenterUnits(view.viewport().screenToUnits(QPointF(960 + 6, 540 + 3)));
            const double cpu0 = threadCpuMs();
            timer.restart();
            view.render(&frame);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpu.push_back(threadCpuMs() - cpu0);
            drawn += layer->lastDrawnCount();
            QCoreApplication::processEvents();
        }
        all.insert(all.end(), times.begin(), times.end());
        allCpu.insert(allCpu.end(), cpu.begin(), cpu.end());
        worstP95 = std::max(worstP95, percentile(times, 0.95));
        worstCpuP95 = std::max(worstCpuP95, percentile(cpu, 0.95));
        perZoom.append(QJsonObject{{QStringLiteral("zoom"), zoom},
                                   {QStringLiteral("frame_ms_p50"), percentile(times, 0.5)},
                                   {QStringLiteral("frame_ms_p95"), percentile(times, 0.95)},
                                   {QStringLiteral("frame_ms_max"), percentile(times, 1.0)},
                                   {QStringLiteral("frame_cpu_ms_p50"), percentile(cpu, 0.5)},
                                   {QStringLiteral("frame_cpu_ms_p95"), percentile(cpu, 0.95)},
                                   {QStringLiteral("items_drawn_mean"), double(drawn) / frames}});
    }
    layer->setHeatmap(true);
    view.setZoom(13.0);
    std::vector<double> heat;
    std::vector<double> heatCpu;
    for (int f = 0; f < frames; ++f) {
        view.setCenterUnits(view.viewport().screenToUnits(QPointF(960 + 6, 540)));
        const double cpu0 = threadCpuMs();
        timer.restart();
        view.render(&frame);
        heat.push_back(double(timer.nsecsElapsed()) / 1e6);
        heatCpu.push_back(threadCpuMs() - cpu0);
        QCoreApplication::processEvents();
    }
    view.tileLoader()->waitForIdle();

    const QJsonObject result{{QStringLiteral("pins"), pinCount},
                             {QStringLiteral("viewport"), QStringLiteral("1920x1080")},
                             {QStringLiteral("frames_per_zoom"), frames},
                             {QStringLiteral("cluster_build_ms"), clusterMs},
                             {QStringLiteral("frame_ms_p50"), percentile(all, 0.5)},
                             {QStringLiteral("frame_ms_p95"), percentile(all, 0.95)},
                             {QStringLiteral("frame_ms_max"), percentile(all, 1.0)},
                             {QStringLiteral("worst_zoom_p95_ms"), worstP95},
                             {QStringLiteral("frame_cpu_ms_p50"), percentile(allCpu, 0.5)},
                             {QStringLiteral("frame_cpu_ms_p95"), percentile(allCpu, 0.95)},
                             {QStringLiteral("worst_zoom_cpu_p95_ms"), worstCpuP95},
                             {QStringLiteral("heatmap_frame_ms_p95"), percentile(heat, 0.95)},
                             {QStringLiteral("heatmap_frame_cpu_ms_p95"), percentile(heatCpu, 0.95)},
                             {QStringLiteral("budget_ms"), 8},
                             {QStringLiteral("zooms"), perZoom}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
