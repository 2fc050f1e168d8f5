#pragma once

#include <QByteArray>
#include <QString>

namespace civicdesk::core::importformat {

// What a file to import most likely is, from its name and its first bytes: the source key of
// ImportJob ("open311", "open311-services", or a built-in CSV profile name), or empty when it
// cannot tell (then the user chooses). reason says why, for the dialog.
struct Guess
{
    QString source;
    QString reason;
};

// head: the start of the file (a few kilobytes are enough).
Guess detect(const QString &fileName, const QByteArray &head);
// Reads the head of the file itself; a file that cannot be read gives an empty guess.
Guess detectFile(const QString &fileName);

} // namespace civicdesk::core::importformat
