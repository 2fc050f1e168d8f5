// The real queue view, offscreen: time from building it to its first painted page, and from a
// new filter to the repainted page, and until the saved views' counts (counted on a worker) are in.
// Run it on a profile that bench queue kept (--keep DIR).
#include "core/accounts/localsignin.h"
#include "core/domain/clock.h"
#include "core/profile/profile.h"
#include "core/queue/queuemodel.h"
#include "core/queue/savedviewlistmodel.h"
#include "core/store/localstore.h"
#include "widgets/queue/queuefilterbar.h"
#include "widgets/queue/queueview.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <cstdio>
#include <ctime>

using namespace civicdesk;

namespace {
// The UI thread's own CPU time: on a busy machine the wall clock also counts the time the thread
// waited for a core, which says nothing about the view.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QStringLiteral("The profile bench queue kept."), QStringLiteral("DIR"));
    parser.addOption(profileOption);
    parser.process(app);
    if (!parser.isSet(profileOption)) {
        std::fprintf(stderr, "civicdesk-bench-queueview: --profile DIR is required\n");
        return 2;
    }
    // The same "now" as bench queue: the end of its generated year.
    const core::FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
    core::Clock::setCurrent(&clock);
    core::LocalStore store{core::Profile(parser.value(profileOption))};
    QUndoStack undo;

    {
        // In the console the queue tab opens in a window that is already up, with Qt's fonts and
        // style loaded: pay those here, once, so that the figures are the queue view's own.
        QTableView warmUp;
        warmUp.resize(1366, 768);
        warmUp.show();
        (void)warmUp.grab();
    }
    const double cpuAtStart = threadCpuMs();
    QElapsedTimer t;
    t.start();
    QElapsedTimer sinceStart;
    sinceStart.start();
    widgets::QueueView view(store, core::LocalSignIn::beforeSignIn(store), &undo);
    view.resize(1366, 768);
    const double builtMs = t.nsecsElapsed() / 1e6;
    view.ensureLoaded();
    const double loadedMs = t.nsecsElapsed() / 1e6;
    double countsMs = -1;
    QObject::connect(view.savedViewModel(), &core::SavedViewListModel::counted, &app,
                     [&] { countsMs = sinceStart.nsecsElapsed() / 1e6; });
    view.show();
    (void)view.table()->grab(); // paints the first page
    const double firstPageMs = t.nsecsElapsed() / 1e6;
    const double firstPageCpuMs = threadCpuMs() - cpuAtStart;

    t.restart();
    auto *status = view.filterBar()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("in_progress")));
    (void)view.table()->grab();
    const double filterMs = t.nsecsElapsed() / 1e6;
    if (countsMs < 0) {
        QEventLoop loop;
        QObject::connect(view.savedViewModel(), &core::SavedViewListModel::counted, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        if (countsMs < 0) {
            std::fprintf(stderr, "civicdesk-bench-queueview: the saved views' counts did not arrive\n");
            return 1;
        }
    }
    core::Clock::setCurrent(nullptr);

    const int rows = view.model()->query().statuses.isEmpty() ? -1 : 0;
    core::QueueQuery all;
    view.setQuery(all);
    const QJsonObject out{
        {QStringLiteral("first_page_ms"), qRound(firstPageMs * 100) / 100.0},
        {QStringLiteral("first_page_ui_thread_cpu_ms"), qRound(firstPageCpuMs * 100) / 100.0},
        {QStringLiteral("built_ms"), qRound(builtMs * 100) / 100.0},
        {QStringLiteral("loaded_ms"), qRound(loadedMs * 100) / 100.0},
        {QStringLiteral("filter_ms"), qRound(filterMs * 100) / 100.0},
        {QStringLiteral("saved_view_counts_ms"), qRound(countsMs * 100) / 100.0},
        {QStringLiteral("rows"), rows < 0 ? -1 : view.model()->totalCount()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
