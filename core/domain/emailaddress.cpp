#include "core/domain/emailaddress.h"

#include <QRegularExpression>

namespace civicdesk::core::emailaddress {

bool isValid(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
                       R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    if (email.size() > 254 || email.contains(QStringLiteral("..")))
        return false;
    return pattern.match(email).hasMatch();
}

} // namespace civicdesk::core::emailaddress
