#pragma once

#include "core/interop/importsummary.h"
#include "core/store/localstore.h"

#include <QString>
#include <atomic>
#include <functional>

namespace civicdesk::core {

// One import as the GUI runs it, off the UI thread: reads the file, then writes in one
// transaction. Setting cancel at any point leaves the store as it was.
class ImportJob
{
public:
    struct Result
    {
        bool ok = false;
        ImportSummary summary;
        QString error; // when !ok: the message to show
    };

    // source: "open311" (requests), "open311-services", a CSV profile name or a mapping file.
    ImportJob(QString fileName, QString source, bool strict);

    // Runs on the calling thread with its own database connection (closed at the end).
    // progress(percent) is called from this thread.
    Result run(LocalStore &store, const std::atomic_bool &cancel, const std::function<void(int)> &progress) const;

private:
    QString m_fileName;
    QString m_source;
    bool m_strict;
};

} // namespace civicdesk::core
