// Choosing the interface language: an unknown code follows the system locale, and a missing
// or damaged translation file falls back to English with a warning in the log.
#include "core/settings/uilanguage.h"
#include "support/testmain.h"

#include <QFile>
#include <QTemporaryDir>

using namespace civicdesk;

class TestUiLanguage : public QObject
{
    Q_OBJECT

    static QString systemLanguage()
    {
        const QString code = QLocale::system().name().section(u'_', 0, 0);
        return QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")}.contains(code)
                   ? code
                   : QStringLiteral("en");
    }

private Q_SLOTS:
    void knownCodesAreThemselves()
    {
        QStringList warnings;
        QCOMPARE(core::UiLanguage::resolve(QStringLiteral("es"), &warnings), QStringLiteral("es"));
        QCOMPARE(core::UiLanguage::resolve(QStringLiteral(" FR "), &warnings), QStringLiteral("fr"));
        QCOMPARE(core::UiLanguage::resolve(QString(), &warnings), systemLanguage());
        QCOMPARE(core::UiLanguage::resolve(QStringLiteral("system"), &warnings), systemLanguage());
        QVERIFY(warnings.isEmpty());
    }

    void unknownLanguageFollowsTheSystem()
    {
        QStringList warnings;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown language \"tlh\"")));
        QCOMPARE(core::UiLanguage::resolve(QStringLiteral("tlh"), &warnings), systemLanguage());
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("system language")));
    }

    void damagedTranslationFallsBackToEnglish_data()
    {
        QTest::addColumn<bool>("present");
        QTest::newRow("missing") << false;
        QTest::newRow("corrupt") << true;
    }
    void damagedTranslationFallsBackToEnglish()
    {
        QFETCH(bool, present);
        QTemporaryDir dir;
        if (present) {
            QFile qm(dir.filePath(QStringLiteral("civicdesk_es.qm")));
            QVERIFY(qm.open(QIODevice::WriteOnly));
            qm.write("this is not a Qt translation file");
        }
        QStringList warnings;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("civicdesk_es.qm is missing or damaged")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("English translation")));
        QCOMPARE(core::UiLanguage::apply(QStringLiteral("es"), &warnings, dir.path()), QStringLiteral("en"));
        QCOMPARE(core::UiLanguage::current(), QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings.first().contains(QStringLiteral("English is used")), qPrintable(warnings.first()));
    }
};

CIVICDESK_TEST_MAIN(TestUiLanguage)
#include "test_uilanguage.moc"
