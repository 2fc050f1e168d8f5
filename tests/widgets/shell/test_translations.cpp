#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/shell/mainwindow.h"

#include <QMenuBar>
#include <QTranslator>

using namespace civicdesk;

// The shipped translations load from the embedded resources and reach the screens.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menus_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Archivo");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier");
    }
    void menus()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("civicdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        testsupport::TempProfile profile;
        widgets::MainWindow window(profile.store());
        QCOMPARE(window.menuBar()->actions().first()->text(), fileMenu);
        // Core's strings are translated too (a context outside any class).
        QVERIFY(QCoreApplication::translate("TicketStatus", "New") != QStringLiteral("New"));
        QCoreApplication::removeTranslator(&translator);
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestTranslations)
#include "test_translations.moc"
