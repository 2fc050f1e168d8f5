// The intake in the language chosen in Preferences: the service picker's list, the chosen
// service, its questions, hints and answers come from the catalogue's Spanish text, while the
// ticket keeps the service code, the English name and the answer keys.
#include "core/accounts/localsignin.h"
#include "core/intake/intakeservice.h"
#include "core/settings/uilanguage.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/intake/attributeform.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/intake/servicepickeredit.h"
#include "widgets/settings/mainwindowhost.h"
#include "widgets/settings/preferencesdialog.h"
#include "widgets/settings/shortcutbinder.h"
#include "widgets/shell/mainwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>

using namespace civicdesk;

namespace {
void switchLanguage(widgets::MainWindowHost &host, const QString &code)
{
    QAction *preferences = nullptr;
    for (QAction *a : widgets::ShortcutBinder::actions(*host.window()))
        if (a->objectName() == QLatin1String("actionPreferences"))
            preferences = a;
    QVERIFY(preferences);
    preferences->trigger();
    auto *dialog = host.window()->findChild<widgets::PreferencesDialog *>();
    QVERIFY(dialog);
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(code));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// What of a label, list or combo box of the call page does not show whole, one line each.
QStringList cutTexts(const QWidget &page)
{
    QStringList cut;
    for (const QLabel *l : page.findChildren<QLabel *>()) {
        if (!l->isVisibleTo(&page) || l->text().isEmpty() || !l->pixmap().isNull())
            continue;
        const bool whole = l->wordWrap() ? l->heightForWidth(l->width()) <= l->height()
                                         : l->sizeHint().width() <= l->width();
        if (!whole)
            cut.append(QStringLiteral("label \"%1\": %2x%3").arg(l->text()).arg(l->width()).arg(l->height()));
    }
    for (const QListWidget *list : page.findChildren<QListWidget *>()) {
        for (int row = 0; row < list->count(); ++row) {
            const QRect cell = list->visualItemRect(list->item(row));
            const int needed = list->fontMetrics().horizontalAdvance(list->item(row)->text()) + 30; // box
            if (list->isVisibleTo(&page) && needed > list->viewport()->width())
                cut.append(QStringLiteral("list item \"%1\": %2 px in %3")
                               .arg(list->item(row)->text())
                               .arg(needed)
                               .arg(cell.width()));
        }
    }
    for (QComboBox *combo : page.findChildren<QComboBox *>()) {
        if (!combo->isVisibleTo(&page))
            continue;
        // The list that drops down is as wide as its longest answer.
        combo->showPopup();
        const int room = combo->view()->viewport()->width();
        for (int i = 0; i < combo->count(); ++i) {
            const int needed = combo->view()->fontMetrics().horizontalAdvance(combo->itemText(i));
            if (needed > room)
                cut.append(QStringLiteral("answer \"%1\": %2 px in %3")
                               .arg(combo->itemText(i))
                               .arg(needed)
                               .arg(room));
        }
        combo->hidePopup();
    }
    return cut;
}

// The buttons and check boxes of a page that are narrower than their text needs.
QStringList cutButtons(const QWidget &page)
{
    QStringList cut;
    for (const QAbstractButton *b : page.findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(&page) && !b->text().isEmpty() && b->sizeHint().width() > b->width())
            cut.append(QStringLiteral("button \"%1\": %2 px, needs %3")
                           .arg(b->text())
                           .arg(b->width())
                           .arg(b->sizeHint().width()));
    }
    return cut;
}

QStringList labelTexts(const QWidget &form)
{
    QStringList out;
    for (const QLabel *l : form.findChildren<QLabel *>())
        out.append(l->text());
    return out;
}
} // namespace

class TestIntakeLanguage : public QObject
{
    Q_OBJECT

    std::unique_ptr<testsupport::TempProfile> m_profile;

private Q_SLOTS:
    void init() { m_profile = std::make_unique<testsupport::TempProfile>(); }
    void cleanup()
    {
        core::UiLanguage::apply(QStringLiteral("en"));
        m_profile.reset();
    }

