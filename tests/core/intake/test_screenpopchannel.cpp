#include "core/intake/screenpopchannel.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QtConcurrent/QtConcurrentRun>

using namespace civicdesk::core;

class TestScreenPopChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("number");
        QTest::newRow("--caller") << QStringList{QStringLiteral("--caller"), QStringLiteral("+15551234567")}
                                  << "+15551234567";
        QTest::newRow("--caller=") << QStringList{QStringLiteral("--caller=+15551234567")} << "+15551234567";
        QTest::newRow("tel:") << QStringList{QStringLiteral("tel:+15551234567")} << "+15551234567";
        QTest::newRow("tel: with separators and ext")
            << QStringList{QStringLiteral("tel:+1-555-123-4567;ext=12")} << "+1-555-123-4567;ext=12";
        QTest::newRow("percent encoded")
            << QStringList{QStringLiteral("tel:%2B15551234567")} << "+15551234567";
        QTest::newRow("none") << QStringList{QStringLiteral("--profile"), QStringLiteral("/tmp/x")} << "";
    }

    void arguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, number);
        QCOMPARE(ScreenPopChannel::callerFromArguments(args).value_or(QString()), number);
    }

    void secondPeerHandsOverTheNumber()
    {
        QTemporaryDir dir;
        const QString name = ScreenPopChannel::serverNameFor(dir.path());
        QVERIFY(!ScreenPopChannel::sendToRunning(name, QStringLiteral("+15551234567"), 300));
        ScreenPopChannel first(name);
        QVERIFY(first.listen());
        // A second instance cannot become the primary while the first runs.
        ScreenPopChannel second(name);
        QVERIFY(!second.listen());

        QSignalSpy callers(&first, &ScreenPopChannel::callerArrived);
        QSignalSpy activations(&first, &ScreenPopChannel::activationRequested);
        // The sender blocks until acknowledged, as a second process would; the listener's loop
        // runs here.
        QFuture<bool> sent = QtConcurrent::run(
            [name] { return ScreenPopChannel::sendToRunning(name, QStringLiteral("+15551234567")); });
        QTRY_COMPARE(callers.size(), 1);
        QCOMPARE(callers.first().first().toString(), QStringLiteral("+15551234567"));
        QTRY_VERIFY(sent.isFinished());
        QVERIFY(sent.result());
        QFuture<bool> raised =
            QtConcurrent::run([name] { return ScreenPopChannel::sendToRunning(name, QString()); });
        QTRY_COMPARE(activations.size(), 1);
        QTRY_VERIFY(raised.isFinished());
        QVERIFY(raised.result());
    }

    void differentProfilesDoNotShare()
    {
        QTemporaryDir a, b;
        QVERIFY(ScreenPopChannel::serverNameFor(a.path()) != ScreenPopChannel::serverNameFor(b.path()));
    }
};

CIVICDESK_TEST_MAIN(TestScreenPopChannel)
#include "test_screenpopchannel.moc"
