// libFuzzer target: the Open311 XML reader (QXmlStreamReader, DTDs refused).
#include "core/domain/error.h"
#include "core/open311/open311reader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    try {
        civicdesk::core::open311reader::read(input.startsWith('<') ? input : QByteArray("<") + input,
                                             QStringLiteral("fuzz.xml"));
    } catch (const civicdesk::core::Error &) {
    }
    return 0;
}
