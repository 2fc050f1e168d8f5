#include "core/geo/addresscsvmapping.h"

#include "core/domain/error.h"
#include "core/geo/geocsvreader.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>

namespace civicdesk::core {

std::vector<AddressRecord> AddressCsvMapping::read(QIODevice &device, const QString &file) const
{
    GeoCsvReader reader(device, file);
    const int number = reader.column(m_columns.number, QStringLiteral("number"));
    const int street = reader.column(m_columns.street, QStringLiteral("street"));
    const int lat = reader.column(m_columns.lat, QStringLiteral("lat"));
    const int lon = reader.column(m_columns.lon, QStringLiteral("lon"));
    const int unit = m_columns.unit.isEmpty() ? -1 : reader.column(m_columns.unit, QStringLiteral("unit"));
    const int postcode =
        m_columns.postcode.isEmpty() ? -1 : reader.column(m_columns.postcode, QStringLiteral("postcode"));

    std::vector<AddressRecord> records;
    QStringList row;
    while (reader.next(row)) {
        const auto coordinate = [&](int col, const QString &role) {
            bool ok = false;
            const double v = row.value(col).trimmed().toDouble(&ok);
            // toDouble() accepts "nan" and "inf", which would pass any range check after it.
            if (!ok || !std::isfinite(v))
                throw Error(
                    QCoreApplication::translate("AddressCsvMapping", "%1:%2: %3: \"%4\" is not a number")
                        .arg(file)
                        .arg(reader.line())
                        .arg(reader.header().value(col), row.value(col)),
                    {{role, QCoreApplication::translate("AddressCsvMapping", "not a number")}});
            return v;
        };
        AddressRecord r;
        r.number = row.value(number).trimmed();
        r.street = row.value(street).trimmed();
        r.unit = unit >= 0 ? row.value(unit).trimmed() : QString();
        r.postcode = postcode >= 0 ? row.value(postcode).trimmed() : QString();
        r.point = {coordinate(lon, QStringLiteral("lon")), coordinate(lat, QStringLiteral("lat"))};
        r.where = QStringLiteral("line %1").arg(reader.line());
        records.push_back(std::move(r));
    }
    return records;
}

} // namespace civicdesk::core
