#include "core/domain/emailaddress.h"
#include "core/domain/phonenumber.h"
#include "support/testmain.h"

using namespace civicdesk::core;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toE164_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty = invalid
        QTest::newRow("dictated") << QStringLiteral("(555) 234-0198") << QStringLiteral("+15552340198");
        QTest::newRow("dots") << QStringLiteral("555.234.0198") << QStringLiteral("+15552340198");
        QTest::newRow("leading 1") << QStringLiteral("1 555 234 0198") << QStringLiteral("+15552340198");
        QTest::newRow("e164") << QStringLiteral("+15552340198") << QStringLiteral("+15552340198");
        QTest::newRow("extension dropped")
            << QStringLiteral("555-234-0198 x12") << QStringLiteral("+15552340198");
        QTest::newRow("uk") << QStringLiteral("+44 20 7946 0958") << QStringLiteral("+442079460958");
        QTest::newRow("011 prefix") << QStringLiteral("011 33 1 23 45 67 89")
                                    << QStringLiteral("+33123456789");
        QTest::newRow("too short") << QStringLiteral("12") << QString();
        QTest::newRow("seven digits") << QStringLiteral("234-0198") << QString();
        QTest::newRow("area code 0") << QStringLiteral("055 234 0198") << QString();
        QTest::newRow("letters") << QStringLiteral("555-CALL-311") << QString();
        QTest::newRow("too long") << QStringLiteral("+1234567890123456") << QString();
        QTest::newRow("plus inside") << QStringLiteral("555+2340198") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("nanp wrong length") << QStringLiteral("+1555234019") << QString();
    }
    void toE164()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(phonenumber::toE164(input).value_or(QString()), expected);
    }

    void formatsAsTyped()
    {
        QCOMPARE(phonenumber::formatForDisplay(QStringLiteral("555")), QStringLiteral("555"));
        QCOMPARE(phonenumber::formatForDisplay(QStringLiteral("5552340")), QStringLiteral("555-2340"));
        QCOMPARE(phonenumber::formatForDisplay(QStringLiteral("5552340198")),
                 QStringLiteral("(555) 234-0198"));
        QCOMPARE(phonenumber::formatForDisplay(QStringLiteral("+15552340198")),
                 QStringLiteral("+1 (555) 234-0198"));
        QCOMPARE(phonenumber::formatForDisplay(QStringLiteral("+442079460958")),
                 QStringLiteral("+442079460958"));
        // An extension stays an extension (a screen pop of tel:+15552340198;ext=22).
        QCOMPARE(phonenumber::formatForDisplay(QStringLiteral("+15552340198;ext=22")),
                 QStringLiteral("+1 (555) 234-0198 x22"));
        QCOMPARE(phonenumber::formatForDisplay(QStringLiteral("555-234-0198 x12")),
                 QStringLiteral("(555) 234-0198 x12"));
        QCOMPARE(phonenumber::toE164(phonenumber::formatForDisplay(QStringLiteral("+15552340198;ext=22"))),
                 QStringLiteral("+15552340198"));
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("dana.reyes@example.org") << true;
        QTest::newRow("plus") << QStringLiteral("dana+311@mail.example.com") << true;
        QTest::newRow("no at") << QStringLiteral("dana.example.org") << false;
        QTest::newRow("no dot domain") << QStringLiteral("dana@localhost") << false;
        QTest::newRow("space") << QStringLiteral("dana reyes@example.org") << false;
        QTest::newRow("double dot") << QStringLiteral("dana..r@example.org") << false;
        QTest::newRow("two at") << QStringLiteral("a@b@example.org") << false;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(emailaddress::isValid(email), valid);
    }
};

CIVICDESK_TEST_MAIN(TestPhoneNumber)
#include "test_phonenumber.moc"
