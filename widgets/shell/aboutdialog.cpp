#include "widgets/shell/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>

namespace civicdesk::widgets {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About CivicDesk"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>CivicDesk %1</h2><p>A desktop console for 311 call centres.</p>")
                                 .arg(QApplication::applicationVersion()),
                             this);
    layout->addWidget(title);
    auto *licences = new QTextBrowser(this);
    licences->setAccessibleName(tr("Licences"));
    licences->setOpenExternalLinks(false);
    licences->setHtml(
        tr("<h3>CivicDesk</h3>"
           "<p>Licensed under the Apache License, Version 2.0. You may not use this program except in compliance "
           "with the License. Distributed on an \"AS IS\" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.</p>"
           "<h3>Qt %1</h3>"
           "<p>The Qt Toolkit is used under the GNU Lesser General Public License version 3 (LGPL-3.0). "
           "Qt is a trademark of The Qt Company Ltd.</p>"
           "<h3>SQLite</h3><p>SQLite is in the public domain.</p>"
           "<h3>Map data</h3><p>Maps drawn from OpenStreetMap data: © OpenStreetMap contributors, "
           "available under the Open Database License (ODbL 1.0).</p>")
            .arg(QString::fromLatin1(qVersion())));
    layout->addWidget(licences, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 420);
}

} // namespace civicdesk::widgets
