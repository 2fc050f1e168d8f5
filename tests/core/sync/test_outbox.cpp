// The outbox is written in the same transaction as each ticket change; the conflicts model.
#include "core/domain/error.h"
#include "core/sync/conflictlistmodel.h"
#include "core/sync/outbox.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/ticketfactory.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

using namespace civicdesk;

class TestOutbox : public QObject
{
    Q_OBJECT

    static QList<QJsonObject> entries(core::LocalStore &store)
    {
        QList<QJsonObject> out;
        for (const auto &e : core::Outbox(store.database()).next(1000))
            out.append(QJsonDocument::fromJson(e.payload).object());
        return out;
    }

private Q_SLOTS:
    void createWritesTicketAndAudit()
    {
        testsupport::TempProfile profile;
        const core::Ticket t = core::TicketService(profile.store()).create(testsupport::potholeTicket());
        const QList<QJsonObject> list = entries(profile.store());
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).value(QStringLiteral("kind")).toString(), QStringLiteral("create"));
        QCOMPARE(
            list.at(0).value(QStringLiteral("doc")).toObject().value(QStringLiteral("reference")).toString(),
            t.referenceNumber);
        QCOMPARE(list.at(1).value(QStringLiteral("kind")).toString(), QStringLiteral("audit"));
        QVERIFY(list.at(0).value(QStringLiteral("change_id")).toString() !=
                list.at(1).value(QStringLiteral("change_id")).toString());
    }

    void rejectedChangeWritesNothing()
    {
        testsupport::TempProfile profile;
        core::TicketService service(profile.store());
        core::Ticket bad = testsupport::potholeTicket();
        bad.serviceCode = QStringLiteral("NO_SUCH_SERVICE");
        const auto throws = [](auto &&f) {
            try {
                f();
            } catch (const core::Error &) {
                return true;
            }
            return false;
        };
        QVERIFY(throws([&] { service.create(bad); }));
        // A batch with one bad ticket at the end leaves no outbox entry for the good ones.
        core::Ticket good = testsupport::generatedTicket(1, QStringLiteral("TST"));
        good.serviceCode = QStringLiteral("POTHOLE");
        good.attributes = testsupport::potholeTicket().attributes;
        core::Ticket duplicate = good;
        QVERIFY(throws([&] { service.addAll({good, duplicate}); }));
        QCOMPARE(core::Outbox(profile.store().database()).pendingCount(), 0);
    }

    void statusChangeCarriesOldAndNewValues()
    {
        testsupport::TempProfile profile;
        core::TicketService service(profile.store());
        const core::Ticket t = service.create(testsupport::potholeTicket());
        service.setStatus(t.referenceNumber, core::TicketStatus::InProgress, QStringLiteral("Crew sent"));
        service.addNote(t.referenceNumber, QStringLiteral("Called back"), true);
        const QList<QJsonObject> list = entries(profile.store());
        // create, audit(created), update, note(status), audit(status), audit(status_notes), note,
        // audit(internal_note): a note added on its own is in the trail too
        QCOMPARE(list.size(), 8);
        QCOMPARE(list.at(7).value(QStringLiteral("kind")).toString(), QStringLiteral("audit"));
        const QJsonObject update = list.at(2);
        QCOMPARE(update.value(QStringLiteral("kind")).toString(), QStringLiteral("update"));
        QCOMPARE(update.value(QStringLiteral("base_version")).toInt(), 1);
        const QJsonObject changes = update.value(QStringLiteral("changes")).toObject();
        QCOMPARE(changes.value(QStringLiteral("status")).toArray(),
                 QJsonArray({QStringLiteral("new"), QStringLiteral("in_progress")}));
        QCOMPARE(changes.value(QStringLiteral("status_notes")).toArray(),
                 QJsonArray({QString(), QStringLiteral("Crew sent")}));
        QVERIFY(!changes.contains(QStringLiteral("description")));
        QCOMPARE(list.at(6).value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
        QCOMPARE(
            list.at(6).value(QStringLiteral("note")).toObject().value(QStringLiteral("internal")).toBool(),
            true);
    }

    void conflictsModelParksRetriesAndDiscards()
    {
        testsupport::TempProfile profile;
        core::TicketService(profile.store()).create(testsupport::potholeTicket());
        const core::Outbox outbox(profile.store().database());
        const QList<core::Outbox::Entry> list = outbox.next(10);
        QCOMPARE(outbox.conflictCount(), 0);
        outbox.park(list.at(0), QStringLiteral("42501: only a supervisor may close"));
        outbox.park(list.at(1), QStringLiteral("23514: check violation"));
        core::ConflictListModel model(profile.store().database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(outbox.conflictCount(), 2);
        QCOMPARE(outbox.pendingCount(), 0);
        QVERIFY(!model.data(model.index(0, core::ConflictListModel::Reference)).toString().isEmpty());
        model.retry(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(outbox.pendingCount(), 1);
        QCOMPARE(outbox.conflictCount(), 1);
        model.discard(0);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(outbox.conflictCount(), 0);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }
};

// support/testmain.h needs QApplication, which core tests do not link; same set-up, headless.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("CIVICDESK_PROFILE");
    TestOutbox tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "test_outbox.moc"
