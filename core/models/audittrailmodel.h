#pragma once

#include "core/domain/auditevent.h"

#include <QAbstractTableModel>
#include <QList>

namespace civicdesk::core {

// A ticket's audit trail: who changed which field, from what, to what, and when.
class AuditTrailModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Actor, Field, OldValue, NewValue, ColumnCount };

    explicit AuditTrailModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setEvents(const QList<AuditEvent> &events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEvent> m_events;
};

} // namespace civicdesk::core
