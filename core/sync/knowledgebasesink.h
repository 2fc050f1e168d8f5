#pragma once

#include <QJsonObject>
#include <QList>

namespace civicdesk::core {

// Where pulled knowledge-base articles go. The sync session only fetches the articles that
// administrators published (one JSON document each); the knowledge base (core/kb) stores and
// indexes them (core/kb/kbsyncsink.h). Called on the sync thread after the pull's ticket
// transaction has committed, so the sink opens its own; the article cursor moves only once it
// returns, and a batch given twice (a crash in between) must change nothing the second time.
class KnowledgeBaseSink
{
public:
    virtual ~KnowledgeBaseSink() = default;
    virtual void applyArticles(const QList<QJsonObject> &articles) = 0;
};

} // namespace civicdesk::core
