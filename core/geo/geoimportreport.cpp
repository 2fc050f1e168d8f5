#include "core/geo/geoimportreport.h"

#include <QCoreApplication>

namespace civicdesk::core {

int GeoImportReport::skipped() const
{
    int total = 0;
    for (int n : skippedByReason)
        total += n;
    return total;
}

void GeoImportReport::skip(const QString &where, const QString &reason)
{
    ++skippedByReason[reason];
    if (messages.size() < kMaxMessages)
        messages.append(QStringLiteral("%1: %2: %3").arg(source, where, reason));
}

QString GeoImportReport::summary(const QString &what) const
{
    QString text = QCoreApplication::translate("GeoImportReport", "imported %1 of %2 %3 from %4")
                       .arg(imported)
                       .arg(read)
                       .arg(what, source);
    if (skipped() > 0) {
        QStringList parts;
        for (auto it = skippedByReason.cbegin(); it != skippedByReason.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
        text += QCoreApplication::translate("GeoImportReport", "; skipped %1: %2")
                    .arg(skipped())
                    .arg(parts.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace civicdesk::core
