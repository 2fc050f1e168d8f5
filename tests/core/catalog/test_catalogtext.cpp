// The catalogue in the call taker's language: field-by-field fallback to English, and the
// built-in catalogue complete in Spanish and French.
#include "core/catalog/catalogjson.h"
#include "core/catalog/catalogtext.h"
#include "support/testmain.h"

using namespace civicdesk::core;

namespace {
// One service with every translatable field, Spanish in part and French not at all.
Service halfTranslated()
{
    Service s;
    s.code = QStringLiteral("POTHOLE");
    s.name = QStringLiteral("Pothole");
    s.description = QStringLiteral("A hole in the street.");
    s.group = QStringLiteral("Streets & Sidewalks");
    s.keywords = {QStringLiteral("pot hole")};
    s.translations.insert(QStringLiteral("es"),
                          {QStringLiteral("Bache"), {}, QStringLiteral("Calles y aceras"), {}});
    ServiceAttribute a;
    a.code = QStringLiteral("SIZE");
    a.datatype = AttributeDatatype::SingleValueList;
    a.description = QStringLiteral("How large is the pothole?");
    a.datatypeDescription = QStringLiteral("Pick the closest size");
    a.translations.insert(QStringLiteral("es"), {QStringLiteral("¿Qué tan grande es el bache?"), {}});
    a.values = {{QStringLiteral("SMALL"),
                 QStringLiteral("Small"),
                 {{QStringLiteral("es"), QStringLiteral("Pequeño")}}},
                {QStringLiteral("LARGE"), QStringLiteral("Large"), {}}};
    s.attributes = {a};
    return s;
}
} // namespace

