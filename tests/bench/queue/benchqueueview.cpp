// The real queue view, offscreen: time from building it to its first painted page, and from a
// new filter to the repainted page. Run it on a profile that bench queue kept (--keep DIR).
#include "core/accounts/localsignin.h"
#include "core/domain/clock.h"
#include "core/profile/profile.h"
#include "core/queue/queuemodel.h"
#include "core/store/localstore.h"
#include "widgets/queue/queuefilterbar.h"
#include "widgets/queue/queueview.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QUndoStack>
#include <cstdio>

using namespace civicdesk;

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

    QElapsedTimer t;
    t.start();
    widgets::QueueView view(store, core::LocalSignIn::beforeSignIn(store), &undo);
    view.resize(1366, 768);
    view.ensureLoaded();
    view.show();
    (void)view.table()->grab(); // paints the first page
    const double firstPageMs = t.nsecsElapsed() / 1e6;

    t.restart();
    auto *status = view.filterBar()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("in_progress")));
    (void)view.table()->grab();
    const double filterMs = t.nsecsElapsed() / 1e6;
    core::Clock::setCurrent(nullptr);

    const int rows = view.model()->query().statuses.isEmpty() ? -1 : 0;
    core::QueueQuery all;
    view.setQuery(all);
    const QJsonObject out{{QStringLiteral("first_page_ms"), qRound(firstPageMs * 100) / 100.0},
                          {QStringLiteral("filter_ms"), qRound(filterMs * 100) / 100.0},
                          {QStringLiteral("rows"), rows < 0 ? -1 : view.model()->rowCount()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
