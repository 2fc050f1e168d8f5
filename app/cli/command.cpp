#include "cli/command.h"

#include "core/domain/error.h"
#include "core/profile/profile.h"
#include "core/store/localstore.h"

#include <QDir>
#include <QFile>
#include <cstdio>

namespace civicdesk::cli {

int Arguments::intOption(const QString &name, int fallback) const
{
    if (!options.contains(name))
        return fallback;
    bool ok = false;
    const int value = options.value(name).toInt(&ok);
    if (!ok || value < 0)
        throw core::Error(
            QStringLiteral("--%1: \"%2\" is not a whole number").arg(name, options.value(name)));
    return value;
}

CommandRegistry &CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

void CommandRegistry::add(Command command)
{
    m_commands.append(std::move(command));
}

std::unique_ptr<core::LocalStore> openStore(const Context &context)
{
    return std::make_unique<core::LocalStore>(
        core::Profile(core::Profile::resolveDirectory(context.profileDirectory)));
}

QByteArray readInput(const QString &fileName)
{
    QFile file;
    if (fileName == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            throw core::Error(QStringLiteral("cannot read standard input"));
    } else {
        file.setFileName(fileName);
        if (!file.open(QIODevice::ReadOnly))
            throw core::Error(QStringLiteral("%1: %2").arg(fileName, file.errorString()));
    }
    return file.readAll();
}

QString sourceTreeFile(const QString &relativePath)
{
    const QString source = qEnvironmentVariable("CIVICDESK_SOURCE_DIR");
    if (!source.isEmpty() && QFile::exists(QDir(source).filePath(relativePath)))
        return QDir(source).filePath(relativePath);
    return relativePath;
}

} // namespace civicdesk::cli
