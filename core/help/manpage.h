#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace civicdesk::core {

// A Unix manual page written from the same tables a program's --help prints, so that the two
// never disagree. The packages install the pages this writes at build time.
class ManPage final
{
public:
    struct Entry
    {
        QString term;        // "--profile DIR" or "tickets list [--limit N]"
        QString description; // one paragraph
    };
    struct Section
    {
        QString title;
        QList<Entry> entries;
        QString text; // a paragraph before the entries, optional
    };

    ManPage(QString name, QString summary, QString version);

    void setSynopsis(QString synopsis) { m_synopsis = std::move(synopsis); }
    void setDescription(QString description) { m_description = std::move(description); }
    void addSection(Section section) { m_sections.append(std::move(section)); }
    // A section of the options a QCommandLineParser was given, spelled as its --help spells
    // them ("-h, --help", "--profile DIR"), so the page and --help come from one table.
    static Section optionsSection(const QString &title, const QList<QCommandLineOption> &options);

    // man(7) source, section 1.
    QString toTroff() const;

private:
    QString m_name;
    QString m_summary;
    QString m_version;
    QString m_synopsis;
    QString m_description;
    QList<Section> m_sections;
};

} // namespace civicdesk::core
