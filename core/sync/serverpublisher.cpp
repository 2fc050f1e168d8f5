#include "core/sync/serverpublisher.h"

#include "core/catalog/catalogjson.h"
#include "core/domain/error.h"
#include "core/json/jsontext.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <utility>

namespace civicdesk::core {

int ServerPublisher::publishCatalog(const Catalog &catalog) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO civicdesk.catalog_documents (document) VALUES (?::jsonb) "
                                    "RETURNING version"));
    q.bind(0, QString::fromUtf8(catalogjson::serialise(catalog))).exec();
    return q.next() ? q.value(0).toInt() : 0;
}

int ServerPublisher::publishArticles(const QByteArray &jsonLines, const QString &source) const
{
    // Every line is read before the server is touched: a bad file publishes nothing.
    const QList<QByteArray> lines = jsonLines.split('\n');
    QList<std::pair<QString, QString>> articles;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QString where = QStringLiteral("%1:%2").arg(source).arg(i + 1);
        const QJsonObject o = jsontext::parseObject(lines.at(i), where);
        const QString id = o.value(QStringLiteral("id")).toVariant().toString();
        if (id.isEmpty())
            throw Error(
                QCoreApplication::translate("ServerPublisher", "%1: id: is required").arg(where),
                {{QStringLiteral("id"), QCoreApplication::translate("ServerPublisher", "is required")}});
        articles.append({id, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))});
    }
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO civicdesk.kb_articles (id, document) VALUES (?, ?::jsonb) "
                                    "ON CONFLICT (id) DO UPDATE SET document = excluded.document, "
                                    "published_at = now(), published_by = session_user"));
    for (const auto &[id, json] : articles)
        q.bind(0, id).bind(1, json).exec();
    tx.commit();
    return int(articles.size());
}

} // namespace civicdesk::core
