#pragma once

#include <QString>

class QWidget;

namespace civicdesk::widgets {

// QFileDialog's static pickers with a seam for tests, as KeePassXC has: a test sets the next
// file name, and the next picker returns it at once instead of opening a modal dialog.
class FileDialog final
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir = {});

    // For tests: the next picker is not shown and returns `fileName` (a folder for
    // getExistingDirectory); an empty name is a cancelled picker. Each name serves one picker,
    // in the order they were set.
    static void setNextFileName(const QString &fileName);
};

} // namespace civicdesk::widgets
