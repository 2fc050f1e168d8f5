#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// A call taker's verdict on an article. Helpful votes raise its rank; "outdated" asks the
// owner to review it and must say why.
struct KbFeedback
{
    QString articleId;
    QString kind; // helpful | not_helpful | outdated
    QString comment;
    QString actor;
    QDateTime at; // UTC

    static QStringList kinds()
    {
        return {QStringLiteral("helpful"), QStringLiteral("not_helpful"), QStringLiteral("outdated")};
    }
};

} // namespace civicdesk::core
