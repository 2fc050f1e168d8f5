#pragma once

#include <QDateTime>
#include <QString>

namespace civicdesk::core {

// A reply a call taker or supervisor sends with one click. Empty serviceCode or status means
// "any". The body may hold {reference}, {service}, {expected_date} and {address}.
struct CannedResponse
{
    QString id;
    QString title;
    QString serviceCode;
    QString status; // a status key
    QString body;
    QDateTime updatedAt;

    bool operator==(const CannedResponse &) const = default;
};

} // namespace civicdesk::core
