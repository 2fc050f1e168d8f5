// Takes a call on the real intake screen, waits until its draft is in the store, prints the
// call as JSON and "READY", then idles until it is killed. The crash-recovery test SIGKILLs it.
#include "core/intake/intakeservice.h"
#include "core/store/localstore.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/intake/servicepickeredit.h"

#include <QLineEdit>

#include <QApplication>
#include <QJsonDocument>
#include <QTest>

#include <cstdio>

using namespace civicdesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: civicdesk-test-intake-child PROFILE_DIR\n");
        return 2;
    }
    core::LocalStore store{core::Profile(QString::fromLocal8Bit(argv[1]))};
    store.setActor(QStringLiteral("child"));
    widgets::IntakeWidget intake(store);
    intake.resize(1200, 800);
    intake.show();
    if (!QTest::qWaitForWindowActive(&intake))
        return 3;
    auto type = [](const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); };
    auto key = [](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(QApplication::focusWidget(), k, m); };
    QTest::keyClick(&intake, Qt::Key_F2);
    type(QStringLiteral("2125550143"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Ana"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Ruiz"));
    key(Qt::Key_Tab);
    type(QStringLiteral("ana@example.org"));
    intake.servicePicker()->lineEdit()->setFocus();
    type(QStringLiteral("trash"));
    key(Qt::Key_Return);
    key(Qt::Key_Space); // Trash
    key(Qt::Key_Down);
    key(Qt::Key_Space); // Recycling
    key(Qt::Key_Tab);
    key(Qt::Key_Space); // collection date: now
    key(Qt::Key_Tab);
    type(QStringLiteral("n")); // set out: No
    key(Qt::Key_Tab);
    type(QStringLiteral("Cart was out at 5:30, truck drove past"));
    key(Qt::Key_Tab);
    type(QStringLiteral("12 Elm St"));
    key(Qt::Key_Tab);
    type(QStringLiteral("40.7128"));
    key(Qt::Key_Tab);
    type(QStringLiteral("-74.006"));

    const core::CallSession typed = intake.session();
    core::IntakeService service(store);
    // Wait for the autosave to catch up with the last keystroke, as a real crash would find it.
    const bool saved = QTest::qWaitFor([&] {
        const QList<core::CallSession> drafts = service.unfinishedCalls();
        return !drafts.isEmpty() && drafts.first() == typed;
    }, 10000);
    if (!saved)
        return 4;
    std::printf("%s\nREADY\n", QJsonDocument(typed.toJson()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return QApplication::exec();
}
