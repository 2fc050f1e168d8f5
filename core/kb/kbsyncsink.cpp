#include "core/kb/kbsyncsink.h"

#include "core/domain/error.h"
#include "core/kb/kbjson.h"
#include "core/kb/kbrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutexLocker>

namespace civicdesk::core {

QString KbSyncSink::author()
{
    return QStringLiteral("server");
}

void KbSyncSink::applyArticles(const QList<QJsonObject> &articles)
{
    QList<Article> accepted;
    QHash<QString, qsizetype> position; // id -> index in accepted
    QStringList skipped;
    for (const QJsonObject &o : articles) {
        const QString where =
            QCoreApplication::translate("KbSyncSink", "server article %1")
                .arg(o.value(QStringLiteral("id")).toVariant().toString());
        try {
            Article a = kbjson::fromJson(o, where); // validates too
            // The pull lists articles in change order, so a later copy of an id is the newer one.
            const auto it = position.constFind(a.id);
            if (it != position.constEnd()) {
                accepted[*it] = std::move(a);
            } else {
                position.insert(a.id, accepted.size());
                accepted.append(std::move(a));
            }
        } catch (const Error &e) {
            skipped.append(e.message());
        }
    }
    for (const QString &line : std::as_const(skipped))
        qWarning("kb sync: skipped %s", qUtf8Printable(line));
    {
        QMutexLocker lock(&m_mutex);
        m_skipped = skipped;
    }
    if (!accepted.isEmpty())
        KbRepository(m_db).importAll(accepted, author());
}

QStringList KbSyncSink::skipped() const
{
    QMutexLocker lock(&m_mutex);
    return m_skipped;
}

} // namespace civicdesk::core
