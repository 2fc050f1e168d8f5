#pragma once

#include "core/intake/servicepicker.h"
#include "core/models/rowmodel.h"

#include <QAbstractListModel>

namespace civicdesk::core {

// The service picker's popup list: the best matches for what has been typed so far.
class ServiceMatchModel final : public RowModel<QAbstractListModel, QList<ServiceMatch>>
{
    Q_OBJECT

public:
    enum Role { CodeRole = Qt::UserRole + 1, GroupRole, MatchedOnRole, UsesRole };

    // Names and groups in `language` (CatalogText); "" is the interface language.
    explicit ServiceMatchModel(const Catalog &catalog, QObject *parent = nullptr,
                               const QString &language = QString());

    ServicePicker &picker() { return m_picker; }
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // The row's match; the model's own search stays reachable beside it.
    using QAbstractListModel::match;
    const ServiceMatch &match(int row) const { return m_rows.at(row); }

private:
    QVariant rowData(const Row &row, int column, int role) const override;
    ServicePicker m_picker;
    QString m_query;
};

} // namespace civicdesk::core