class TestCatalogText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fallsBackFieldByField()
    {
        const Service s = halfTranslated();
        const CatalogText es(QStringLiteral("es"));
        QCOMPARE(es.name(s), QStringLiteral("Bache"));
        QCOMPARE(es.group(s), QStringLiteral("Calles y aceras"));
        QCOMPARE(es.description(s), QStringLiteral("A hole in the street."));
        QCOMPARE(es.keywords(s), QStringList{QStringLiteral("pot hole")});
        const ServiceAttribute &a = s.attributes.first();
        QCOMPARE(es.description(a), QStringLiteral("¿Qué tan grande es el bache?"));
        QCOMPARE(es.datatypeDescription(a), QStringLiteral("Pick the closest size"));
        QCOMPARE(es.name(a.values.at(0)), QStringLiteral("Pequeño"));
        QCOMPARE(es.name(a.values.at(1)), QStringLiteral("Large"));

        // A language the catalogue does not have at all is English throughout.
        const CatalogText fr(QStringLiteral("fr"));
        QCOMPARE(fr.name(s), QStringLiteral("Pothole"));
        QCOMPARE(fr.description(a), QStringLiteral("How large is the pothole?"));
        QCOMPARE(fr.name(a.values.at(0)), QStringLiteral("Small"));
    }

    void localizedKeepsCodesAndKeys()
    {
        const Service s = halfTranslated();
        const Service shown = CatalogText(QStringLiteral("es")).localized(s);
        QCOMPARE(shown.code, s.code);
        QCOMPARE(shown.name, QStringLiteral("Bache"));
        QCOMPARE(shown.description, s.description);
        QCOMPARE(shown.attributes.first().code, QStringLiteral("SIZE"));
        QCOMPARE(shown.attributes.first().description, QStringLiteral("¿Qué tan grande es el bache?"));
        QCOMPARE(shown.attributes.first().datatypeDescription, QStringLiteral("Pick the closest size"));
        QCOMPARE(shown.attributes.first().values.at(0).key, QStringLiteral("SMALL"));
        QCOMPARE(shown.attributes.first().values.at(0).name, QStringLiteral("Pequeño"));
        QCOMPARE(shown.attributes.first().values.at(1).name, QStringLiteral("Large"));
        QCOMPARE(CatalogText(QStringLiteral("en")).localized(s), s);
    }

    void languageCodes_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("language");
        QTest::newRow("plain") << "es"
                               << "es";
        QTest::newRow("with country") << "es_MX"
                                      << "es";
        QTest::newRow("BCP 47") << "fr-CA"
                                << "fr";
        QTest::newRow("upper case") << "FR"
                                    << "fr";
        QTest::newRow("empty") << ""
                               << "en";
        QTest::newRow("C locale") << "C"
                                  << "en";
    }
    void languageCodes()
    {
        QFETCH(QString, given);
        QFETCH(QString, language);
        QCOMPARE(CatalogText(given).language(), language);
    }

    // Catalogue text follows the installed interface language, not the system locale: with no
    // translator installed (the command line) it stays English like every other message.
    void englishWithoutAnInterfaceLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("fr_CA")));
        QCOMPARE(CatalogText::currentLanguage(), QStringLiteral("en"));
        QCOMPARE(CatalogText().name(halfTranslated()), QStringLiteral("Pothole"));
        QLocale::setDefault(before);
    }

    void untranslatedNamesEachField()
    {
        const Service s = halfTranslated();
        QCOMPARE(CatalogText::untranslated(s, QStringLiteral("es")),
                 QStringList({QStringLiteral("description"), QStringLiteral("keywords"),
                              QStringLiteral("attributes[0] (SIZE).datatype_description"),
                              QStringLiteral("attributes[0] (SIZE).values[1] (LARGE).name")}));
        QCOMPARE(CatalogText::untranslated(s, QStringLiteral("fr")).size(), 8);
    }

    // A service whose English an import replaced keeps the translations of what did not change.
    void translationsOfChangedEnglishAreDropped()
    {
        const Service before = halfTranslated();
        Service after = before;
        after.translations.clear();
        after.name = QStringLiteral("Pothole (city)");
        after.attributes.first().translations.clear();
        after.attributes.first().values = {{QStringLiteral("SMALL"), QStringLiteral("Small"), {}},
                                           {QStringLiteral("LARGE"), QStringLiteral("Big"), {}}};
        const Service carried = CatalogText::carryTranslations(before, after);
        const CatalogText es(QStringLiteral("es"));
        QCOMPARE(es.name(carried), QStringLiteral("Pothole (city)"));
        QCOMPARE(es.group(carried), QStringLiteral("Calles y aceras"));
        QCOMPARE(es.description(carried.attributes.first()), QStringLiteral("¿Qué tan grande es el bache?"));
        QCOMPARE(es.name(carried.attributes.first().values.at(0)), QStringLiteral("Pequeño"));
        QCOMPARE(es.name(carried.attributes.first().values.at(1)), QStringLiteral("Big"));

        // A question reworded in English loses its Spanish; an attribute the update dropped is gone.
        after.attributes.first().description = QStringLiteral("How big is it?");
        QCOMPARE(es.description(CatalogText::carryTranslations(before, after).attributes.first()),
                 QStringLiteral("How big is it?"));
        QVERIFY(CatalogText::carryTranslations(before, after).attributes.first().translations.isEmpty());
        // Unchanged, everything is kept as it was.
        QCOMPARE(CatalogText::carryTranslations(before, before), before);
    }

    // Every built-in service, question, hint and answer has Spanish and French text.
    void builtInIsCompleteInSpanishAndFrench_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << "es";
        QTest::newRow("fr") << "fr";
    }
    void builtInIsCompleteInSpanishAndFrench()
    {
        QFETCH(QString, language);
        const Catalog c = catalogjson::builtIn();
        QStringList gaps;
        for (const Service &s : c.services()) {
            for (const QString &field : CatalogText::untranslated(s, language))
                gaps.append(s.code + u'.' + field);
        }
        QVERIFY2(gaps.isEmpty(), qPrintable(QStringLiteral("%1 lacks %2 text: %3")
                                                .arg(QStringLiteral("sample-catalog.json"), language,
                                                     gaps.join(QStringLiteral(", ")))));
    }
};

CIVICDESK_TEST_MAIN(TestCatalogText)
#include "test_catalogtext.moc"
