#pragma once

#include "core/csvimport/csvprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// `--profile auto`: picks the built-in profile whose columns all match the file's header
// (spelling-insensitively, with each city's other published names) and says which form of
// the export it is: "NYC Open Data 311, API export". A file no profile fits, or more than
// one fits, is refused with a message that says why and how to go on.
class CsvProfileDetector
{
public:
    static constexpr int kSampleRows = 200;

    struct Result
    {
        CsvProfile profile;
        QString description;    // "NYC Open Data 311, API export"
        qint64 nanoseconds = 0; // time taken, sample read included
    };

    // The header and up to kSampleRows records of a file; throws Error as CsvReader does.
    static void readSample(const QString &fileName, QStringList &header, QList<QStringList> &rows);

    static Result detect(const QStringList &header, const QList<QStringList> &rows,
                         const QString &sourceName);
    static Result detectFile(const QString &fileName);

    // The profile for a --profile option: "auto" detects it from the file (and sets *note to
    // "looks like ..."), anything else is CsvProfile::load.
    static CsvProfile resolve(const QString &option, const QString &fileName, QString *note = nullptr);
};

} // namespace civicdesk::core
