#pragma once

#include "core/catalog/service.h"
#include "core/kb/kbhit.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace civicdesk::core {

class Database;
class KbSearch;

// The catalogue's services searched with the knowledge base's machinery (compounds, typos,
// synonyms, the thesaurus, the ranking), so the service picker understands a caller's sentence
// ("there's a couch on the curb") as well as the KB panel does. Each service is indexed as one
// article: its name as the title, its description as the body, its keywords and group as
// keywords. The index lives in a private temporary store made when the picker first needs it.
class KbServiceIndex
{
public:
    explicit KbServiceIndex(const QList<Service> &services);
    ~KbServiceIndex();
    Q_DISABLE_COPY_MOVE(KbServiceIndex)

    struct Match
    {
        QString code;
        double score = 0; // higher is better
    };
    // The services ranked for a caller's words, best first.
    QList<Match> search(const QString &words, int limit) const;
    // The baseline for `bench picker-relevance`: plain bm25 over names and descriptions.
    QList<Match> plainBm25(const QString &words, int limit) const;

private:
    QList<Match> matches(const QList<KbHit> &hits) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KbSearch> m_search;
};

} // namespace civicdesk::core
