#include "core/kb/kbserviceindex.h"

#include "core/domain/error.h"
#include "core/kb/kbrepository.h"
#include "core/kb/kbsearch.h"
#include "core/store/database.h"

#include <QCoreApplication>

namespace civicdesk::core {

KbServiceIndex::KbServiceIndex(const QList<Service> &services)
{
    if (!m_dir.isValid())
        throw Error(QCoreApplication::translate("KbServiceIndex",
                                                "cannot create a temporary folder for the service index"));
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("services.sqlite")));
    QList<Article> articles;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const Service &s = services.at(i);
        Article a;
        // Service codes may hold any character; an article id may not.
        a.id = QStringLiteral("service-%1").arg(i);
        a.title = s.name.isEmpty() ? s.code : s.name;
        a.answerMarkdown = s.description.isEmpty() ? a.title : s.description;
        a.keywords = s.keywords;
        if (!s.group.isEmpty())
            a.keywords.append(s.group);
        a.serviceCodes = {s.code};
        articles.append(a);
    }
    if (!articles.isEmpty())
        KbRepository(*m_db).importAll(articles, QStringLiteral("catalogue"));
    m_search = std::make_unique<KbSearch>(*m_db);
}

KbServiceIndex::~KbServiceIndex()
{
    m_search.reset();
    if (m_db)
        m_db->closeThreadConnection();
}

QList<KbServiceIndex::Match> KbServiceIndex::matches(const QList<KbHit> &hits) const
{
    QList<Match> out;
    for (const KbHit &h : hits) {
        if (!h.serviceCodes.isEmpty())
            out.append({h.serviceCodes.constFirst(), h.score});
    }
    return out;
}

QList<KbServiceIndex::Match> KbServiceIndex::search(const QString &words, int limit) const
{
    KbQuery q;
    q.text = words;
    q.limit = limit;
    q.asYouType = false;
    return matches(m_search->search(q));
}

QList<KbServiceIndex::Match> KbServiceIndex::plainBm25(const QString &words, int limit) const
{
    QList<Match> out;
    // plainBm25 returns ids and titles only; the id is the service's place in the list.
    const QList<KbHit> hits = m_search->plainBm25(words, limit);
    KbRepository repo(*m_db);
    for (const KbHit &h : hits) {
        const auto article = repo.find(h.id);
        if (article && !article->serviceCodes.isEmpty())
            out.append({article->serviceCodes.constFirst(), h.score});
    }
    return out;
}

} // namespace civicdesk::core
