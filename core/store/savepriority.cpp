#include "core/store/savepriority.h"

#include "core/store/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <thread>

namespace civicdesk::core {

SavePriority::SavePriority(const Database &db) : m_path(flagPath(db))
{
    // A profile that cannot hold the file (read-only) only loses the priority, not the save.
    QFile flag(m_path);
    m_claimed = flag.open(QIODevice::WriteOnly);
}

SavePriority::~SavePriority()
{
    if (m_claimed)
        QFile::remove(m_path);
}

void SavePriority::yieldTo(const Database &db, std::chrono::milliseconds limit)
{
    const QString path = flagPath(db);
    QElapsedTimer waited;
    waited.start();
    while (QFileInfo::exists(path) && waited.elapsed() < limit.count())
        std::this_thread::sleep_for(std::chrono::microseconds(250));
}

QString SavePriority::flagPath(const Database &db)
{
    return db.filePath() + QStringLiteral(".save-waiting");
}

} // namespace civicdesk::core
