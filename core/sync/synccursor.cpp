#include "core/sync/synccursor.h"

#include <QByteArray>

namespace civicdesk::core::synccursor {

namespace {
const QByteArray kPrefix = QByteArrayLiteral("xid8:");
}

QString encode(const QString &serverPosition)
{
    return QString::fromLatin1((kPrefix + serverPosition.toLatin1()).toBase64(QByteArray::Base64UrlEncoding));
}

QString decode(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!raw.startsWith(kPrefix))
        return QStringLiteral("0");
    bool ok = false;
    const QByteArray position = raw.mid(kPrefix.size());
    position.toULongLong(&ok);
    return ok ? QString::fromLatin1(position) : QStringLiteral("0");
}

} // namespace civicdesk::core::synccursor
