#pragma once

#include "core/intake/emergencydetector.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// The 911 triggers as Preferences edits them: the list the profile's emergency-triggers.json
// holds, or the built-in one. Saving validates the whole list with the detector's own reader
// first (keys, patterns that compile), so a file Preferences wrote always loads.
struct EmergencyTriggerList
{
    QList<EmergencyTrigger> triggers;
    QStringList negations;
    bool custom = false; // read from the profile's file rather than built in

    static QString filePath(const QString &profileDirectory);
    // The profile's list, or the built-in one when there is no file. A file that does not load
    // gives the built-in list and its error in `problem`.
    static EmergencyTriggerList load(const QString &profileDirectory, QString *problem = nullptr);
    static EmergencyTriggerList builtIn();

    QJsonObject toJson() const;
    // Throws Error naming the trigger (by position and key) and the field.
    void validate() const;
    // Validates, then replaces the profile's file in one step (QSaveFile).
    void save(const QString &profileDirectory) const;
    // Back to the built-in list: removes the profile's file.
    static void reset(const QString &profileDirectory);
};

} // namespace civicdesk::core