    // Text a translation lengthens is shown whole on the call page at 1366x768.
    void longTranslationsShowWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("service");
        for (const char *language : {"en", "es", "fr"}) {
            for (const char *service : {"SNOW_ICE", "BUILDING_CODE", "STREET_SIGN", "FOOD_ESTABLISHMENT"})
                QTest::addRow("%s %s", language, service)
                    << QString::fromLatin1(language) << QString::fromLatin1(service);
        }
    }
    void longTranslationsShowWhole()
    {
        QFETCH(QString, language);
        QFETCH(QString, service);
        QCOMPARE(core::UiLanguage::apply(language), language);
        widgets::MainWindow window(m_profile->store());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        widgets::IntakeWidget *intake = window.intake();
        intake->startNewCall(QStringLiteral("+15551234567"));
        intake->startRequestForService(service);
        QCOMPARE(intake->servicePicker()->serviceCode(), service);
        QVERIFY(window.width() <= 1366);
        const QStringList cut = cutTexts(*intake);
        const QString dir = qEnvironmentVariable("CIVICDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grab().save(QDir(dir).filePath(QStringLiteral("intake-%1-%2.png").arg(language, service)));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n"))));
    }

    // Every tab of the main window, in the languages that lengthen text most, at 1366x768.
    void mainScreensShowWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void mainScreensShowWhole()
    {
        QFETCH(QString, language);
        QCOMPARE(core::UiLanguage::apply(language), language);
        widgets::MainWindow window(m_profile->store());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
        QVERIFY(tabs);
        QStringList cut;
        int shown = 0;
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            QWidget *page = tabs->currentWidget();
            ++shown;
            const QString dir = qEnvironmentVariable("CIVICDESK_SCREENSHOT_DIR");
            if (!dir.isEmpty())
                window.grab().save(QDir(dir).filePath(QStringLiteral("main-%1-%2.png").arg(language).arg(i)));
            for (const QString &c : cutTexts(*page) + cutButtons(*page))
                cut.append(tabs->tabText(i) + QStringLiteral(": ") + c);
        }
        QVERIFY(shown >= 4); // call, tickets, queue and dashboard for a profile's single user
        QVERIFY(window.width() <= 1366);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n"))));
    }

    void spanishPickerAndQuestions()
    {
        widgets::MainWindowHost host(m_profile->store(), core::LocalSignIn::beforeSignIn(m_profile->store()));
        host.window()->show();
        QVERIFY(QTest::qWaitForWindowActive(host.window()));
        // An open English call whose service is chosen: its questions follow the switch too.
        widgets::IntakeWidget *intake = host.window()->intake();
        intake->startNewCall(QStringLiteral("+15551234567"));
        QTest::keyClicks(intake->servicePicker()->lineEdit(), QStringLiteral("pothole"));
        QTest::keyClick(intake->servicePicker()->lineEdit(), Qt::Key_Return);
        QCOMPARE(intake->servicePicker()->serviceCode(), QStringLiteral("POTHOLE"));
        QVERIFY(labelTexts(*intake->attributeForm()).contains(QStringLiteral("How large is the pothole? *")));

        switchLanguage(host, QStringLiteral("es"));
        QTRY_COMPARE(host.window()->menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
        intake = host.window()->intake();
        QCOMPARE(intake->servicePicker()->serviceCode(), QStringLiteral("POTHOLE"));
        QCOMPARE(intake->servicePicker()->lineEdit()->text(), QStringLiteral("Bache"));
        const QStringList labels = labelTexts(*intake->attributeForm());
        QVERIFY2(labels.contains(QStringLiteral("¿Qué tan grande es el bache? *")),
                 qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("Elija el tamaño más parecido")),
                 qPrintable(labels.join(u'|')));
        QVERIFY(!labels.contains(QStringLiteral("How large is the pothole? *")));
        auto *size =
            intake->attributeForm()->findChild<QComboBox *>(QStringLiteral("attribute_POTHOLE_SIZE"));
        QVERIFY(size);
        QCOMPARE(size->itemText(1), QStringLiteral("Más pequeño que un plato"));
        QCOMPARE(size->itemData(1).toString(), QStringLiteral("SMALL"));
        QCOMPARE(size->accessibleName(), QStringLiteral("¿Qué tan grande es el bache?"));

        // The picker lists Spanish names for Spanish words, and for English ones.
        QLineEdit *search = intake->servicePicker()->lineEdit();
        search->clear();
        QTest::keyClicks(search, QStringLiteral("basura"));
        QAbstractItemModel *matches = intake->servicePicker()->list()->model();
        QVERIFY(matches->rowCount() > 0);
        QCOMPARE(matches->index(0, 0).data().toString(),
                 QStringLiteral("Recolección no realizada  (\"basura\")"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("streetlight"));
        QVERIFY(matches->rowCount() > 0);
        QVERIFY2(
            matches->index(0, 0).data().toString().startsWith(QStringLiteral("Alumbrado público apagado")),
            qPrintable(matches->index(0, 0).data().toString()));

        // Chosen in Spanish, saved as the catalogue's code, English name and answer keys.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("bache"));
        QTest::keyClick(search, Qt::Key_Return);
        size = intake->attributeForm()->findChild<QComboBox *>(QStringLiteral("attribute_POTHOLE_SIZE"));
        QVERIFY(size);
        size->setCurrentIndex(size->findData(QStringLiteral("LARGE")));
        QCOMPARE(size->currentText(), QStringLiteral("Más grande que una llanta de carro"));
        core::CallSession session = intake->session();
        session.address = QStringLiteral("12 Elm St");
        const core::Ticket saved = core::IntakeService(m_profile->store()).saveTicket(session).ticket;
        QCOMPARE(saved.serviceCode, QStringLiteral("POTHOLE"));
        QCOMPARE(saved.serviceName, QStringLiteral("Pothole"));
        QCOMPARE(saved.attributes.value(QStringLiteral("POTHOLE_SIZE")),
                 QStringList{QStringLiteral("LARGE")});
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestIntakeLanguage)
#include "test_intakelanguage.moc"
