// The four enum <-> key tables (channel, status, priority, wrap-up code) share one template:
// every value round-trips through its key, display names stay the English source texts, and
// each table keeps its own leniency for keys read from files and other systems.
#include "core/domain/channel.h"
#include "core/domain/priority.h"
#include "core/domain/ticketstatus.h"
#include "core/intake/wrapupcode.h"
#include "support/testmain.h"

using namespace civicdesk::core;

class TestEnumKeys : public QObject
{
    Q_OBJECT

private:
    template <typename Enum, typename ToKey, typename FromKey>
    static void roundTrips(std::size_t count, ToKey toKey, FromKey fromKey)
    {
        QSet<QString> seen;
        for (std::size_t i = 0; i < count; ++i) {
            const auto value = static_cast<Enum>(i);
            const QString key = toKey(value);
            QVERIFY2(!key.isEmpty() && !seen.contains(key), qPrintable(key));
            seen.insert(key);
            QCOMPARE(fromKey(key), std::optional<Enum>(value));
        }
    }

private Q_SLOTS:
    void everyValueRoundTrips()
    {
        roundTrips<Channel>(kEnumCount<Channel>, channel::toKey, channel::fromKey);
        roundTrips<Priority>(kEnumCount<Priority>, priority::toKey, priority::fromKey);
        roundTrips<TicketStatus>(kEnumCount<TicketStatus>, ticketstatus::toKey, ticketstatus::fromKey);
        roundTrips<WrapUpCode>(kEnumCount<WrapUpCode>, wrapupcode::toKey, wrapupcode::fromKey);
    }

    void keysAndNamesInEnumOrder()
    {
        QCOMPARE(channel::keys(),
                 QStringList({QStringLiteral("phone"), QStringLiteral("walk_in"), QStringLiteral("email"),
                              QStringLiteral("web"), QStringLiteral("app"), QStringLiteral("social")}));
        QCOMPARE(priority::keys(), QStringList({QStringLiteral("low"), QStringLiteral("normal"),
                                                QStringLiteral("high"), QStringLiteral("urgent")}));
        QCOMPARE(ticketstatus::all().size(), qsizetype(kEnumCount<TicketStatus>));
        QCOMPARE(ticketstatus::all().first(), TicketStatus::New);
        QCOMPARE(ticketstatus::all().last(), TicketStatus::Cancelled);
        QCOMPARE(channel::displayName(Channel::App), QStringLiteral("Mobile app"));
        QCOMPARE(priority::displayName(Priority::Urgent), QStringLiteral("Urgent"));
        QCOMPARE(ticketstatus::displayName(TicketStatus::NotOurResponsibility),
                 QStringLiteral("Not our responsibility"));
        QCOMPARE(wrapupcode::displayName(WrapUpCode::DuplicateLinked),
                 QStringLiteral("Duplicate of an existing ticket"));
    }

    void eachTableKeepsItsLeniency()
    {
        // Status and channel: what people and other systems write.
        QCOMPARE(ticketstatus::fromKey(QStringLiteral(" Action Scheduled ")), TicketStatus::ActionScheduled);
        QCOMPARE(channel::fromKey(QStringLiteral("Walk In")), Channel::WalkIn);
        // Priority: any case, but words are not rewritten.
        QCOMPARE(priority::fromKey(QStringLiteral(" High ")), Priority::High);
        QVERIFY(!priority::fromKey(QStringLiteral("hi-gh")).has_value());
        // Wrap-up codes are only written by CivicDesk: exact keys.
        QVERIFY(!wrapupcode::fromKey(QStringLiteral("Transferred")).has_value());
        QVERIFY(!wrapupcode::fromKey(QStringLiteral("caller hung up")).has_value());
        QVERIFY(!wrapupcode::fromKey(QString()).has_value());
    }

    void openAndClosedStatuses()
    {
        int open = 0;
        for (const TicketStatus s : ticketstatus::all())
            open += ticketstatus::isOpen(s) ? 1 : 0;
        QCOMPARE(open, 5);
        QVERIFY(ticketstatus::isOpen(TicketStatus::OnHold));
        QVERIFY(!ticketstatus::isOpen(TicketStatus::Resolved));
    }
};

CIVICDESK_TEST_MAIN(TestEnumKeys)
#include "test_enumkeys.moc"
