#include "core/intake/intakeservice.h"
#include "core/kb/kbrepository.h"
#include "core/models/ticketlistmodel.h"
#include "core/store/calllogrepository.h"
#include "core/store/ticketrepository.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/intake/attributeform.h"
#include "widgets/intake/callerpanel.h"
#include "widgets/intake/descriptionedit.h"
#include "widgets/intake/emergencybanner.h"
#include "widgets/intake/incomingcallbar.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/intake/locationsection.h"
#include "widgets/intake/referencereadback.h"
#include "widgets/intake/servicepickeredit.h"
#include "widgets/intake/wrapupdialog.h"
#include "widgets/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace civicdesk;

namespace {
// Keyboard only: every key goes to whatever has focus, and is counted unless it is free text.
struct Keyboard
{
    QWidget *window = nullptr;
    int count = 0;
    QWidget *target() const
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : window;
    }
    void press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(target(), key, mods);
        ++count;
    }
    void type(const QString &text)
    {
        for (QChar c : text) {
            QTest::keyClicks(target(), QString(c));
            ++count;
        }
    }
    void typeFreeText(const QString &text) { QTest::keyClicks(target(), text); }
};

QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QStringLiteral("<none>");
}
} // namespace

class TestIntakeWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<testsupport::TempProfile>();
        m_intake = std::make_unique<widgets::IntakeWidget>(m_profile->store());
        m_intake->resize(1400, 900);
        m_intake->show();
        QVERIFY(QTest::qWaitForWindowActive(m_intake.get()));
        m_keys = {m_intake.get(), 0};
    }

    void cleanup()
    {
        m_intake.reset();
        m_profile.reset();
    }

    void newCallStartsTimerAndFocusesPhone()
    {
        QVERIFY(!m_intake->isCallOpen());
        QCOMPARE(m_intake->timerLabel()->text(), QStringLiteral("--:--"));
        QVERIFY(m_intake->newCallAction()->toolTip().contains(QStringLiteral("F2")));
        m_keys.press(Qt::Key_F2);
        QVERIFY(m_intake->isCallOpen());
        QCOMPARE(focusName(), QStringLiteral("callerPhone"));
        QVERIFY(m_intake->timerLabel()->text().startsWith(QStringLiteral("00:0")));
        // The phone is formatted as typed and stored as E.164.
        m_keys.type(QStringLiteral("2125550143"));
        QCOMPARE(m_intake->callerPanel()->phoneEdit()->text(), QStringLiteral("(212) 555-0143"));
        QCOMPARE(m_intake->session().phoneE164(), QStringLiteral("+12125550143"));
    }

    void historyAppearsForKnownCaller()
    {
        core::IntakeService service(m_profile->store());
        core::CallSession s = service.startCall(QStringLiteral("+12125550143"));
        s.serviceCode = QStringLiteral("GRAFFITI");
        s.attributes = {{QStringLiteral("GRAF_SURFACE"), {QStringLiteral("FENCE")}},
                        {QStringLiteral("GRAF_PROPERTY"), {QStringLiteral("PUBLIC")}}};
        s.address = QStringLiteral("12 Elm St");
        const QString reference = service.saveTicket(s).ticket.referenceNumber;
        m_keys.press(Qt::Key_F2);
        m_keys.type(QStringLiteral("2125550143"));
        auto *history = m_intake->findChild<QListView *>(QStringLiteral("callerHistory"));
        QCOMPARE(history->model()->rowCount(), 2); // the ticket and its call
        bool found = false;
        for (int row = 0; row < 2; ++row)
            found = found || history->model()->index(row, 0).data().toString().contains(reference);
        QVERIFY(found);
    }

    void keyboardOnlyIntakes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<int>>(
            "answerKeys");                         // keys after the service is chosen, before the description
        QTest::addColumn<QStringList>("expected"); // attribute=value pairs on the saved ticket
        // Combo boxes take the first letter of an answer; lists tick with Space; Tab moves on.
        QTest::newRow("POTHOLE") << "POTHOLE"
                                 << "pot"
                                 << QList<int>{Qt::Key_L, Qt::Key_Tab, Qt::Key_Tab, Qt::Key_Tab, Qt::Key_Tab}
                                 << QStringList{QStringLiteral("POTHOLE_SIZE=LARGE")};
        QTest::newRow("MISSED_COLLECTION")
            << "MISSED_COLLECTION"
            << "trash"
            << QList<int>{Qt::Key_Space, Qt::Key_Tab, Qt::Key_Space, Qt::Key_Tab, Qt::Key_Y, Qt::Key_Tab}
            << QStringList{QStringLiteral("MISSED_STREAM=TRASH"), QStringLiteral("MISSED_SETOUT=YES")};
        QTest::newRow("STREETLIGHT_OUT")
            << "STREETLIGHT_OUT"
            << "streetl" << QList<int>{Qt::Key_C, Qt::Key_Tab, Qt::Key_Tab, Qt::Key_Tab}
            << QStringList{QStringLiteral("LIGHT_PROBLEM=OUT")};
        QTest::newRow("NOISE") << "NOISE"
                               << "noise"
                               << QList<int>{Qt::Key_L, Qt::Key_Tab, Qt::Key_Tab, Qt::Key_Tab, Qt::Key_Tab}
                               << QStringList{QStringLiteral("NOISE_SOURCE=MUSIC")};
        QTest::newRow("GRAFFITI") << "GRAFFITI"
                                  << "graf"
                                  << QList<int>{Qt::Key_Space, Qt::Key_Tab, Qt::Key_P, Qt::Key_Tab,
                                                Qt::Key_Tab}
                                  << QStringList{QStringLiteral("GRAF_SURFACE=BUILDING"),
                                                 QStringLiteral("GRAF_PROPERTY=PUBLIC")};
    }

    void keyboardOnlyIntakes()
    {
        QFETCH(QString, code);
        QFETCH(QString, search);
        QFETCH(QList<int>, answerKeys);
        QFETCH(QStringList, expected);
        QSignalSpy saved(m_intake.get(), &widgets::IntakeWidget::ticketSaved);
        QSignalSpy ended(m_intake.get(), &widgets::IntakeWidget::callEnded);

        m_keys.press(Qt::Key_F2);
        m_keys.type(QStringLiteral("2125550143"));
        m_keys.press(Qt::Key_Return); // on to the service type
        QCOMPARE(focusName(), QStringLiteral("serviceSearch"));
        m_keys.type(search);
        m_keys.press(Qt::Key_Return); // take the best match, on to its first question
        QCOMPARE(m_intake->servicePicker()->serviceCode(), code);
        for (int key : answerKeys)
            m_keys.press(Qt::Key(key));
        QCOMPARE(focusName(), QStringLiteral("description"));
        m_keys.typeFreeText(QStringLiteral("Caller reports it near the bus stop"));
        m_keys.press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("locationAddress"));
        m_keys.typeFreeText(QStringLiteral("12 Elm St"));
        m_keys.press(Qt::Key_Return, Qt::ControlModifier); // save
        QTRY_VERIFY2(saved.size() == 1, qPrintable(m_intake->problemsLabel()->text()));
        m_keys.press(Qt::Key_Return); // finish the call after the read-back
        QCOMPARE(ended.size(), 1);

        const QString reference = saved.first().first().toString();
        const auto ticket = core::TicketRepository(m_profile->store().database()).findByReference(reference);
        QVERIFY(ticket);
        QCOMPARE(ticket->serviceCode, code);
        QCOMPARE(ticket->caller.phone, QStringLiteral("+12125550143"));
        QCOMPARE(ticket->address, QStringLiteral("12 Elm St"));
        for (const QString &pair : expected) {
            const QString attribute = pair.section(u'=', 0, 0);
            QVERIFY2(ticket->attributes.value(attribute).contains(pair.section(u'=', 1)),
                     qPrintable(attribute + QStringLiteral(": ") +
                                ticket->attributes.value(attribute).join(u',')));
        }
        const auto calls = core::CallLogRepository(m_profile->store().database())
                               .forCaller(QStringLiteral("+12125550143"), 5);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().wrapUp, QStringLiteral("ticket_created"));
        QVERIFY(calls.first().endedAt.isValid());
        QVERIFY(m_intake->intakeService().unfinishedCalls().isEmpty());
        std::printf("intake-keystrokes %s: %d keystrokes (without description and address)\n",
                    qPrintable(code), m_keys.count);
        std::fflush(stdout);
        QVERIFY2(m_keys.count <= 40, qPrintable(QString::number(m_keys.count)));
    }

    void attributeWidgetsFollowDatatypes()
    {
        m_keys.press(Qt::Key_F2);
        m_intake->startRequestForService(QStringLiteral("FOOD_ESTABLISHMENT"));
        auto *form = m_intake->attributeForm();
        QVERIFY(
            qobject_cast<QLineEdit *>(form->inputFor(QStringLiteral("attributes.FOOD_BUSINESS")))); // string
        QVERIFY(
            qobject_cast<QListWidget *>(form->inputFor(QStringLiteral("attributes.FOOD_ISSUE")))); // multi
        QVERIFY(qobject_cast<QDateTimeEdit *>(
            form->inputFor(QStringLiteral("attributes.FOOD_VISIT")))); // datetime
        QVERIFY(
            qobject_cast<QLineEdit *>(form->inputFor(QStringLiteral("attributes.FOOD_ILL_COUNT")))); // number
        // Fields in order, with buddies, accessible names and hints.
        const QList<QWidget *> inputs = form->inputs();
        QCOMPARE(inputs.first()->objectName(), QStringLiteral("attribute_FOOD_BUSINESS"));
        QCOMPARE(inputs.last()->objectName(), QStringLiteral("attribute_FOOD_ILL_COUNT"));
        for (QWidget *input : inputs)
            QVERIFY(!input->accessibleName().isEmpty());
        QCOMPARE(inputs.last()->toolTip(), QStringLiteral("Whole number; 0 if nobody"));
        // Inline validation of a number.
        inputs.last()->setFocus();
        m_keys.type(QStringLiteral("two"));
        auto errors = form->findChildren<QLabel *>(QStringLiteral("fieldError"));
        bool shown = false;
        for (QLabel *e : errors)
            shown = shown || (e->isVisible() && e->text().contains(QStringLiteral("number")));
        QVERIFY(shown);

        m_intake->startRequestForService(QStringLiteral("DEBRIS_ROADWAY"));
        // variable=false is information text, not an input; text is multi-line; required marked.
        QVERIFY(m_intake->findChild<QLabel *>(QStringLiteral("attributeInfo_DEBRIS_INFO")));
        QVERIFY(!form->inputFor(QStringLiteral("attributes.DEBRIS_INFO")));
        m_intake->startRequestForService(QStringLiteral("NOISE"));
        QVERIFY(qobject_cast<QPlainTextEdit *>(form->inputFor(QStringLiteral("attributes.NOISE_DETAILS"))));
        QVERIFY(qobject_cast<QComboBox *>(form->inputFor(QStringLiteral("attributes.NOISE_SOURCE"))));
        bool requiredMarked = false;
        for (QLabel *l : form->findChildren<QLabel *>())
            requiredMarked =
                requiredMarked || (l->buddy() == form->inputFor(QStringLiteral("attributes.NOISE_SOURCE")) &&
                                   l->text().endsWith(u'*'));
        QVERIFY(requiredMarked);
    }

    void badInputIsNamedAndNothingSaved()
    {
        m_keys.press(Qt::Key_F2);
        m_keys.type(QStringLiteral("555-12"));
        m_keys.press(Qt::Key_Tab);
        QVERIFY(m_intake->callerPanel()
                    ->findChildren<QLabel *>(QStringLiteral("fieldError"))
                    .first()
                    ->isVisible());
        m_intake->callerPanel()->findChild<QLineEdit *>(QStringLiteral("callerEmail"))->setFocus();
        m_keys.type(QStringLiteral("ana@"));
        m_keys.press(Qt::Key_Tab);
        int visibleErrors = 0;
        for (QLabel *e : m_intake->callerPanel()->findChildren<QLabel *>(QStringLiteral("fieldError")))
            visibleErrors += e->isVisible() ? 1 : 0;
        QCOMPARE(visibleErrors, 2);

        m_intake->servicePicker()->lineEdit()->setFocus();
        m_keys.type(QStringLiteral("pothole"));
        m_keys.press(Qt::Key_Return);
        m_intake->descriptionEdit()->editor()->setFocus();
        m_keys.typeFreeText(QStringLiteral("<b>big</b> hole"));
        QVERIFY(m_intake->descriptionEdit()
                    ->findChild<QLabel *>(QStringLiteral("fieldError"))
                    ->text()
                    .contains(QStringLiteral("HTML")));
        m_keys.press(Qt::Key_Return, Qt::ControlModifier);
        const QString problems = m_intake->problemsLabel()->text();
        QVERIFY(m_intake->problemsLabel()->isVisible());
        QVERIFY2(problems.contains(QStringLiteral("Phone")), qPrintable(problems));
        QVERIFY(problems.contains(QStringLiteral("Email")));
        // The question is named once: "How large is the pothole?: is required".
        QVERIFY2(problems.contains(QStringLiteral("How large is the pothole?: is required")),
                 qPrintable(problems));
        QCOMPARE(problems.count(QStringLiteral("How large is the pothole?")), 1);
        QVERIFY(problems.contains(QStringLiteral("Description")));
        // A pothole needs a place: the message names the field.
        QVERIFY2(problems.contains(QStringLiteral(
                     "Address: Pothole needs a place: type the address or put a pin on the map")),
                 qPrintable(problems));
        QCOMPARE(focusName(), QStringLiteral("callerPhone")); // the first problem gets the cursor
        QCOMPARE(core::TicketRepository(m_profile->store().database()).count(), 0);
        QVERIFY(m_intake->isCallOpen());
    }

    void descriptionCounter()
    {
        m_keys.press(Qt::Key_F2);
        m_intake->descriptionEdit()->editor()->setFocus();
        m_keys.typeFreeText(QStringLiteral("Hello"));
        QCOMPARE(m_intake->descriptionEdit()->counter()->text(), QStringLiteral("5 / 4,000"));
        m_intake->descriptionEdit()->editor()->setPlainText(QString(4001, u'x'));
        QVERIFY(m_intake->descriptionEdit()
                    ->findChild<QLabel *>(QStringLiteral("fieldError"))
                    ->text()
                    .contains(QStringLiteral("Too long")));
    }

    void readBackShowsReferencePhoneticAndDate()
    {
        m_keys.press(Qt::Key_F2);
        m_intake->startRequestForService(QStringLiteral("POTHOLE"));
        m_keys.press(Qt::Key_S); // Smaller than a dinner plate
        m_intake->locationSection()->addressEdit()->setFocus();
        m_keys.typeFreeText(QStringLiteral("12 Elm St"));
        m_keys.press(Qt::Key_Return, Qt::ControlModifier);
        auto *readback = m_intake->readback();
        QTRY_VERIFY(readback->isVisible());
        QVERIFY(readback->reference().startsWith(QStringLiteral("TST-")));
        QVERIFY(readback->phoneticLabel()->text().contains(QStringLiteral(" as in ")));
        QVERIFY2(readback->expectedLabel()->text().startsWith(QStringLiteral("expected by ")),
                 qPrintable(readback->expectedLabel()->text()));
        QTest::mouseClick(readback->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), readback->reference());
    }

    void emergencyBannerAndLoggedTransfer()
    {
        m_keys.press(Qt::Key_F2);
        m_keys.type(QStringLiteral("2125550143"));
        m_intake->descriptionEdit()->editor()->setFocus();
        m_keys.typeFreeText(QStringLiteral("fire hydrant leaking on the corner"));
        QVERIFY(!m_intake->emergencyBanner()->isVisible());
        m_keys.typeFreeText(QStringLiteral(", and I smell gas near the school"));
        QVERIFY(m_intake->emergencyBanner()->isVisible());
        QVERIFY(m_intake->emergencyBanner()->text().contains(QStringLiteral("911")));
        QVERIFY(m_intake->emergencyBanner()->text().contains(QStringLiteral("Gas smell")));
        QVERIFY(m_intake->emergencyBanner()->transferButton()->toolTip().contains(QStringLiteral("F9")));
        m_keys.press(Qt::Key_F9);
        QVERIFY(!m_intake->emergencyBanner()->transferButton()->isEnabled()); // logged, once
        auto calls = core::CallLogRepository(m_profile->store().database())
                         .forCaller(QStringLiteral("+12125550143"), 5);
        QCOMPARE(calls.size(), 1);
        QVERIFY(calls.first().emergencyTransfer);
        QCOMPARE(calls.first().transferTo, QStringLiteral("911"));
        // The wrap-up proposes the transfer.
        m_keys.press(Qt::Key_F8);
        QTRY_VERIFY(m_intake->wrapUpDialog()->isActiveWindow());
        QCOMPARE(m_intake->wrapUpDialog()->code(), core::WrapUpCode::Transferred);
        QCOMPARE(m_intake->wrapUpDialog()->transferTo(), QStringLiteral("911"));
        QTest::keyClick(m_intake->wrapUpDialog(), Qt::Key_Return);
        QTRY_VERIFY(!m_intake->isCallOpen());
        calls = core::CallLogRepository(m_profile->store().database())
                    .forCaller(QStringLiteral("+12125550143"), 5);
        QCOMPARE(calls.size(), 1);
        QVERIFY(calls.first().endedAt.isValid());
        QCOMPARE(calls.first().wrapUp, QStringLiteral("transferred"));
    }

    void informationOnlyWithKbArticle()
    {
        QSignalSpy used(m_intake.get(), &widgets::IntakeWidget::kbArticleUsed);
        m_keys.press(Qt::Key_F2);
        m_keys.type(QStringLiteral("2125550143"));
        m_intake->useKbArticle(QStringLiteral("kb-bulk-pickup"));
        QCOMPARE(used.size(), 1);
        m_keys.press(Qt::Key_F7);
        auto *dialog = m_intake->wrapUpDialog();
        QTRY_VERIFY(dialog->isActiveWindow());
        QCOMPARE(dialog->code(), core::WrapUpCode::InformationOnly);
        QCOMPARE(focusName(), QStringLiteral("wrapUpReason"));
        // Without a reason or article it would be refused; with the article it is accepted.
        m_keys.typeFreeText(QStringLiteral("Bulk pickup schedule"));
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!m_intake->isCallOpen());
        const auto calls = core::CallLogRepository(m_profile->store().database())
                               .forCaller(QStringLiteral("+12125550143"), 5);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().wrapUp, QStringLiteral("information_only"));
        QCOMPARE(calls.first().reason, QStringLiteral("Bulk pickup schedule"));
        QCOMPARE(calls.first().kbArticle, QStringLiteral("kb-bulk-pickup"));
        QCOMPARE(core::TicketRepository(m_profile->store().database()).count(), 0);
    }

    void informationOnlyShowsTheArticleTitleAndConfirmsAnEmptyReason()
    {
        core::KbRepository(m_profile->store().database())
            .importAll(core::KbRepository::builtInArticles(), QStringLiteral("test"));
        m_keys.press(Qt::Key_F2);
        m_keys.type(QStringLiteral("2125550143"));
        m_intake->useKbArticle(QStringLiteral("kb-svc-pothole"));
        auto *used = m_intake->findChild<QLabel *>(QStringLiteral("kbArticleUsed"));
        QVERIFY(used->isVisible());
        QVERIFY2(used->text().contains(QStringLiteral("Report a pothole")), qPrintable(used->text()));
        QVERIFY(!used->text().contains(QStringLiteral("kb-svc-pothole")));

        m_keys.press(Qt::Key_F7);
        auto *dialog = m_intake->wrapUpDialog();
        QTRY_VERIFY(dialog->isActiveWindow());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("wrapUpKbArticle"))->text(),
                 QStringLiteral("Report a pothole"));
        // An empty reason asks first, saying what will be logged; "Add a reason" goes back.
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(m_intake->emptyReasonConfirmation() && m_intake->emptyReasonConfirmation()->isVisible());
        QMessageBox *box = m_intake->emptyReasonConfirmation();
        QVERIFY2(box->informativeText().contains(QStringLiteral("Information only")) &&
                     box->informativeText().contains(QStringLiteral("Report a pothole")) &&
                     box->informativeText().contains(QStringLiteral("(212) 555-0143")),
                 qPrintable(box->informativeText()));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
        box->button(QMessageBox::No)->click();
        QTRY_VERIFY(!box->isVisible());
        QVERIFY(m_intake->isCallOpen());
        QVERIFY(dialog->isVisible());
        const auto calls = [this] {
            return core::CallLogRepository(m_profile->store().database())
                .forCaller(QStringLiteral("+12125550143"), 5);
        };
        QVERIFY(calls().isEmpty());
        // Confirmed, the call is logged with no reason.
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!m_intake->isCallOpen());
        QCOMPARE(calls().size(), 1);
        QCOMPARE(calls().first().wrapUp, QStringLiteral("information_only"));
        QCOMPARE(calls().first().reason, QString());
        QCOMPARE(calls().first().kbArticle, QStringLiteral("kb-svc-pothole"));
    }

    void transferNeedsTarget()
    {
        m_keys.press(Qt::Key_F2);
        m_keys.press(Qt::Key_F8);
        auto *dialog = m_intake->wrapUpDialog();
        dialog->codeBox()->setCurrentIndex(dialog->codeBox()->findData(QStringLiteral("transferred")));
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(dialog->isVisible()); // refused: to where?
        QVERIFY(m_intake->isCallOpen());
        dialog->transferEdit()->setFocus();
        QTest::keyClicks(dialog->transferEdit(), QStringLiteral("Animal Control"));
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!m_intake->isCallOpen());
    }

    void undoInsideTheForm()
    {
        m_keys.press(Qt::Key_F2);
        m_intake->startRequestForService(QStringLiteral("POTHOLE"));
        auto *size = qobject_cast<QComboBox *>(
            m_intake->attributeForm()->inputFor(QStringLiteral("attributes.POTHOLE_SIZE")));
        m_keys.press(Qt::Key_L);
        QCOMPARE(size->currentData().toString(), QStringLiteral("LARGE"));
        m_keys.press(Qt::Key_Tab);
        m_keys.press(Qt::Key_B); // location: bike lane
        m_keys.press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_intake->session().attributes.value(QStringLiteral("POTHOLE_LOCATION")), QStringList());
        QCOMPARE(m_intake->session().attributes.value(QStringLiteral("POTHOLE_SIZE")),
                 QStringList{QStringLiteral("LARGE")});
        m_keys.press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_intake->session().attributes.value(QStringLiteral("POTHOLE_SIZE")), QStringList());
        // In a text field Ctrl+Z undoes typing.
        m_intake->descriptionEdit()->editor()->setFocus();
        m_keys.typeFreeText(QStringLiteral("abc"));
        m_keys.press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_intake->descriptionEdit()->text().size() < 3);
    }

    void discardAsksFirst()
    {
        QSignalSpy ended(m_intake.get(), &widgets::IntakeWidget::callEnded);
        m_keys.press(Qt::Key_F2);
        m_keys.type(QStringLiteral("2125550143"));
        m_keys.press(Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QMessageBox *box = m_intake->discardConfirmation();
        QVERIFY(box && box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(m_intake->isCallOpen());
        m_keys.press(Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        box->button(QMessageBox::Discard)->click();
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().toString(), QStringLiteral("discarded"));
        QVERIFY(m_intake->intakeService().unfinishedCalls().isEmpty());
    }

    void draftsEverySecondAndRestoreExactly()
    {
        m_keys.press(Qt::Key_F2);
        m_keys.type(QStringLiteral("2125550143"));
        m_intake->startRequestForService(QStringLiteral("GRAFFITI"));
        m_keys.press(Qt::Key_Space);
        m_keys.press(Qt::Key_Down);
        m_keys.press(Qt::Key_Space);
        m_keys.press(Qt::Key_Tab);
        m_keys.press(Qt::Key_U);
        m_intake->locationSection()->setCoordinate(40.7128, -74.006);
        m_intake->descriptionEdit()->editor()->setFocus();
        m_keys.typeFreeText(QStringLiteral("Tags on the library wall"));
        m_intake->useKbArticle(QStringLiteral("kb-graffiti"));
        const core::CallSession typed = m_intake->session();
        // The draft catches up within the autosave interval, without any Save.
        QTRY_VERIFY_WITH_TIMEOUT(!m_intake->intakeService().unfinishedCalls().isEmpty() &&
                                     m_intake->intakeService().unfinishedCalls().first() == typed,
                                 2000);
        m_intake.reset(); // the window goes away with the call open
        widgets::IntakeWidget next(m_profile->store());
        next.show();
        QVERIFY(QTest::qWaitForWindowActive(&next));
        QVERIFY(next.restoreBar()->isVisible());
        next.findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        QCOMPARE(next.session(), typed);
        QVERIFY(next.session().attributes.value(QStringLiteral("GRAF_SURFACE")).size() == 2);
        QCOMPARE(next.locationSection()->latitude(), 40.7128);
    }

    void tabOrderAndAccessibility()
    {
        m_keys.press(Qt::Key_F2);
        m_intake->startRequestForService(QStringLiteral("POTHOLE"));
        m_intake->callerPanel()->phoneEdit()->setFocus();
        QStringList order;
        for (int i = 0; i < 16; ++i) {
            order.append(focusName());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const QStringList expected{QStringLiteral("callerPhone"),
                                   QStringLiteral("callerFirstName"),
                                   QStringLiteral("callerLastName"),
                                   QStringLiteral("callerEmail"),
                                   QStringLiteral("callerAnonymous"),
                                   QStringLiteral("callerLanguage"),
                                   QStringLiteral("callerChannel"),
                                   QStringLiteral("serviceSearch"),
                                   QStringLiteral("attribute_POTHOLE_SIZE"),
                                   QStringLiteral("attribute_POTHOLE_LOCATION"),
                                   QStringLiteral("attribute_POTHOLE_COUNT"),
                                   QStringLiteral("attribute_POTHOLE_DAMAGE"),
                                   QStringLiteral("description"),
                                   QStringLiteral("locationAddress"),
                                   QStringLiteral("locationLatitude"),
                                   QStringLiteral("locationLongitude")};
        QCOMPARE(order, expected);
        // Every input has an accessible name and a label whose buddy it is.
        const QList<QLabel *> labels = m_intake->findChildren<QLabel *>();
        for (const QString &name : expected) {
            QWidget *w = m_intake->findChild<QWidget *>(name);
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(name));
            if (name == QStringLiteral("callerAnonymous") || name == QStringLiteral("callerLastName"))
                continue; // a check box is its own label; last name shares the name label
            bool hasBuddy = false;
            for (QLabel *l : labels)
                hasBuddy = hasBuddy || l->buddy() == w;
            QVERIFY2(hasBuddy, qPrintable(name));
        }
        for (QAction *a : m_intake->callActions())
            QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(a->text()));
    }

    // A screen pop during a call parks nothing by itself: a bar offers Park (Alt+P) or
    // Ignore, the extension stays an extension, and Restore is enabled while a call is parked.
    void screenPopDuringACallAsksFirst()
    {
        m_keys.press(Qt::Key_F2);
        m_keys.type(QStringLiteral("2125550143"));
        const QUuid first = m_intake->session().id;
        QAction *restore = m_intake->restoreAction();
        QVERIFY(!restore->isEnabled());

        m_intake->incomingCall(QStringLiteral("+15552340198;ext=22"));
        widgets::IncomingCallBar *bar = m_intake->incomingCallBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->textLabel()->text(),
                 QStringLiteral("Incoming call +1 (555) 234-0198 x22 — Park current call (Alt+P) or Ignore"));
        QCOMPARE(m_intake->session().id, first); // still the same call, untouched
        QCOMPARE(m_intake->session().phoneE164(), QStringLiteral("+12125550143"));

        // Ignore: the bar goes, the call stays.
        bar->ignoreButton()->click();
        QVERIFY(!bar->isVisible());
        QCOMPARE(m_intake->session().id, first);

        // Park: the new caller's call opens, the first waits as a parked call.
        m_intake->incomingCall(QStringLiteral("+15552340198;ext=22"));
        m_keys.press(Qt::Key_P, Qt::AltModifier);
        QVERIFY(!bar->isVisible());
        QVERIFY(m_intake->session().id != first);
        QCOMPARE(m_intake->callerPanel()->phoneEdit()->text(), QStringLiteral("+1 (555) 234-0198 x22"));
        QCOMPARE(m_intake->session().phoneE164(), QStringLiteral("+15552340198"));
        QVERIFY(restore->isEnabled());

        // Restore swaps them: the first call is back, the second is parked in turn.
        const QUuid second = m_intake->session().id;
        restore->trigger();
        QCOMPARE(m_intake->session().id, first);
        QCOMPARE(m_intake->session().phoneE164(), QStringLiteral("+12125550143"));
        QVERIFY(restore->isEnabled());
        restore->trigger();
        QCOMPARE(m_intake->session().id, second);
    }

    void mainWindowHostsTheCall()
    {
        m_intake.reset();
        widgets::MainWindow window(m_profile->store());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QMenu *callMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("callMenu"));
        QVERIFY(callMenu);
        QVERIFY(callMenu->actions().contains(window.intake()->newCallAction()));
        const int before = window.ticketModel()->rowCount();
        QTest::keyClick(&window, Qt::Key_F2);
        QVERIFY(window.intake()->isCallOpen());
        window.intake()->startRequestForService(QStringLiteral("POTHOLE"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A); // "About the size of a car tire"
        window.intake()->locationSection()->addressEdit()->setFocus();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12 Elm St"));
        QSignalSpy saved(window.intake(), &widgets::IntakeWidget::ticketSaved);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(window.ticketModel()->rowCount(), before + 1);
        // A screen pop opens a call with the caller's number.
        window.startCallFromScreenPop(QStringLiteral("+15551234567"));
        QVERIFY(window.intake()->isCallOpen());
        QCOMPARE(window.intake()->session().phoneE164(), QStringLiteral("+15551234567"));
    }

private:
    std::unique_ptr<testsupport::TempProfile> m_profile;
    std::unique_ptr<widgets::IntakeWidget> m_intake;
    Keyboard m_keys;
};

CIVICDESK_WIDGET_TEST_MAIN(TestIntakeWidget)
#include "test_intakewidget.moc"
