#include "core/interop/importformat.h"

#include "core/csvimport/csvprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace civicdesk::core::importformat {

namespace {
constexpr qint64 kHeadBytes = 64 * 1024;

// Open311 requests and services differ in their keys: a request has service_request_id or
// requested_datetime, a service list has service_name beside metadata/type, a service
// definition has attributes with variable.
Guess fromOpen311Text(const QByteArray &head, const QString &kind)
{
    const bool requests = head.contains("service_request_id") || head.contains("requested_datetime") ||
                          head.contains("<service_requests") || head.contains("<request>");
    const bool services = head.contains("\"metadata\"") || head.contains("<metadata>") ||
                          head.contains("\"variable\"") || head.contains("<variable>") ||
                          head.contains("<services") || head.contains("<service_definition");
    if (requests)
        return {QStringLiteral("open311"),
                QCoreApplication::translate("ImportFormat", "%1 with service requests").arg(kind)};
    if (services)
        return {QStringLiteral("open311-services"),
                QCoreApplication::translate("ImportFormat", "%1 with services").arg(kind)};
    return {};
}

QStringList csvHeader(const QByteArray &head)
{
    QByteArray line = head.left(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n'));
    if (line.startsWith("\xEF\xBB\xBF"))
        line = line.mid(3);
    QStringList fields;
    QString field;
    bool quoted = false;
    for (const QChar c : QString::fromUtf8(line).trimmed()) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field.trimmed());
    return fields;
}

// The built-in profile whose columns the header has most of; it must have the reference and
// the request time, as an import needs both.
Guess fromCsvHeader(const QStringList &header)
{
    QStringList lower;
    for (const QString &h : header)
        lower.append(h.toLower());
    Guess best;
    double bestShare = 0.0;
    for (const QString &name : CsvProfile::builtInNames()) {
        const CsvProfile profile = CsvProfile::load(name);
        if (!lower.contains(profile.column("service_request_id").toLower()) ||
            !lower.contains(profile.column("requested_datetime").toLower()))
            continue;
        int found = 0;
        for (const QString &column : profile.columns)
            found += lower.contains(column.toLower()) ? 1 : 0;
        const double share = double(found) / double(std::max<qsizetype>(1, profile.columns.size()));
        if (share > bestShare) {
            bestShare = share;
            best = {
                name,
                QCoreApplication::translate("ImportFormat", "CSV with the columns of %1").arg(profile.name)};
        }
    }
    return best;
}
} // namespace

Guess detect(const QString &fileName, const QByteArray &rawHead)
{
    QByteArray head = rawHead.left(kHeadBytes);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    const QByteArray start = head.trimmed().left(1);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    // Content first: a .txt export or a .json saved as .xml still imports right.
    if (start == "{" || start == "[")
        return fromOpen311Text(head, QCoreApplication::translate("ImportFormat", "JSON"));
    if (start == "<")
        return fromOpen311Text(head, QCoreApplication::translate("ImportFormat", "XML"));
    if (suffix == QLatin1String("json") || suffix == QLatin1String("xml"))
        return {};
    return fromCsvHeader(csvHeader(head));
}

Guess detectFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return detect(fileName, file.read(kHeadBytes));
}

} // namespace civicdesk::core::importformat
