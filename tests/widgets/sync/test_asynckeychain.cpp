// The keychain is read asynchronously at start (issue #13, point 3): starting sync returns at
// once, without a nested event loop that would run other events (a screen pop, a timer) in the
// middle of building the window.
#include "core/sync/serversettings.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/sync/synccontroller.h"

#include <QAction>
#include <QTimer>
#include <QWidget>

using namespace civicdesk;

class TestAsyncKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startDoesNotSpinTheEventLoop()
    {
        testsupport::TempProfile profile;
        core::ServerSettings settings;
        settings.url = QStringLiteral("postgresql://agent@127.0.0.1:1/civicdesk"); // nobody listens
        settings.sslMode = QStringLiteral("disable");
        settings.save(profile.store().profile());

        QWidget window;
        widgets::SyncController controller(profile.store(), &window);
        bool inside = true;
        bool ranInside = false;
        QTimer::singleShot(0, &window, [&] { ranInside = inside; });
        controller.startFromSettings(false);
        inside = false;
        QVERIFY2(!ranInside, "startFromSettings() ran the event loop while it waited for the keychain");
        QVERIFY(!controller.syncNowAction()->isEnabled()); // not started before the keychain answers
        QTRY_VERIFY_WITH_TIMEOUT(controller.syncNowAction()->isEnabled(), 30000);
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestAsyncKeychain)
#include "test_asynckeychain.moc"
