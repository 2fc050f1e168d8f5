// Any bytes fed to the catalogue reader end in a Catalog or a civicdesk::core::Error.
#include "core/catalog/catalogjson.h"
#include "core/domain/error.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace civicdesk::core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    try {
        const Catalog c = catalogjson::parse(bytes, QStringLiteral("fuzz"));
        (void)catalogjson::serialise(c);
    } catch (const Error &) {
    }
    return 0;
}
