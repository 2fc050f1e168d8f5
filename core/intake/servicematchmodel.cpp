#include "core/intake/servicematchmodel.h"

#include <QCoreApplication>

namespace civicdesk::core {

ServiceMatchModel::ServiceMatchModel(const Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent), m_picker(catalog)
{
    m_matches = m_picker.search(QString());
}

void ServiceMatchModel::setQuery(const QString &query)
{
    beginResetModel();
    m_query = query;
    m_matches = m_picker.search(query);
    endResetModel();
}

int ServiceMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant ServiceMatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceMatch &m = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (!m.matchedOn.isEmpty() && m.matchedOn != m.name && m.matchedOn != m.group)
            return QCoreApplication::translate("ServiceMatchModel", "%1  (\"%2\")").arg(m.name, m.matchedOn);
        return m.name;
    case Qt::ToolTipRole:
        return QCoreApplication::translate("ServiceMatchModel", "%1 (%2), %3").arg(m.name, m.code, m.group);
    case Qt::AccessibleTextRole:
        return m.name;
    case CodeRole:
        return m.code;
    case GroupRole:
        return m.group;
    case MatchedOnRole:
        return m.matchedOn;
    case UsesRole:
        return m.uses;
    default:
        return {};
    }
}

} // namespace civicdesk::core
