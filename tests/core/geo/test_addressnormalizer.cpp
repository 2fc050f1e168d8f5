#include "core/geo/addressnormalizer.h"
#include "support/testmain.h"

using civicdesk::core::AddressNormalizer;

class TestAddressNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameStreet_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("suffix") << QStringLiteral("Main Street") << QStringLiteral("main st.");
        QTest::newRow("str") << QStringLiteral("Main Str") << QStringLiteral("MAIN ST");
        QTest::newRow("directional") << QStringLiteral("North Third Avenue") << QStringLiteral("N 3rd Ave");
        QTest::newRow("ordinal") << QStringLiteral("Twenty-first Street") << QStringLiteral("21st St");
        QTest::newRow("accents") << QStringLiteral("Rue Sainte-Dévote") << QStringLiteral("rue ste devote");
        QTest::newRow("apostrophe") << QStringLiteral("Boulevard d'Italie") << QStringLiteral("Bd dItalie");
    }
    void sameStreet()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(AddressNormalizer::normalizeStreet(a), AddressNormalizer::normalizeStreet(b));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("street");
        QTest::addColumn<QString>("unit");
        QTest::newRow("plain") << QStringLiteral("12 Main Street") << QStringLiteral("12") << QStringLiteral("main st") << QString();
        QTest::newRow("apt") << QStringLiteral("12 Main St Apt 4B") << QStringLiteral("12") << QStringLiteral("main st") << QStringLiteral("4b");
        QTest::newRow("hash") << QStringLiteral("12 Main St #4B") << QStringLiteral("12") << QStringLiteral("main st") << QStringLiteral("4b");
        QTest::newRow("comma unit") << QStringLiteral("12 Main St, Unit 7, Springfield") << QStringLiteral("12") << QStringLiteral("main st") << QStringLiteral("7");
        QTest::newRow("letter") << QStringLiteral("12B Main St") << QStringLiteral("12b") << QStringLiteral("main st") << QString();
        QTest::newRow("no number") << QStringLiteral("Main St") << QString() << QStringLiteral("main st") << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, number);
        QFETCH(QString, street);
        QFETCH(QString, unit);
        const auto p = AddressNormalizer::parse(text);
        QCOMPARE(p.number, number);
        QCOMPARE(p.street, street);
        QCOMPARE(p.unit, unit);
    }

    void intersections()
    {
        QCOMPARE(AddressNormalizer::splitIntersection(QStringLiteral("Main St & 3rd Ave")),
                 (QStringList{QStringLiteral("main st"), QStringLiteral("3rd ave")}));
        QCOMPARE(AddressNormalizer::splitIntersection(QStringLiteral("Main and Third")),
                 (QStringList{QStringLiteral("main"), QStringLiteral("3rd")}));
        QVERIFY(AddressNormalizer::splitIntersection(QStringLiteral("12 Main St")).isEmpty());
    }

    void editDistance()
    {
        QCOMPARE(AddressNormalizer::editDistance(QStringLiteral("main"), QStringLiteral("mian"), 2), 1);
        QCOMPARE(AddressNormalizer::editDistance(QStringLiteral("main"), QStringLiteral("maine"), 2), 1);
        QCOMPARE(AddressNormalizer::editDistance(QStringLiteral("main"), QStringLiteral("elm"), 1), 2);
    }
};

CIVICDESK_TEST_MAIN(TestAddressNormalizer)
#include "test_addressnormalizer.moc"
