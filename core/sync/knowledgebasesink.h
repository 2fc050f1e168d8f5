#pragma once

#include <QJsonObject>
#include <QList>

namespace civicdesk::core {

// Where pulled knowledge-base articles go. The sync session only fetches the articles that
// administrators published (one JSON document each); the knowledge base (core/kb) stores and
// indexes them. Called on the sync thread, inside the pull's local transaction.
class KnowledgeBaseSink
{
public:
    virtual ~KnowledgeBaseSink() = default;
    virtual void applyArticles(const QList<QJsonObject> &articles) = 0;
};

} // namespace civicdesk::core
