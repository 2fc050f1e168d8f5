#pragma once

#include "core/geo/geoimportreport.h"
#include "core/geo/geometry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace civicdesk::core {

struct GeoFeature
{
    Geometry geometry;
    QJsonObject properties;
    int index = 0; // position in the file's "features" array
};

// Reads GeoJSON (RFC 7946): a FeatureCollection, a single Feature or a bare geometry, of any
// geometry type except GeometryCollection. A broken document (syntax error, truncation, wrong
// top-level type, a file over the size limit) throws Error naming the file, line and column.
// A broken feature (projected coordinates, unclosed or self-intersecting rings, empty
// geometry, bad numbers) is skipped and counted by reason in report(); when no feature is
// left the whole read throws, naming the most common reason.
class GeoJsonReader
{
public:
    // Larger files are refused before reading: the document is parsed in memory.
    static constexpr qint64 kDefaultMaxBytes = 256LL * 1024 * 1024;

    explicit GeoJsonReader(QString sourceName);

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    std::vector<GeoFeature> readFile(const QString &path);
    std::vector<GeoFeature> read(const QByteArray &json);
    const GeoImportReport &report() const { return m_report; }

private:
    Geometry parseGeometry(const QJsonObject &geometry) const;

    QString m_source;
    qint64 m_maxBytes = kDefaultMaxBytes;
    GeoImportReport m_report;
};

} // namespace civicdesk::core
