#include "core/commands/tickettarget.h"

#include "core/domain/error.h"

#include <QCoreApplication>

namespace civicdesk::core {

TicketTarget TicketTarget::parse(const QString &text)
{
    const qsizetype at = text.lastIndexOf(u'@');
    if (at < 0)
        return {text.trimmed(), 0};
    bool ok = false;
    const int version = text.mid(at + 1).toInt(&ok);
    if (!ok || version <= 0)
        throw Error(QCoreApplication::translate(
                        "TicketTarget", "ticket \"%1\": the version after @ must be a positive number")
                        .arg(text),
                    {{QStringLiteral("ticket"), QCoreApplication::translate("TicketTarget", "bad version")}});
    return {text.left(at).trimmed(), version};
}

QList<TicketTarget> TicketTarget::parseAll(const QStringList &texts)
{
    QList<TicketTarget> targets;
    targets.reserve(texts.size());
    for (const QString &t : texts)
        targets.append(parse(t));
    return targets;
}

} // namespace civicdesk::core
