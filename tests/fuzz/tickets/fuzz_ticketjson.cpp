// Any bytes fed to the ticket JSON reader end in a Ticket or a civicdesk::core::Error, never a
// crash, hang or sanitizer report; a ticket that reads must write and read back the same.
#include "core/domain/error.h"
#include "core/json/jsontext.h"
#include "core/tickets/ticketjson.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace civicdesk::core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    try {
        const Ticket t = ticketjson::fromJson(jsontext::parseObject(bytes, QStringLiteral("fuzz")), QStringLiteral("fuzz"));
        const Ticket back = ticketjson::fromJson(ticketjson::toJson(t), QStringLiteral("again"));
        if (!(back == t))
            std::abort();
    } catch (const Error &) {
    }
    return 0;
}
