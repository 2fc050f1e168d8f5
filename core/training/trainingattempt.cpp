#include "core/training/trainingattempt.h"

#include "core/domain/error.h"
#include "core/store/calllogrepository.h"
#include "core/store/ticketrepository.h"

#include <QCoreApplication>

namespace civicdesk::core {

TrainingAttempt TrainingAttempt::read(const Database &db, const QUuid &callId)
{
    const std::optional<CallRecord> call = CallLogRepository(db).find(callId);
    if (!call)
        throw Error(QCoreApplication::translate("TrainingAttempt", "no call %1 in the call log")
                        .arg(callId.toString(QUuid::WithoutBraces)));
    TrainingAttempt a;
    a.kbArticle = call->kbArticle;
    a.emergencyTransfer = call->emergencyTransfer;
    a.wrapUp = call->wrapUp;
    a.seconds = call->handleSeconds;
    if (!call->ticketId.isNull()) {
        if (const std::optional<Ticket> t = TicketRepository(db).findById(call->ticketId)) {
            a.ticketCreated = true;
            a.ticketReference = t->referenceNumber;
            a.serviceCode = t->serviceCode;
            a.attributes = t->attributes;
            if (t->latitude && t->longitude)
                a.position = GeoPoint{*t->longitude, *t->latitude};
            a.address = t->address;
            a.description = t->description;
            a.duplicateLinked = !t->duplicateOf.isNull();
        }
    }
    return a;
}

} // namespace civicdesk::core
