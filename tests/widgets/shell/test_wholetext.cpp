#include "core/geo/addressrecord.h"
#include "core/geo/citylayerstore.h"
#include "core/models/audittrailmodel.h"
#include "core/models/ticketnotesmodel.h"
#include "core/tickets/ticketservice.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"
#include "widgets/intake/descriptionedit.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/intake/locationinsightpanel.h"
#include "widgets/intake/locationmap.h"
#include "widgets/intake/locationsection.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/ticketdetailview.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QStyle>
#include <QTableView>

using namespace civicdesk;

namespace {
// A street name as long as the real ones of ../shared/data/geo/monaco.
const QString kLongStreet = QStringLiteral("Boulevard du Jardin Exotique de la Principauté");

// The text a line edit has room for, inside its frame and margins.
int lineEditRoom(const QLineEdit *edit)
{
    const QMargins m = edit->textMargins();
    const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
    return edit->contentsRect().width() - m.left() - m.right() - 2 * frame - 4; // QLineEdit's own 2 px a side
}

// With CIVICDESK_SCREENSHOT_DIR set, keeps a grab of the window as the test saw it.
void keepShot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("CIVICDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(QDir(dir).filePath(name));
}

// A cell shows its whole text: inside the viewport, and tall enough for the text wrapped at
// its width.
QString cutCell(const QAbstractItemView *view, const QModelIndex &index)
{
    const QString text = index.data().toString();
    const QRect cell = view->visualRect(index);
    const QFontMetrics fm(view->font());
    const QRect needed = fm.boundingRect(QRect(0, 0, cell.width() - 8, 10000), Qt::TextWordWrap, text);
    if (cell.right() > view->viewport()->width() || needed.height() > cell.height() ||
        needed.width() > cell.width() - 6)
        return QStringLiteral("\"%1\" in %2x%3 at x %4 (viewport %5)")
            .arg(text)
            .arg(cell.width())
            .arg(cell.height())
            .arg(cell.x())
            .arg(view->viewport()->width());
    return {};
}
} // namespace

// At 1366x768, keyboard first: the texts the first-day trial found cut off are shown whole.
class TestWholeText : public QObject
{
    Q_OBJECT

