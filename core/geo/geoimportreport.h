#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// What one import read, kept and skipped, with a count per reason and the first few
// messages naming the feature ("features[12].geometry: unclosed ring").
struct GeoImportReport
{
    QString source;
    int read = 0;
    int imported = 0;
    QMap<QString, int> skippedByReason;
    QStringList messages; // at most kMaxMessages

    static constexpr int kMaxMessages = 20;

    int skipped() const;
    void skip(const QString &where, const QString &reason);
    // "imported 118 of 120 features from x.geojson; skipped 2: 2 unclosed ring"
    QString summary(const QString &what) const;
};

} // namespace civicdesk::core
