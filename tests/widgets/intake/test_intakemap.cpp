#include "core/domain/clock.h"
#include "core/geo/geocoder.h"
#include "core/geo/routingrules.h"
#include "core/intake/addresssuggestionmodel.h"
#include "core/intake/duplicatecandidatemodel.h"
#include "core/intake/intakeservice.h"
#include "core/intake/locationadvisor.h"
#include "core/store/ticketrepository.h"
#include "core/tickets/ticketservice.h"
#include "map/projection/webmercator.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"
#include "widgets/intake/attributeform.h"
#include "widgets/intake/descriptionedit.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/intake/locationinsightpanel.h"
#include "widgets/intake/locationmap.h"
#include "widgets/intake/locationsection.h"
#include "widgets/intake/servicepickeredit.h"
#include "widgets/map/mapview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QToolButton>

using namespace civicdesk;

namespace {
const QByteArray kRules = testsupport::fixturecity::routingRules();
// Address points of the fixture city (tests/support/fixturecity.h).
const QGeoCoordinate kTwelveMain(45.0002, -93.008);
const QGeoCoordinate kSevenThird(45.002, -92.9998);

double metres(const QGeoCoordinate &a, const QGeoCoordinate &b)
{
    return map::webmercator::distanceMetres(a, b);
}
} // namespace

