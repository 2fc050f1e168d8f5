#include "core/domain/channel.h"
#include "core/domain/priority.h"
#include "core/domain/ticketstatus.h"
#include "support/testmain.h"

using namespace civicdesk::core;

class TestTicketStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void open311Mapping_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("open311");
        const QStringList open = {QStringLiteral("new"), QStringLiteral("acknowledged"), QStringLiteral("in_progress"),
                                  QStringLiteral("action_scheduled"), QStringLiteral("on_hold")};
        const QStringList closed = {QStringLiteral("resolved"), QStringLiteral("closed"), QStringLiteral("duplicate"),
                                    QStringLiteral("not_our_responsibility"), QStringLiteral("cancelled")};
        for (const auto &k : open)
            QTest::newRow(qPrintable(k)) << k << QStringLiteral("open");
        for (const auto &k : closed)
            QTest::newRow(qPrintable(k)) << k << QStringLiteral("closed");
    }
    void open311Mapping()
    {
        QFETCH(QString, key);
        QFETCH(QString, open311);
        const auto status = ticketstatus::fromKey(key);
        QVERIFY(status.has_value());
        QCOMPARE(ticketstatus::toKey(*status), key);
        QCOMPARE(ticketstatus::open311Status(*status), open311);
    }

    void tenStatuses()
    {
        QCOMPARE(ticketstatus::all().size(), 10);
        QCOMPARE(ticketstatus::keys().size(), 10);
    }

    void lenientKeys()
    {
        QCOMPARE(ticketstatus::fromKey(QStringLiteral("In Progress")), TicketStatus::InProgress);
        QCOMPARE(ticketstatus::fromKey(QStringLiteral("ON-HOLD")), TicketStatus::OnHold);
        QVERIFY(!ticketstatus::fromKey(QStringLiteral("finished")).has_value());
        QCOMPARE(channel::fromKey(QStringLiteral("walk-in")), Channel::WalkIn);
        QVERIFY(!channel::fromKey(QStringLiteral("fax")).has_value());
        QCOMPARE(priority::fromKey(QStringLiteral("URGENT")), Priority::Urgent);
        QCOMPARE(channel::keys().size(), 6);
    }
};

CIVICDESK_TEST_MAIN(TestTicketStatus)
#include "test_ticketstatus.moc"
