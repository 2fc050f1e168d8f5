#include "core/intake/servicematchmodel.h"

#include "core/catalog/catalogtext.h"

#include <QCoreApplication>

namespace civicdesk::core {

ServiceMatchModel::ServiceMatchModel(const Catalog &catalog, QObject *parent, const QString &language)
    : RowModel(parent), m_picker(catalog, language.isEmpty() ? CatalogText::currentLanguage() : language)
{
    m_rows = m_picker.search(QString());
}

void ServiceMatchModel::setQuery(const QString &query)
{
    beginResetModel();
    m_query = query;
    m_rows = m_picker.search(query);
    endResetModel();
}

QVariant ServiceMatchModel::rowData(const Row &m, int, int role) const
{
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
