#include "core/interop/importsummary.h"

#include <QCoreApplication>

namespace civicdesk::core {

QString ImportSummary::text() const
{
    // The first line is fixed English on purpose: scripts parse it.
    QString out = QStringLiteral("imported %1, skipped %2\n").arg(imported).arg(skipped);
    for (const QString &note : notes)
        out += QStringLiteral("  %1\n").arg(note);
    for (const Skip &s : firstSkips)
        out += QStringLiteral("  %1: %2\n").arg(s.where, s.reason);
    if (skipped > firstSkips.size())
        out += QCoreApplication::translate("ImportSummary", "  ... and %1 more skipped\n").arg(skipped - firstSkips.size());
    if (!addedServices.isEmpty())
        out += QCoreApplication::translate("ImportSummary", "added %1 imported service types to the catalogue\n")
                   .arg(addedServices.size());
    return out;
}

} // namespace civicdesk::core
