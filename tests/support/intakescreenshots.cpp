// Drives the real main window through the intake states with key events and saves a grab of
// each: empty, mid-call with attributes, saved with the read-back, and the 911 banner.
// Run under Xvfb: xvfb-run -s "-screen 0 1600x1000x24" civicdesk-intake-screenshots PROFILE OUTDIR
#include "core/store/localstore.h"
#include "widgets/intake/descriptionedit.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/intake/locationsection.h"
#include "widgets/intake/referencereadback.h"
#include "widgets/intake/servicepickeredit.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <cstdio>

using namespace civicdesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: civicdesk-intake-screenshots PROFILE_DIR OUT_DIR\n");
        return 2;
    }
    core::LocalStore store{core::Profile(QString::fromLocal8Bit(argv[1]))};
    store.setActor(QStringLiteral("jdoe"));
    const QDir out(QString::fromLocal8Bit(argv[2]));
    widgets::MainWindow window(store);
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 3;
    // Xvfb has no window manager to hand out focus; ask for it directly.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        std::fprintf(stderr, "warning: the window did not become active; key events may be lost\n");
    auto shot = [&](const char *name) {
        QTest::qWait(50); // let queued layout and paint events run before the grab
        window.grab().save(out.filePath(QString::fromLatin1(name)));
        std::printf("%s\n", name);
    };
    auto type = [](const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); };
    auto key = [](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), k, m);
    };
    widgets::IntakeWidget *intake = window.intake();

    shot("intake-empty.png");

    QTest::keyClick(&window, Qt::Key_F2);
    type(QStringLiteral("2125550143"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Ana"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Ruiz"));
    intake->servicePicker()->lineEdit()->setFocus();
    type(QStringLiteral("hole in ro"));
    shot("intake-picker.png");
    key(Qt::Key_Return);
    type(QStringLiteral("a"));
    key(Qt::Key_Tab);
    type(QStringLiteral("t"));
    key(Qt::Key_Tab);
    type(QStringLiteral("2"));
    key(Qt::Key_Tab);
    type(QStringLiteral("n"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Two deep holes in the eastbound lane, cars swerving around them."));
    key(Qt::Key_Tab);
    type(QStringLiteral("1200 Main St"));
    key(Qt::Key_Tab);
    type(QStringLiteral("40.7128"));
    key(Qt::Key_Tab);
    type(QStringLiteral("-74.0060"));
    shot("intake-midcall.png");

    key(Qt::Key_Return, Qt::ControlModifier);
    if (!QTest::qWaitFor([intake] { return intake->readback()->isVisible(); }, 10000)) // written on a worker
        std::fprintf(stderr, "warning: the save did not land\n");
    shot("intake-saved.png");
    key(Qt::Key_Return);

    QTest::keyClick(&window, Qt::Key_F2);
    type(QStringLiteral("3475550199"));
    key(Qt::Key_Return);
    type(QStringLiteral("smoke"));
    intake->descriptionEdit()->editor()->setFocus();
    type(QStringLiteral("Caller sees thick smoke coming out of the apartment building next door"));
    shot("intake-911.png");
    return 0;
}
