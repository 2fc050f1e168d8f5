#pragma once

#include "core/open311/open311writer.h"
#include "core/store/localstore.h"

#include <QDateTime>
#include <QIODevice>
#include <functional>

namespace civicdesk::core {

// Streams the store's tickets through an Open311Writer: one forward-only query, one ticket in
// memory at a time. Shared by `export requests` and the Export dialog.
class RequestExporter
{
public:
    struct Options
    {
        Open311Writer::Format format = Open311Writer::Format::Json;
        QString open311Status; // "open", "closed" or empty for all
        QDateTime since;       // requested at or after; invalid for all
        bool extensions = false;
        qint64 limit = -1; // stop after this many (a preview); -1 for all
    };

    explicit RequestExporter(LocalStore &store) : m_store(store) {}

    // Returns how many tickets were written. progress(written) returning false cancels: the
    // export stops and Error is thrown (the caller discards the partial file).
    qint64 run(QIODevice &device, const Options &options, const std::function<bool(qint64)> &progress = {}) const;

private:
    LocalStore &m_store;
};

} // namespace civicdesk::core
