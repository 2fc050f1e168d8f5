#pragma once

#include "core/domain/auditevent.h"
#include "core/models/texttablemodel.h"

#include <QList>

namespace civicdesk::core {

// A ticket's audit trail: who changed which field, from what, to what, and when.
class AuditTrailModel final : public TextTableModel<QList<AuditEvent>>
{
    Q_OBJECT

public:
    enum Column { When, Actor, Field, OldValue, NewValue, ColumnCount };

    explicit AuditTrailModel(QObject *parent = nullptr) : TextTableModel(ColumnCount, parent) {}

    void setEvents(const QList<AuditEvent> &events) { resetRows(events); }

private:
    QString cellText(const AuditEvent &e, int column) const override;
    QString columnTitle(int column) const override;
};

} // namespace civicdesk::core
