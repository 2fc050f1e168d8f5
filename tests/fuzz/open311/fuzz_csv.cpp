// libFuzzer target: the streaming CSV reader, the row mapper under the SF profile, and what
// reads a header and the first records: profile detection, the mapping proposal and dates.
#include "core/csvimport/csvdateparser.h"
#include "core/csvimport/csvmappingproposal.h"
#include "core/csvimport/csvprofile.h"
#include "core/csvimport/csvprofiledetector.h"
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
    static const CsvDateParser dates({QStringLiteral("unix"), QStringLiteral("yy-M-d h:mm AP")},
                                     QTimeZone("America/New_York"));
    try {
        CsvReader reader(buffer, QStringLiteral("fuzz.csv"), 4096);
        const CsvRowMapper mapper(profile, header, QStringLiteral("fuzz.csv"));
        QStringList fields;
        QStringList sampleHeader;
        QList<QStringList> sample;
        while (reader.next(fields)) {
            if (sampleHeader.isEmpty())
                sampleHeader = fields;
            else if (sample.size() < 20)
                sample.append(fields);
            for (const QString &f : std::as_const(fields))
                dates.parse(f);
            // Spread short records over the columns so the mapper sees dates, points and statuses.
            while (fields.size() < header.size())
                fields.append(fields.isEmpty() ? QString() : fields.at(fields.size() % fields.size()));
            fields = fields.mid(0, header.size());
            try {
                mapper.map(fields);
            } catch (const Error &) {
            }
        }
        CsvMappingProposal::propose(sampleHeader, sample, QStringLiteral("fuzz.csv")).json();
        try {
            CsvProfileDetector::detect(sampleHeader, sample, QStringLiteral("fuzz.csv"));
        } catch (const Error &) {
        }
    } catch (const Error &) {
    }
    return 0;
}
