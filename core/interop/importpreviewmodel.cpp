#include "core/interop/importpreviewmodel.h"

#include "core/csvimport/csvprofile.h"
#include "core/csvimport/csvprofiledetector.h"
#include "core/csvimport/csvreader.h"
#include "core/csvimport/csvrowmapper.h"
#include "core/domain/error.h"
#include "core/open311/open311reader.h"

#include <QFile>
#include <QLocale>

namespace civicdesk::core {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : TextTableModel(ColumnCount, parent) {}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_mapping.clear();
    endResetModel();
}

void ImportPreviewModel::load(const QString &fileName, const QString &source)
{
    QList<ImportPreviewRow> rows;
    QStringList mapping;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: %2").arg(fileName, file.errorString()));
    if (source == QLatin1String("open311") || source == QLatin1String("open311-services")) {
        const auto r = open311reader::read(file.readAll(), fileName);
        mapping.append(tr("Open311 GeoReport v2: %1").arg(Open311Document::kindName(r.document.kind)));
        for (const QString &repair : r.document.repairs)
            mapping.append(tr("repaired: %1").arg(repair));
        for (const auto &p : r.skipped) {
            if (rows.size() < kRows)
                rows.append({p.where, {}, p.reason});
        }
        for (qsizetype i = 0; i < r.document.requests.size() && rows.size() < kRows; ++i)
            rows.append({tr("request %1").arg(i + 1), r.document.requests.at(i), {}});
        for (qsizetype i = 0; i < r.document.services.size() && rows.size() < kRows; ++i) {
            Ticket t;
            t.serviceCode = r.document.services.at(i).code;
            t.serviceName = r.document.services.at(i).name;
            rows.append({tr("service %1").arg(i + 1), t, {}});
        }
    } else {
        QString detected;
        const CsvProfile profile = CsvProfileDetector::resolve(source, fileName, &detected);
        CsvReader reader(file, fileName);
        QStringList fields;
        if (!reader.next(fields))
            throw Error(tr("%1: the file is empty").arg(fileName));
        const CsvRowMapper mapper(profile, fields, fileName);
        if (!detected.isEmpty())
            mapping.append(detected);
        mapping.append(tr("%1 (time zone %2)").arg(profile.name, QString::fromUtf8(profile.timeZone.id())));
        // The file's own names ("closed_date"), which may differ from the profile's ("Closed").
        QHash<QString, QString> header;
        QStringList description;
        for (const CsvRowMapper::Match &m : mapper.matches()) {
            if (m.field == QLatin1String("description"))
                description.append(m.header);
            else
                header.insert(m.field, m.header);
        }
        QStringList keys = profile.columns.keys();
        keys.sort();
        for (const QString &key : keys)
            mapping.append(QStringLiteral("%1 \u2192 %2").arg(header.value(key), key));
        if (!description.isEmpty())
            mapping.append(
                QStringLiteral("%1 \u2192 description").arg(description.join(QStringLiteral(" + "))));
        while (rows.size() < kRows && reader.next(fields)) {
            const QString where = tr("line %1").arg(reader.line());
            try {
                rows.append({where, mapper.map(fields), {}});
            } catch (const Error &e) {
                rows.append({where, {}, e.message()});
            }
        }
    }
    beginResetModel();
    m_rows = rows;
    m_mapping = mapping;
    endResetModel();
}

QString ImportPreviewModel::cellText(const ImportPreviewRow &r, int column) const
{
    const Ticket &t = r.ticket;
    switch (column) {
    case Where:
        return r.where;
    case Reference:
        return t.referenceNumber;
    case Requested:
        return t.requestedAt.isValid() ? QLocale().toString(t.requestedAt.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
    case Status:
        return r.problem.isEmpty() && !t.referenceNumber.isEmpty() ? ticketstatus::displayName(t.status)
                                                                   : QString();
    case Service:
        return t.serviceName.isEmpty() ? t.serviceCode
                                       : QStringLiteral("%1 (%2)").arg(t.serviceName, t.serviceCode);
    case Address:
        return t.address;
    case Location:
        return t.latitude ? QStringLiteral("%1, %2").arg(*t.latitude, 0, 'f', 5).arg(*t.longitude, 0, 'f', 5)
                          : QString();
    case Channel:
        return r.problem.isEmpty() && !t.referenceNumber.isEmpty() ? channel::displayName(t.channel)
                                                                   : QString();
    case Problem:
        return r.problem;
    default:
        return {};
    }
}

QString ImportPreviewModel::columnTitle(int column) const
{
    switch (column) {
    case Where:
        return tr("Where");
    case Reference:
        return tr("Reference");
    case Requested:
        return tr("Requested");
    case Status:
        return tr("Status");
    case Service:
        return tr("Service");
    case Address:
        return tr("Address");
    case Location:
        return tr("Location");
    case Channel:
        return tr("Channel");
    case Problem:
        return tr("Skipped because");
    default:
        return {};
    }
}

} // namespace civicdesk::core
