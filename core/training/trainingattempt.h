#pragma once

#include "core/geo/geometry.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace civicdesk::core {

class Database;

// What a trainee did with a scripted call, as the intake recorded it: the call log entry and
// the ticket it made, if any. Grading reads only this, so it is the same for a call played in
// the console and for one built in a test.
struct TrainingAttempt
{
    bool ticketCreated = false;
    QString ticketReference;
    QString serviceCode;
    QMap<QString, QStringList> attributes;
    std::optional<GeoPoint> position;
    QString address;
    QString description;
    QString kbArticle;
    bool duplicateLinked = false;
    bool emergencyTransfer = false;
    QString wrapUp;
    qint64 seconds = 0;

    // The finished call with this id, and its ticket. Throws Error when the call is unknown.
    static TrainingAttempt read(const Database &db, const QUuid &callId);
};

} // namespace civicdesk::core