    std::unique_ptr<testsupport::TempProfile> m_profile;
    std::unique_ptr<widgets::MainWindow> m_window;

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<testsupport::TempProfile>();
        testsupport::fixturecity::importAll(m_profile->store().database());
        std::vector<core::AddressRecord> long_;
        for (int n : {4, 6, 8}) {
            core::AddressRecord r;
            r.number = QString::number(n);
            r.street = kLongStreet;
            r.point = {-93.008 + n * 0.00002, 45.0002};
            long_.push_back(r);
        }
        core::CityLayerStore(m_profile->store().database())
            .importAddresses(long_, QStringLiteral("monaco-like.csv"));
        m_window = std::make_unique<widgets::MainWindow>(m_profile->store());
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
    }

    void intakeFieldsShowTheirWholeText()
    {
        widgets::IntakeWidget *intake = m_window->intake();
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        intake->startRequestForService(QStringLiteral("PLAYGROUND_EQUIPMENT"));
        widgets::LocationSection *location = intake->locationSection();

        // The address suggestions are as wide as the longest one.
        QLineEdit *address = location->addressEdit();
        address->setFocus();
        QTest::keyClicks(address, QStringLiteral("4 Boul"));
        QAbstractItemView *popup = intake->locationMap()->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        keepShot(popup, QStringLiteral("address-suggestions.png"));
        QVERIFY(popup->model()->rowCount() > 0);
        for (int row = 0; row < popup->model()->rowCount(); ++row) {
            const QString text = popup->model()->index(row, 0).data().toString();
            QVERIFY2(popup->fontMetrics().horizontalAdvance(text) + 6 <= popup->viewport()->width(),
                     qPrintable(QStringLiteral("%1: %2 px in %3")
                                    .arg(text)
                                    .arg(popup->fontMetrics().horizontalAdvance(text))
                                    .arg(popup->viewport()->width())));
        }
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);

        // Latitude and longitude as the pin writes them, hemisphere-free and whole.
        QVERIFY(location->hasCoordinate());
        for (const QString &field : {QStringLiteral("lat"), QStringLiteral("long")}) {
            auto *edit = qobject_cast<QLineEdit *>(location->inputFor(field));
            QVERIFY2(edit->fontMetrics().horizontalAdvance(edit->text()) <= lineEditRoom(edit),
                     qPrintable(QStringLiteral("%1: %2 px in %3")
                                    .arg(edit->text())
                                    .arg(edit->fontMetrics().horizontalAdvance(edit->text()))
                                    .arg(lineEditRoom(edit))));
        }

        // Nothing of the call page is scrolled away sideways beside the knowledge base.
        for (QWidget *w :
             {location->inputFor(QStringLiteral("lat")), location->inputFor(QStringLiteral("long")),
              static_cast<QWidget *>(address), static_cast<QWidget *>(intake->descriptionEdit())}) {
            const QRect shown = w->visibleRegion().boundingRect();
            QVERIFY2(shown.width() == w->width(), qPrintable(QStringLiteral("%1: %2 of %3 px shown")
                                                                 .arg(w->objectName())
                                                                 .arg(shown.width())
                                                                 .arg(w->width())));
        }

        // What the geocoder found, under the map, is not squeezed to less than its text.
        QLabel *found = intake->locationMap()->statusLabel();
        QVERIFY2(found->heightForWidth(found->contentsRect().width()) <= found->contentsRect().height(),
                 qPrintable(QStringLiteral("%1: %2 px high, needs %3")
                                .arg(found->text())
                                .arg(found->contentsRect().height())
                                .arg(found->heightForWidth(found->contentsRect().width()))));

        // The description counter reads "0 / 4,000", also beside an error.
        QLabel *counter = intake->descriptionEdit()->counter();
        QVERIFY2(counter->fontMetrics().horizontalAdvance(counter->text()) <= counter->contentsRect().width(),
                 qPrintable(counter->text()));

        // Duplicate candidates: distance and age are never behind the scroll bar.
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QListView *candidates = intake->locationInsight()->candidateList();
        for (int i = 0; i < 5; ++i) {
            core::Ticket t = testsupport::potholeTicket();
            t.latitude = location->latitude() + 0.00005 * i;
            t.longitude = location->longitude();
            core::TicketService(m_profile->store()).create(t);
        }
        intake->startRequestForService(QStringLiteral("POTHOLE"));
        location->setCoordinate(location->latitude(), location->longitude());
        QTRY_COMPARE(candidates->model()->rowCount(), 5);
        keepShot(m_window.get(), QStringLiteral("intake-duplicates.png"));
        for (int row = 0; row < candidates->model()->rowCount(); ++row) {
            candidates->scrollTo(candidates->model()->index(row, 0));
            const QString cut = cutCell(candidates, candidates->model()->index(row, 0));
            QVERIFY2(cut.isEmpty(), qPrintable(cut));
        }
        // And the window still fits the screen it was given.
        QVERIFY2(m_window->width() <= 1366, qPrintable(QString::number(m_window->width())));
    }

    void notesAndAuditShowTheirWholeText()
    {
        core::TicketService service(m_profile->store());
        const QString reference = service.create(testsupport::potholeTicket()).referenceNumber;
        const QString longText =
            QStringLiteral("Crew visited twice: the hole is deeper than it looks, water keeps washing the "
                           "patch out, and the kerb next to it is cracked as well; a full repair is booked.");
        service.addNote(reference, longText, false);
        service.setStatus(reference, core::TicketStatus::InProgress, longText);
        QVERIFY(m_window->openTicket(reference));
        for (const char *name : {"ticketNotes", "auditTrail"}) {
            auto *view = m_window->findChild<QTableView *>(QLatin1String(name));
            QVERIFY(view);
            view->window()->activateWindow();
            // The tab is shown before its layout is measured.
            for (QWidget *w = view; w; w = w->parentWidget())
                if (auto *tabs = qobject_cast<QTabWidget *>(w))
                    for (QWidget *page = view; page != tabs; page = page->parentWidget())
                        if (tabs->indexOf(page) >= 0)
                            tabs->setCurrentWidget(page);
            QTRY_VERIFY(view->isVisible());
            QCoreApplication::processEvents();
            keepShot(m_window.get(), QLatin1String(name) + QStringLiteral(".png"));
            const int textColumn = QLatin1String(name) == QLatin1String("ticketNotes")
                                       ? int(core::TicketNotesModel::Text)
                                       : int(core::AuditTrailModel::NewValue);
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QString cut = cutCell(view, view->model()->index(row, textColumn));
                QVERIFY2(cut.isEmpty(), qPrintable(QLatin1String(name) + QStringLiteral(": ") + cut));
            }
        }
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestWholeText)
#include "test_wholetext.moc"
