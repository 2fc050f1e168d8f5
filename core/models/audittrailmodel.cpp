#include "core/models/audittrailmodel.h"

#include "core/tickets/auditfield.h"

#include <QLocale>

namespace civicdesk::core {

QString AuditTrailModel::cellText(const AuditEvent &e, int column) const
{
    switch (column) {
    case When:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case Actor:
        return e.actor;
    case Field:
        return auditfield::label(e.field);
    case OldValue:
        return auditfield::value(e.field, e.oldValue);
    case NewValue:
        return auditfield::value(e.field, e.newValue);
    }
    return {};
}

QString AuditTrailModel::columnTitle(int column) const
{
    switch (column) {
    case When:
        return tr("When");
    case Actor:
        return tr("Who");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Before");
    case NewValue:
        return tr("After");
    }
    return {};
}

} // namespace civicdesk::core
