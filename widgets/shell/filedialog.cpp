#include "widgets/shell/filedialog.h"

#include <QFileDialog>
#include <QQueue>
#include <optional>

namespace civicdesk::widgets {

namespace {
// GUI thread only, like the dialogs themselves.
QQueue<QString> nextFileNames;

std::optional<QString> takeNextFileName()
{
    if (nextFileNames.isEmpty())
        return std::nullopt;
    return nextFileNames.dequeue();
}
} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileNames.enqueue(fileName);
}

} // namespace civicdesk::widgets