// Issue #4 section 6 on the real intake screen over a small fixture city: the address field,
// the pin, the district and routing labels, duplicate candidates and "Link as duplicate".
class TestIntakeMap : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
    core::FixedClock m_clock{m_now};
    std::unique_ptr<testsupport::TempProfile> m_profile;
    std::unique_ptr<widgets::IntakeWidget> m_intake;

    widgets::LocationSection *section() const { return m_intake->locationSection(); }
    widgets::MapView *mapView() const { return m_intake->locationMap()->mapView(); }
    QGeoCoordinate fieldCoordinate() const { return {section()->latitude(), section()->longitude()}; }

    // A new call for a pothole, its questions answered, the cursor in the address field.
    void startPotholeCall()
    {
        QTest::keyClick(m_intake.get(), Qt::Key_F2);
        QVERIFY(m_intake->isCallOpen());
        m_intake->startRequestForService(QStringLiteral("POTHOLE"));
        m_intake->attributeForm()->setAnswers(
            {{QStringLiteral("POTHOLE_SIZE"), {QStringLiteral("LARGE")}},
             {QStringLiteral("POTHOLE_LOCATION"), {QStringLiteral("TRAVEL_LANE")}}});
        m_intake->descriptionEdit()->editor()->setFocus();
        QTest::keyClicks(m_intake->descriptionEdit()->editor(), QStringLiteral("Deep hole by the kerb"));
        section()->addressEdit()->setFocus();
    }

    void typeAddress(const QString &text)
    {
        QLineEdit *edit = section()->addressEdit();
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    core::Ticket addTicket(const QGeoCoordinate &where, double daysAgo)
    {
        core::Ticket t = testsupport::potholeTicket();
        t.latitude = where.latitude();
        t.longitude = where.longitude();
        m_clock.set(m_now.addSecs(qint64(-daysAgo * 86400)));
        const core::Ticket saved = core::TicketService(m_profile->store()).create(t);
        m_clock.set(m_now);
        return saved;
    }

    QPoint screenOf(const QGeoCoordinate &c) const
    {
        return mapView()->viewport().coordinateToScreen(c).toPoint();
    }

private Q_SLOTS:
    void init()
    {
        core::Clock::setCurrent(&m_clock);
        m_profile = std::make_unique<testsupport::TempProfile>();
        testsupport::fixturecity::importAll(m_profile->store().database());
        core::RoutingRules(m_profile->store().database()).load(kRules, QStringLiteral("routing.json"));
        m_intake = std::make_unique<widgets::IntakeWidget>(m_profile->store());
        m_intake->resize(1400, 1000);
        m_intake->show();
        QVERIFY(QTest::qWaitForWindowActive(m_intake.get()));
    }

    void cleanup()
    {
        m_intake.reset();
        m_profile.reset();
        core::Clock::setCurrent(nullptr);
    }

    void typedAddressPlacesThePinAndRoutes()
    {
        startPotholeCall();
        // Autocomplete: the geocoder's completions appear as typing pauses.
        QLineEdit *edit = section()->addressEdit();
        QTest::keyClicks(edit, QStringLiteral("12 Ma"));
        auto *suggestions = m_intake->locationMap()->suggestions();
        QTRY_VERIFY(suggestions->rowOf(QStringLiteral("12 Main Street")) >= 0);
        QTRY_VERIFY(m_intake->locationMap()->completer()->popup()->isVisible());
        QCOMPARE(edit->text(), QStringLiteral("12 Ma")); // nothing typed over
        QTest::keyClicks(edit, QStringLiteral("in Street"));
        QTest::keyClick(edit, Qt::Key_Return);

        QVERIFY(section()->hasCoordinate());
        QVERIFY2(metres(fieldCoordinate(), kTwelveMain) < 0.5, qPrintable(section()->latitudeText()));
        QVERIFY(mapView()->pin().isValid());
        QVERIFY(metres(mapView()->pin(), kTwelveMain) < 0.5);
        QVERIFY(metres(mapView()->center(), kTwelveMain) < 0.5);
        QCOMPARE(mapView()->zoom(), widgets::LocationMap::kPinZoom);
        QCOMPARE(edit->text(), QStringLiteral("12 Main Street"));

        widgets::LocationInsightPanel *insight = m_intake->locationInsight();
        QCOMPARE(insight->districtLabel()->text(), QStringLiteral("North"));
        QCOMPARE(insight->agencyLabel()->text(), QStringLiteral("Public Works"));
        QCOMPARE(insight->queueLabel()->text(), QStringLiteral("Roads"));
        // The service changes the routing: graffiti in the North goes to the North office.
        m_intake->startRequestForService(QStringLiteral("GRAFFITI"));
        QCOMPARE(insight->agencyLabel()->text(), QStringLiteral("North Office"));
        QCOMPARE(insight->queueLabel()->text(), QStringLiteral("North desk"));

        // A picked suggestion fills the address and the pin without another Enter.
        edit->clear();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("7 N 3"));
        QTRY_VERIFY(m_intake->locationMap()->completer()->popup()->isVisible());
        QTest::keyClick(m_intake->locationMap()->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(m_intake->locationMap()->completer()->popup(), Qt::Key_Return);
        QVERIFY2(edit->text().startsWith(QStringLiteral("7 ")), qPrintable(edit->text()));
        QVERIFY(metres(fieldCoordinate(), kSevenThird) < 0.5);
        QVERIFY(metres(mapView()->pin(), kSevenThird) < 0.5);

        // An address the city does not have says so, and the pin and coordinates of the
        // previous address go: they do not belong to the address now in the field.
        edit->selectAll();
        typeAddress(QStringLiteral("999 Nowhere Boulevard"));
        QVERIFY(m_intake->locationMap()->statusLabel()->text().contains(QStringLiteral("No match")));
        QVERIFY(!mapView()->pin().isValid());
        QVERIFY(!section()->hasCoordinate());
        QCOMPARE(section()->latitudeText(), QString());
        QCOMPARE(section()->longitudeText(), QString());
        QCOMPARE(m_intake->session().address, QStringLiteral("999 Nowhere Boulevard"));
        QCOMPARE(m_intake->locationInsight()->districtLabel()->text().contains(QStringLiteral("North")),
                 false);
    }

    void draggedPinReverseGeocodesInOneUndoStep()
    {
        startPotholeCall();
        typeAddress(QStringLiteral("12 Main Street"));
        QVERIFY(metres(mapView()->pin(), kTwelveMain) < 0.5);
        // Both address points in view.
        mapView()->setZoom(15.5);
        mapView()->setCenter(QGeoCoordinate((kTwelveMain.latitude() + kSevenThird.latitude()) / 2,
                                            (kTwelveMain.longitude() + kSevenThird.longitude()) / 2));
        const QPoint tip = screenOf(kTwelveMain);
        const QPoint target = screenOf(kSevenThird);
        QVERIFY(mapView()->rect().contains(tip) && mapView()->rect().contains(target));
        const QPoint head = tip - QPoint(0, 24); // the pin's round head, above the tip
        const QPoint drop = head + (target - tip);
        QTest::mousePress(mapView(), Qt::LeftButton, {}, head);
        QTest::mouseMove(mapView(), head + (drop - head) / 2);
        QTest::mouseMove(mapView(), drop);
        QTest::mouseRelease(mapView(), Qt::LeftButton, {}, drop);

        const core::Geocoder &geocoder = m_intake->intakeService().location().geocoder();
        const auto expected = geocoder.reverse({mapView()->pin().longitude(), mapView()->pin().latitude()});
        QVERIFY(expected);
        QVERIFY2(expected->label.startsWith(QStringLiteral("7 ")), qPrintable(expected->label));
        QCOMPARE(section()->address(), expected->label);
        QVERIFY(metres(fieldCoordinate(), mapView()->pin()) < 0.5);
        QVERIFY(metres(fieldCoordinate(), kSevenThird) < 10);

        // One undo step takes back the address and both coordinates.
        m_intake->undoAction()->trigger();
        QCOMPARE(section()->address(), QStringLiteral("12 Main Street"));
        QVERIFY(metres(fieldCoordinate(), kTwelveMain) < 0.5);
        QVERIFY(metres(mapView()->pin(), kTwelveMain) < 0.5);

        // A click south of Main Street: the South district, its queue, an interpolated address.
        const QGeoCoordinate south(44.9995, -93.005);
        mapView()->setZoom(16.0);
        mapView()->setCenter(south);
        QTest::mouseClick(mapView(), Qt::LeftButton, {}, screenOf(south));
        QVERIFY(metres(mapView()->pin(), south) < 10);
        QVERIFY2(section()->address().endsWith(QStringLiteral("Main Street")),
                 qPrintable(section()->address()));
        QCOMPARE(m_intake->locationInsight()->districtLabel()->text(), QStringLiteral("South"));
        QCOMPARE(m_intake->locationInsight()->queueLabel()->text(), QStringLiteral("Roads South"));
    }

    void duplicateCandidatesAndLinkAsDuplicate()
    {
        // 0.00027° of latitude is 30 m, 0.0018° is 200 m.
        const QGeoCoordinate near(kTwelveMain.latitude() + 0.00027, kTwelveMain.longitude());
        const core::Ticket candidate = addTicket(near, 3.2);
        addTicket(QGeoCoordinate(kTwelveMain.latitude() + 0.0018, kTwelveMain.longitude()), 1); // 200 m away
        addTicket(QGeoCoordinate(kTwelveMain.latitude() + 0.0001, kTwelveMain.longitude()),
                  40); // 40 days old
        const core::Ticket closed =
            addTicket(QGeoCoordinate(kTwelveMain.latitude() - 0.0001, kTwelveMain.longitude()), 1);
        core::TicketService(m_profile->store())
            .setStatus(closed.referenceNumber, core::TicketStatus::Closed, QStringLiteral("fixed"));

        startPotholeCall();
        QListView *list = m_intake->locationInsight()->candidateList();
        QCOMPARE(list->model()->rowCount(), 0); // no location yet
        QVERIFY(!m_intake->linkDuplicateAction()->isEnabled());
        typeAddress(QStringLiteral("12 Main Street"));
        QCOMPARE(list->model()->rowCount(), 1);
        const QModelIndex row = list->model()->index(0, 0);
        QCOMPARE(row.data(core::DuplicateCandidateModel::ReferenceRole).toString(),
                 candidate.referenceNumber);
        const QString text = row.data().toString();
        QVERIFY2(text.contains(QStringLiteral("30 m")) && text.contains(QStringLiteral("3 days")),
                 qPrintable(text));
        QVERIFY(list->isVisible());
        // Another service, unrelated to potholes: no candidates.
        m_intake->startRequestForService(QStringLiteral("GRAFFITI"));
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(!m_intake->linkDuplicateAction()->isEnabled());
        m_intake->startRequestForService(QStringLiteral("POTHOLE"));
        m_intake->attributeForm()->setAnswers(
            {{QStringLiteral("POTHOLE_SIZE"), {QStringLiteral("LARGE")}},
             {QStringLiteral("POTHOLE_LOCATION"), {QStringLiteral("TRAVEL_LANE")}}});
        QCOMPARE(list->model()->rowCount(), 1);

        // Ctrl+D, as the tooltip says: filed as a duplicate, with its own new reference.
        QAction *link = m_intake->linkDuplicateAction();
        QVERIFY(link->isEnabled());
        QVERIFY2(
            link->toolTip().contains(QKeySequence(Qt::CTRL | Qt::Key_D).toString(QKeySequence::NativeText)),
            qPrintable(link->toolTip()));
        QVERIFY(m_intake->findChild<QToolButton *>(QStringLiteral("linkDuplicateButton"))->isVisible());
        QSignalSpy saved(m_intake.get(), &widgets::IntakeWidget::ticketSaved);
        // From the address field, where the call taker just was.
        section()->addressEdit()->setFocus();
        QTest::keyClick(section()->addressEdit(), Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(saved.count(), 1);
        const QString reference = saved.first().first().toString();
        QVERIFY(!reference.isEmpty());
        QVERIFY(reference != candidate.referenceNumber);
        const auto ticket = core::TicketRepository(m_profile->store().database()).findByReference(reference);
        QVERIFY(ticket);
        QCOMPARE(ticket->duplicateOf, candidate.id);
        QCOMPARE(ticket->district, QStringLiteral("North"));
        QCOMPARE(ticket->agencyResponsible, QStringLiteral("Public Works"));
        QCOMPARE(ticket->queue, QStringLiteral("Roads"));
        QCOMPARE(ticket->address, QStringLiteral("12 Main Street"));
        QVERIFY(!link->isEnabled());
    }

    // Ctrl+Enter right next to an open ticket of the same service asks once; Ctrl+D (the
    // default, Link) files the call as its duplicate.
    void saveNextToTheSameProblemAsksFirst()
    {
        // 0.0001 degrees of latitude is 11 m.
        const core::Ticket candidate =
            addTicket(QGeoCoordinate(kTwelveMain.latitude() + 0.0001, kTwelveMain.longitude()), 3.2);
        startPotholeCall();
        typeAddress(QStringLiteral("12 Main Street"));
        QSignalSpy saved(m_intake.get(), &widgets::IntakeWidget::ticketSaved);
        QTest::keyClick(section()->addressEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(m_intake->likelyDuplicatePrompt() && m_intake->likelyDuplicatePrompt()->isVisible());
        QMessageBox *prompt = m_intake->likelyDuplicatePrompt();
        QCOMPARE(saved.count(), 0);
        QCOMPARE(prompt->text(),
                 QStringLiteral("Same problem as %1 (11 m, 3 days)?").arg(candidate.referenceNumber));
        QCOMPARE(prompt->defaultButton()->objectName(), QStringLiteral("linkLikelyDuplicate"));
        prompt->activateWindow();
        QTRY_VERIFY(prompt->isActiveWindow());
        QTest::keyClick(prompt, Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(saved.count(), 1);
        const auto ticket = core::TicketRepository(m_profile->store().database())
                                .findByReference(saved.first().first().toString());
        QVERIFY(ticket);
        QCOMPARE(ticket->duplicateOf, candidate.id);
    }

    void saveAsNewAfterTheQuestion()
    {
        addTicket(QGeoCoordinate(kTwelveMain.latitude() + 0.0001, kTwelveMain.longitude()), 0.5);
        startPotholeCall();
        typeAddress(QStringLiteral("12 Main Street"));
        QSignalSpy saved(m_intake.get(), &widgets::IntakeWidget::ticketSaved);
        QVERIFY(!m_intake->saveTicket()); // asked first
        QMessageBox *prompt = m_intake->likelyDuplicatePrompt();
        QTRY_VERIFY(prompt->isVisible());
        QVERIFY(prompt->text().contains(QStringLiteral("12 hours")));
        prompt->findChild<QPushButton *>(QStringLiteral("saveAsNewRequest"))->click();
        QTRY_COMPARE(saved.count(), 1);
        const auto ticket = core::TicketRepository(m_profile->store().database())
                                .findByReference(saved.first().first().toString());
        QVERIFY(ticket->duplicateOf.isNull());
    }

    void plainSaveIsRoutedButNotLinked()
    {
        const core::Ticket candidate =
            addTicket(QGeoCoordinate(kTwelveMain.latitude() + 0.00027, kTwelveMain.longitude()), 1);
        startPotholeCall();
        typeAddress(QStringLiteral("12 Main Street"));
        QCOMPARE(m_intake->locationInsight()->candidateList()->model()->rowCount(), 1);
        QSignalSpy saved(m_intake.get(), &widgets::IntakeWidget::ticketSaved);
        QVERIFY(m_intake->saveTicket());
        QVERIFY(saved.wait(10000));
        const auto ticket = core::TicketRepository(m_profile->store().database())
                                .findByReference(saved.first().first().toString());
        QVERIFY(ticket);
        QVERIFY(ticket->duplicateOf.isNull());
        QCOMPARE(ticket->queue, QStringLiteral("Roads"));
        Q_UNUSED(candidate)
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestIntakeMap)
#include "test_intakemap.moc"
