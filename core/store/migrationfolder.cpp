#include "core/store/migrationfolder.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace civicdesk::core {

QList<MigrationFolder::File> MigrationFolder::files() const
{
    QList<File> list;
    const QDir dir(m_path);
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(u'_', 0, 0).toInt(&ok);
        if (ok)
            list.append({version, name, dir.filePath(name)});
    }
    return list;
}

int MigrationFolder::latestVersion() const
{
    const QList<File> list = files();
    return list.isEmpty() ? 0 : list.constLast().version;
}

QByteArray MigrationFolder::read(const File &file)
{
    QFile f(file.path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("MigrationFolder", "missing migration %1").arg(file.path));
    return f.readAll();
}

} // namespace civicdesk::core
