#include "core/domain/timeordereduuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <cstring>

namespace civicdesk::core {

QUuid timeOrderedUuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>((ms >> (8 * (5 - i))) & 0xff);
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    std::memcpy(bytes.data() + 6, random, 10);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

} // namespace civicdesk::core
