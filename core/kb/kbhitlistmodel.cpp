#include "core/kb/kbhitlistmodel.h"

namespace civicdesk::core {

KbHitListModel::KbHitListModel(QObject *parent) : RowModel(parent) {}

QVariant KbHitListModel::rowData(const Row &h, int, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return h.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return plainSnippet(h.snippet);
    case IdRole:
        return h.id;
    case SnippetRole:
        return h.snippet;
    case ScoreRole:
        return h.score;
    case ServiceCodesRole:
        return h.serviceCodes;
    case AgencyRole:
        return h.agency;
    case RankRole:
        return h.rank;
    default:
        return {};
    }
}

QHash<int, QByteArray> KbHitListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(SnippetRole, "snippet");
    names.insert(ScoreRole, "score");
    names.insert(ServiceCodesRole, "serviceCodes");
    names.insert(AgencyRole, "agency");
    names.insert(RankRole, "rank");
    return names;
}

void KbHitListModel::setHits(const QList<KbHit> &hits)
{
    resetRows(hits);
}

QString KbHitListModel::plainSnippet(const QString &snippet)
{
    QString s = snippet;
    s.remove(KbHit::kHighlightStart);
    s.remove(KbHit::kHighlightEnd);
    return s;
}

} // namespace civicdesk::core
