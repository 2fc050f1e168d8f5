// Writes tickets into a profile as fast as it can and prints each reference after its
// transaction commits, until it is killed. The crash-safety test SIGKILLs it mid-stream.
#include "core/store/localstore.h"
#include "core/tickets/ticketservice.h"
#include "support/ticketfactory.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: civicdesk-test-writer PROFILE_DIR\n");
        return 2;
    }
    civicdesk::core::LocalStore store{civicdesk::core::Profile(QString::fromLocal8Bit(argv[1]))};
    civicdesk::core::TicketService service(store);
    for (qint64 i = 0;; ++i) {
        civicdesk::core::Ticket t = civicdesk::testsupport::potholeTicket();
        t.description = QStringLiteral("Crash-safety ticket %1").arg(i);
        const civicdesk::core::Ticket saved = service.create(t);
        std::printf("%s\n", qPrintable(saved.referenceNumber));
        std::fflush(stdout);
    }
}
