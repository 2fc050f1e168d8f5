// libFuzzer target: the Open311 JSON reader, including the leading-zero repair.
#include "core/domain/error.h"
#include "core/open311/open311reader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    civicdesk::core::open311reader::quoteLeadingZeroNumbers(input);
    try {
        // Read as JSON whatever the first byte: the reader dispatches on it.
        civicdesk::core::open311reader::read(QByteArray("[") + input, QStringLiteral("fuzz.json"));
    } catch (const civicdesk::core::Error &) {
    }
    try {
        civicdesk::core::open311reader::read(input, QStringLiteral("fuzz.json"));
    } catch (const civicdesk::core::Error &) {
    }
    return 0;
}
