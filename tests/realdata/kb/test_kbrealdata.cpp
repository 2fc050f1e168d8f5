// Real 311 content as knowledge-base articles: Boston's 2016 landing-page FAQ and the
// descriptions of Boston's 2018 Open311 services, imported into a real store, then searched
// with callers' own words.
#include "core/kb/kbrepository.h"
#include "core/kb/kbsearch.h"
#include "support/requireall.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace civicdesk;

class TestKbRealData : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProfile> m_profile;
    std::unique_ptr<core::KbSearch> m_search;
    int m_faqs = 0;
    int m_services = 0;

    static QJsonDocument readJson(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("CIVICDESK_REALDATA_DIR");
        const QString faqPath = dir + QStringLiteral("/kb/boston311_landing_faq_2016.json");
        const QString servicesPath = dir + QStringLiteral("/open311/boston_services_2018_cc0.json");
        if (dir.isEmpty() || !QFile::exists(faqPath) || !QFile::exists(servicesPath))
            CIVICDESK_SKIP_OR_FAIL(QStringLiteral(
                "real data not found: set CIVICDESK_REALDATA_DIR to the folder holding kb/ and open311/"));

        QList<core::Article> articles;
        const QJsonArray faqs = readJson(faqPath).object().value(QStringLiteral("faqs")).toArray();
        for (qsizetype i = 0; i < faqs.size(); ++i) {
            core::Article a;
            a.id = QStringLiteral("boston-faq-%1").arg(i);
            a.title = faqs.at(i).toObject().value(QStringLiteral("question")).toString();
            a.answerMarkdown = faqs.at(i).toObject().value(QStringLiteral("answer")).toString();
            a.agency = QStringLiteral("BOS311");
            articles.append(a);
        }
        m_faqs = int(faqs.size());
        const QJsonArray services = readJson(servicesPath).array();
        for (const QJsonValue &v : services) {
            const QJsonObject s = v.toObject();
            core::Article a;
            a.id = QStringLiteral("boston-svc-") + s.value(QStringLiteral("service_code")).toString();
            a.title = s.value(QStringLiteral("service_name")).toString();
            a.answerMarkdown = s.value(QStringLiteral("description")).toString();
            if (a.answerMarkdown.trimmed().isEmpty())
                a.answerMarkdown = a.title;
            for (const QString &k :
                 s.value(QStringLiteral("keywords"))
                     .toString()
                     .split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts))
                a.keywords.append(k.trimmed());
            a.category = s.value(QStringLiteral("group")).toString();
            a.serviceCodes = {s.value(QStringLiteral("service_code")).toString()};
            articles.append(a);
        }
        m_services = int(services.size());
        m_profile = std::make_unique<testsupport::TempProfile>();
        const core::KbRepository repo(m_profile->store().database());
        QCOMPARE(repo.importAll(articles, QStringLiteral("realdata")), int(articles.size()));
        m_search = std::make_unique<core::KbSearch>(m_profile->store().database());
    }

    void counts()
    {
        QCOMPARE(m_faqs, 9);
        QCOMPARE(m_services, 118);
        QCOMPARE(core::KbRepository(m_profile->store().database()).count(), m_faqs + m_services);
    }

    void callersFindTheirArticle_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("faq cell") << "can i dial 311 on my cellphone"
                                  << "boston-faq-3";
        QTest::newRow("faq track") << "how do i find out whats happening with my request"
                                   << "boston-faq-8";
        QTest::newRow("faq hours") << "when can i call you guys"
                                   << "boston-faq-1";
        QTest::newRow("faq 911") << "should i call 911 or 311"
                                 << "boston-faq-2";
        QTest::newRow("faq voip") << "my voip phone wont connect to 311"
                                  << "boston-faq-5";
        QTest::newRow("pothole") << "theres a big pothole on my street"
                                 << "boston-svc-REQPOTHL";
        QTest::newRow("rats") << "rats running around the alley"
                              << "boston-svc-RODENTACT";
        QTest::newRow("streetlight") << "the street light outside my house is out"
                                     << "boston-svc-STRLGTOUT";
        QTest::newRow("bed bugs") << "my apartment has bedbugs"
                                  << "boston-svc-BEDBUG";
        QTest::newRow("bike") << "somebody left an abandoned bike locked to a pole for months"
                              << "boston-svc-ABNDBIKE";
        QTest::newRow("found dog") << "i found a lost dog"
                                   << "boston-svc-ANMLFND";
        QTest::newRow("mosquitos") << "mosquitos breeding in stagnant water next door"
                                   << "boston-svc-STAGWTR";
        QTest::newRow("typo sidewalk") << "the sidwalk is broken"
                                       << "boston-svc-SDWRPR";
        QTest::newRow("bulk tv") << "pick up an old tv"
                                 << "boston-svc-SCHDBLKITM";
        QTest::newRow("lead paint") << "worried about lead paint in my apartment"
                                    << "boston-svc-LEADPNT";
    }
    void callersFindTheirArticle()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        core::KbQuery q;
        q.text = query;
        q.limit = 3;
        q.asYouType = false;
        QStringList found;
        for (const auto &h : m_search->search(q))
            found.append(h.id);
        QVERIFY2(found.contains(expected), qPrintable(query + QStringLiteral(" -> ") + found.join(u',')));
    }
};

CIVICDESK_TEST_MAIN(TestKbRealData)
#include "test_kbrealdata.moc"
