#pragma once

#include <QList>
#include <QString>

namespace civicdesk::core {

// A folder of numbered schema migrations (NNNN_name.sql), compiled in as resources for the
// local store and the server, or a plain folder in tests. Both migrators read it the same way.
class MigrationFolder
{
public:
    struct File
    {
        int version = 0;
        QString name; // 0005_sync.sql: what error messages name
        QString path;
    };

    explicit MigrationFolder(QString path) : m_path(std::move(path)) {}

    // The files whose name starts with a version number, in version order.
    QList<File> files() const;
    int latestVersion() const;
    // The file's whole text, as the database will run it. Throws Error when it cannot be read.
    static QByteArray read(const File &file);

private:
    QString m_path;
};

} // namespace civicdesk::core
