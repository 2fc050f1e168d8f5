// libFuzzer target: the streaming CSV reader and the row mapper under the SF profile.
#include "core/csvimport/csvprofile.h"
#include "core/csvimport/csvreader.h"
#include "core/csvimport/csvrowmapper.h"
#include "core/domain/error.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace civicdesk::core;
    static const CsvProfile profile = CsvProfile::load(QStringLiteral("sf"));
    static const QStringList header = [] {
        QStringList h;
        for (const QString &c : profile.columns)
            h.append(c);
        return h + profile.descriptionColumns;
    }();
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    buffer.open(QIODevice::ReadOnly);
    try {
        CsvReader reader(buffer, QStringLiteral("fuzz.csv"), 4096);
        const CsvRowMapper mapper(profile, header, QStringLiteral("fuzz.csv"));
        QStringList fields;
        while (reader.next(fields)) {
            // Spread short records over the columns so the mapper sees dates, points and statuses.
            while (fields.size() < header.size())
                fields.append(fields.isEmpty() ? QString() : fields.at(fields.size() % fields.size()));
            fields = fields.mid(0, header.size());
            try {
                mapper.map(fields);
            } catch (const Error &) {
            }
        }
    } catch (const Error &) {
    }
    return 0;
}
