// Status changes that matter reach screen readers as accessibility events: the saved request
// with its reference number, and the 911 banner (at once, as an alert).
#include "support/requireall.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/intake/callheader.h"
#include "widgets/intake/descriptionedit.h"
#include "widgets/intake/emergencybanner.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/intake/locationsection.h"
#include "widgets/intake/referencereadback.h"
#include "widgets/shell/mainwindow.h"

#include <QAccessible>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace civicdesk;

namespace {
struct Heard
{
    QAccessible::Event type;
    QObject *object;
    QString text; // what a reader would read: the object's name and description
};
QList<Heard> g_heard;

void listen(QAccessibleEvent *event)
{
    QString text;
    if (QAccessibleInterface *iface = event->accessibleInterface()) {
        text = iface->text(QAccessible::Name) + u'\n' + iface->text(QAccessible::Description);
    }
    g_heard.append({event->type(), event->object(), text});
}

// Xvfb has no window manager to activate a new window: the test asks for the input focus.
void showActive(QWidget *window)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());
}

bool heard(const QString &words, QObject *from, std::optional<QAccessible::Event> type = std::nullopt)
{
    for (const Heard &h : std::as_const(g_heard)) {
        if (h.object == from && h.text.contains(words) && (!type || h.type == *type))
            return true;
    }
    return false;
}
} // namespace

class TestAnnouncements : public QObject
{
    Q_OBJECT

    std::unique_ptr<testsupport::TempProfile> m_profile;

private Q_SLOTS:
    void initTestCase()
    {
        QAccessible::installUpdateHandler(listen);
        QAccessible::setActive(true);
        QTRY_VERIFY2_WITH_TIMEOUT(
            QAccessible::isActive(),
            qPrintable(QStringLiteral("no accessibility on the platform ") + QGuiApplication::platformName()),
            10000);
    }
    void cleanupTestCase() { QAccessible::installUpdateHandler(nullptr); }
    void init()
    {
        m_profile = std::make_unique<testsupport::TempProfile>();
        g_heard.clear();
    }
    void cleanup() { m_profile.reset(); }

    void savedRequestAndItsReferenceAreAnnounced()
    {
        widgets::MainWindow window(m_profile->store());
        showActive(&window);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(&window, Qt::Key_F2);
        window.intake()->startRequestForService(QStringLiteral("POTHOLE"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A);
        window.intake()->locationSection()->addressEdit()->setFocus();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12 Elm St"));
        g_heard.clear();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        // Written on a worker: "Saving…" at once, the reference when it lands.
        auto *header = window.intake()->findChild<widgets::CallHeader *>();
        QVERIFY2(heard(QStringLiteral("Saving…"), header), "the save's start was not announced");
        QTRY_COMPARE(window.intake()->callState(), core::CallLifecycle::State::Saved);
        const QString reference = window.intake()->readback()->reference();
        QVERIFY2(heard(QStringLiteral("Saved ") + reference, header), "the saved call was not announced");
        QVERIFY(reference.startsWith(QStringLiteral("TST-")));
        QVERIFY2(heard(QStringLiteral("Saved ") + reference, window.statusBar()),
                 "the save was not announced");
    }

    void emergencyBannerIsAnAlert()
    {
        widgets::IntakeWidget intake(m_profile->store());
        showActive(&intake);
        if (QTest::currentTestFailed())
            return;
        intake.newCallAction()->trigger();
        intake.descriptionEdit()->editor()->setFocus();
        QTest::keyClicks(intake.descriptionEdit()->editor(), QStringLiteral("streetlight out"));
        QVERIFY(!heard(QStringLiteral("Transfer the caller to 911"), intake.emergencyBanner()));
        QTest::keyClicks(intake.descriptionEdit()->editor(), QStringLiteral(", and I smell gas"));
        QVERIFY(intake.emergencyBanner()->isVisible());
        QVERIFY2(
            heard(QStringLiteral("Transfer the caller to 911"), intake.emergencyBanner(), QAccessible::Alert),
            "the banner was not announced as an alert");
        // Said once, not again with every key typed while it stays up.
        const auto alerts = [] {
            return std::count_if(g_heard.cbegin(), g_heard.cend(),
                                 [](const Heard &h) { return h.type == QAccessible::Alert; });
        };
        const auto before = alerts();
        QTest::keyClicks(intake.descriptionEdit()->editor(), QStringLiteral(" today"));
        QCOMPARE(alerts(), before);
    }
};

// Qt's offscreen platform has no accessibility: QAccessible::isActive() stays false there and no
// event reaches an update handler. So the test runs itself again as a desktop would run it: on
// X11 (a throw-away Xvfb that xvfb-run finds a free display for), with a private D-Bus session
// and the AT-SPI accessibility bus that screen readers listen on.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("CIVICDESK_A11Y_UNDER_XVFB")) {
        QStringList missing;
        for (const char *tool : {"dbus-run-session", "dbus-send", "xvfb-run"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                missing.append(QLatin1String(tool));
        }
        if (!missing.isEmpty()) {
            const bool required = civicdesk::testsupport::requireAll();
            std::fprintf(stderr, "%s: %s not installed (Debian: dbus, xvfb, xauth, at-spi2-core)\n",
                         required ? "FAIL" : "SKIP", qPrintable(missing.join(QStringLiteral(", "))));
            return required ? 1 : 0;
        }
        qputenv("CIVICDESK_A11Y_UNDER_XVFB", "1");
        qputenv("QT_QPA_PLATFORM", "xcb");
        // Qt's AT-SPI bridge reports itself active once the accessibility bus is up, even with
        // no screen reader attached.
        qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
        // dbus-send starts the accessibility bus (org.a11y.Bus) before the test connects.
        std::vector<const char *> args{
            "dbus-run-session", "--", "sh", "-c",
            "dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress "
            ">/dev/null 2>&1; exec xvfb-run -a -s '-screen 0 1366x768x24' \"$0\" \"$@\""};
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        ::execvp(args[0], const_cast<char *const *>(args.data()));
        std::perror("execvp dbus-run-session");
        return 1;
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("CIVICDESK_PROFILE");
    TestAnnouncements tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "test_announcements.moc"
