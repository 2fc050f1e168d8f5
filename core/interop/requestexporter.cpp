#include "core/interop/requestexporter.h"

#include "core/domain/error.h"
#include "core/store/noterepository.h"
#include "core/store/ticketrepository.h"

#include <QCoreApplication>

namespace civicdesk::core {

qint64 RequestExporter::run(QIODevice &device, const Options &options, const std::function<bool(qint64)> &progress) const
{
    const TicketRepository tickets(m_store.database());
    const NoteRepository notes(m_store.database());
    Open311Writer writer(device, options.format, options.extensions);
    bool cancelled = false;
    writer.begin();
    tickets.forEach(options.since, [&](const Ticket &t) {
        if (!options.open311Status.isEmpty() && ticketstatus::open311Status(t.status) != options.open311Status)
            return true;
        if (options.extensions) {
            Ticket withNotes = t;
            withNotes.notes = notes.forTicket(t.id);
            writer.write(withNotes);
        } else {
            writer.write(t);
        }
        if (progress && writer.count() % 1000 == 0 && !progress(writer.count())) {
            cancelled = true;
            return false;
        }
        return options.limit < 0 || writer.count() < options.limit;
    });
    if (cancelled)
        throw Error(QCoreApplication::translate("RequestExporter", "export cancelled"));
    writer.finish();
    if (progress)
        progress(writer.count());
    return writer.count();
}

} // namespace civicdesk::core
