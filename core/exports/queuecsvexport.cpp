#include "core/exports/queuecsvexport.h"

#include "core/catalog/catalog.h"
#include "core/domain/channel.h"
#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/interop/csvwriter.h"
#include "core/queue/queuecolumn.h"
#include "core/queue/queuestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace civicdesk::core {

namespace {
bool isTime(const QString &key)
{
    return key == QLatin1String("requested") || key == QLatin1String("updated") ||
           key == QLatin1String("due") || key == QLatin1String("sla") ||
           key == QLatin1String("acknowledged") || key == QLatin1String("closed");
}
} // namespace

QStringList QueueCsvExport::columnsFor(const QueueQuery &query, const Options &options) const
{
    QStringList keys = !options.columns.isEmpty()
                           ? options.columns
                           : (query.columns.isEmpty() ? QueueColumn::defaultKeys() : query.columns);
    const bool callers = options.callerDetails && role::may(m_role, Permission::ExportCallerDetails);
    QStringList out;
    for (const QString &k : keys) {
        const QueueColumn *c = QueueColumn::find(k);
        if (!c)
            throw Error(
                QCoreApplication::translate("QueueCsvExport", "columns: unknown column \"%1\"").arg(k),
                {{QStringLiteral("columns"),
                  QCoreApplication::translate("QueueCsvExport", "unknown column")}});
        if (c->callerDetail && !callers)
            continue;
        out.append(k);
    }
    if (options.callerDetails && !callers)
        throw Error(QCoreApplication::translate("QueueCsvExport", "caller details: a %1 may not export them")
                        .arg(role::displayName(m_role).toLower()),
                    {{QStringLiteral("caller_details"),
                      QCoreApplication::translate("QueueCsvExport", "not allowed")}});
    return out;
}

qint64 QueueCsvExport::write(const QueueQuery &query, const QString &fileName, const Options &options) const
{
    query.validate();
    const QStringList columns = columnsFor(query, options);
    const QFileInfo info(fileName);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        throw Error(
            QCoreApplication::translate("QueueCsvExport", "%1: the folder %2 does not exist")
                .arg(fileName, folder.absoluteFilePath()),
            {{QStringLiteral("file"), QCoreApplication::translate("QueueCsvExport", "no such folder")}});
    if (!folder.isWritable())
        throw Error(
            QCoreApplication::translate("QueueCsvExport", "%1: the folder %2 is not writable")
                .arg(fileName, folder.absoluteFilePath()),
            {{QStringLiteral("file"), QCoreApplication::translate("QueueCsvExport", "folder not writable")}});
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(
            QCoreApplication::translate("QueueCsvExport", "%1: cannot write (%2)")
                .arg(fileName, file.errorString()),
            {{QStringLiteral("file"), QCoreApplication::translate("QueueCsvExport", "cannot write")}});
    QByteArray buffer;
    CsvWriter csv(buffer, {options.bom, QByteArrayLiteral("\r\n")});
    csv.writeRow(columns);
    // Streamed: the buffer goes to the file every 64 KiB, so a million rows never sit in memory.
    const auto flush = [&file, &buffer] {
        if (file.write(buffer) != buffer.size())
            return false;
        buffer.clear();
        return true;
    };
    const QTimeZone zone = m_catalog.calendar.timeZone();
    qint64 written = 0;
    QueueStore(m_db, m_catalog).forEach(query, columns, Clock::current().nowUtc(), [&](const QueueRow &row) {
        QStringList cells;
        cells.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant &v = row.values.at(i);
            if (isTime(columns.at(i)))
                cells.append(v.isNull() ? QString()
                                        : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc())
                                              .toTimeZone(zone)
                                              .toString(Qt::ISODate));
            else
                cells.append(v.toString());
        }
        csv.writeRow(cells);
        ++written;
        return buffer.size() < 64 * 1024 || flush();
    });
    if (!flush() || !file.commit())
        throw Error(
            QCoreApplication::translate("QueueCsvExport", "%1: cannot write (%2)")
                .arg(fileName, file.errorString()),
            {{QStringLiteral("file"), QCoreApplication::translate("QueueCsvExport", "cannot write")}});
    return written;
}

} // namespace civicdesk::core
