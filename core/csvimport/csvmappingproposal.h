#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// A mapping file proposed for an export no built-in profile fits, guessed from the header
// names and the first rows' content: dates (and their format), coordinates, a point column,
// and an id column whose values are all unique. A field it cannot guess is left out and
// named, so the file is checked by a person rather than imported on a wrong guess.
class CsvMappingProposal
{
public:
    static CsvMappingProposal propose(const QStringList &header, const QList<QStringList> &rows,
                                      const QString &sourceName);

    // The mapping file (docs/open311.md, "Mapping files"). It loads only once the required
    // fields it could not guess are filled in.
    QByteArray json() const;
    // One line per guess ("requested_datetime <- \"Opened\" (name; dates like M/d/yyyy h:mm:ss AP)")
    // and the fields it could not guess.
    QString text() const;

    const QHash<QString, QString> &columns() const { return m_columns; }
    const QStringList &unguessed() const { return m_unguessed; }
    const QString &dateFormat() const { return m_dateFormat; }

private:
    QString m_source;
    QHash<QString, QString> m_columns; // field -> column
    QStringList m_description;
    QString m_dateFormat;
    QStringList m_reasons; // field -> why, in the order guessed
    QStringList m_unguessed;
    QStringList m_unknownStatuses; // lower case, in order of appearance
};

} // namespace civicdesk::core
