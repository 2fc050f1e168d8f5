#include "core/interop/importjob.h"

#include "core/csvimport/csvprofiledetector.h"
#include "core/domain/error.h"
#include "core/interop/requestimporter.h"
#include "core/interop/serviceimporter.h"
#include "core/platform/heapreturn.h"

#include <QCoreApplication>
#include <QFile>

namespace civicdesk::core {

ImportJob::ImportJob(QString fileName, QString source, bool strict)
    : m_fileName(std::move(fileName)), m_source(std::move(source)), m_strict(strict)
{
}

ImportJob::Result ImportJob::run(LocalStore &store, const std::atomic_bool &cancel,
                                 const std::function<void(int)> &progress) const
{
    Result result;
    try {
        QFile file(m_fileName);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("%1: %2").arg(m_fileName, file.errorString()));
        if (m_source == QLatin1String("open311-services")) {
            result.summary = serviceimporter::import(store, file.readAll(), m_fileName);
        } else {
            RequestImporter importer(store, m_strict);
            if (m_source == QLatin1String("open311"))
                importer.readOpen311(file.readAll(), m_fileName);
            else
                importer.readCsv(file, m_fileName, CsvProfileDetector::resolve(m_source, m_fileName),
                                 &cancel);
            if (progress)
                progress(50);
            // Writing is the second half of the bar.
            result.summary = importer.commit([&](qint64 done, qint64 total) {
                if (progress && total > 0)
                    progress(50 + static_cast<int>(50 * done / total));
                return !cancel.load();
            });
        }
        if (progress)
            progress(100);
        result.ok = true;
    } catch (const Error &e) {
        result.error = e.message();
    }
    store.database().closeThreadConnection();
    // The file's text and the parsed rows were freed on this worker's arena: give them back.
    HeapReturn::releaseFree();
    return result;
}

} // namespace civicdesk::core
