#include "core/domain/timeordereduuid.h"
#include "support/testmain.h"

#include <QSet>

using namespace civicdesk::core;

class TestTimeOrderedUuid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndOrder()
    {
        QSet<QUuid> seen;
        QString previousPrefix;
        for (int i = 0; i < 100000; ++i) {
            const QUuid id = timeOrderedUuid();
            // Qt 6.4's QUuid::version() knows versions 1-5 only, so read the fields directly.
            const QByteArray bytes = id.toRfc4122();
            QCOMPARE((static_cast<quint8>(bytes.at(6)) >> 4), 7);
            QCOMPARE((static_cast<quint8>(bytes.at(8)) >> 6), 2);
            seen.insert(id);
            // The first 12 hex digits are the time: never going backwards.
            const QString prefix = id.toString(QUuid::WithoutBraces).remove(u'-').left(12);
            QVERIFY(prefix >= previousPrefix);
            previousPrefix = prefix;
        }
        QCOMPARE(seen.size(), 100000);
        const qint64 ms = previousPrefix.toLongLong(nullptr, 16);
        QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60000);
    }
};

CIVICDESK_TEST_MAIN(TestTimeOrderedUuid)
#include "test_timeordereduuid.moc"
