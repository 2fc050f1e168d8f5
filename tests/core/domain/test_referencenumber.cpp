#include "core/domain/error.h"
#include "core/domain/referencenumber.h"
#include "support/testmain.h"

#include <QSet>

using namespace civicdesk::core;

class TestReferenceNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatIsShortAndUnambiguous()
    {
        const QString ref = referencenumber::make(QStringLiteral("K7M"), QDate(2026, 11, 28), 1234);
        QVERIFY2(ref.size() <= 14, qPrintable(ref));
        QCOMPARE(ref.size(), 12);
        QCOMPARE(ref.at(3), u'-');
        QCOMPARE(ref.at(7), u'-');
        QVERIFY(ref.startsWith(QStringLiteral("K7M-")));
        for (QChar c : ref) {
            QVERIFY2(!QStringLiteral("0O1IL").contains(c), qPrintable(ref));
        }
        QVERIFY(referencenumber::isValid(ref));
    }

    void checkCharacterCatchesTypos()
    {
        const QString ref = referencenumber::make(QStringLiteral("ABC"), QDate(2026, 1, 5), 77);
        const QString alphabet = QString::fromLatin1(referencenumber::kAlphabet);
        // Every single-character substitution is caught.
        for (int i = 0; i < ref.size(); ++i) {
            if (ref.at(i) == u'-')
                continue;
            for (QChar c : alphabet) {
                if (c == ref.at(i))
                    continue;
                QString typo = ref;
                typo[i] = c;
                QVERIFY2(!referencenumber::isValid(typo), qPrintable(typo));
            }
        }
        // Swapped neighbours are caught too (when they differ).
        const QString body = QString(ref).remove(u'-');
        for (int i = 0; i + 1 < body.size(); ++i) {
            if (body.at(i) == body.at(i + 1))
                continue;
            QString swapped = body;
            std::swap(swapped[i], swapped[i + 1]);
            QVERIFY2(!referencenumber::isValid(swapped), qPrintable(swapped));
        }
    }

    void readAloudForgiveness()
    {
        const QString ref = referencenumber::make(QStringLiteral("XYZ"), QDate(2027, 3, 1), 5);
        QVERIFY(referencenumber::isValid(ref.toLower()));
        QVERIFY(referencenumber::isValid(QString(ref).remove(u'-')));
        QCOMPARE(referencenumber::normalise(QString(ref).remove(u'-').toLower()), ref);
    }

    void phoneticReadBack()
    {
        const QString spoken = referencenumber::phonetic(QStringLiteral("K7M-4HX-2C9R"));
        QVERIFY(spoken.startsWith(QStringLiteral("K as in Kilo, 7, M as in Mike, dash, 4, H as in Hotel")));
        QVERIFY(spoken.endsWith(QStringLiteral("R as in Romeo")));
    }

    void rejectsBadInput()
    {
        QVERIFY_THROWS_EXCEPTION(Error, referencenumber::make(QStringLiteral("K0M"), QDate(2026, 1, 1), 1));
        QVERIFY_THROWS_EXCEPTION(Error, referencenumber::make(QStringLiteral("KM"), QDate(2026, 1, 1), 1));
        QVERIFY_THROWS_EXCEPTION(Error, referencenumber::make(QStringLiteral("KMM"), QDate(2026, 1, 1),
                                                              referencenumber::kMaxDailyCounter + 1));
        QVERIFY_THROWS_EXCEPTION(Error, referencenumber::make(QStringLiteral("KMM"), QDate(2019, 12, 31), 1));
        QVERIFY(!referencenumber::isValid(QStringLiteral("hello")));
        QVERIFY(!referencenumber::isValid(QString()));
    }

    // 1,000,000 numbers from 50 simulated workstations, each with its own code and counter,
    // over several days: no two are the same.
    void millionWithoutCollision()
    {
        QSet<QString> codes;
        while (codes.size() < 50)
            codes.insert(referencenumber::randomWorkstationCode());
        QSet<QString> seen;
        seen.reserve(1000000);
        const QDate start(2026, 11, 1);
        int made = 0;
        for (const QString &code : codes) {
            for (int i = 0; i < 20000; ++i) {
                // Each workstation takes 5,000 calls a day for four days.
                const QString ref = referencenumber::make(code, start.addDays(i / 5000), i % 5000);
                seen.insert(ref);
                ++made;
            }
        }
        QCOMPARE(made, 1000000);
        QCOMPARE(seen.size(), 1000000);
    }
};

CIVICDESK_TEST_MAIN(TestReferenceNumber)
#include "test_referencenumber.moc"
