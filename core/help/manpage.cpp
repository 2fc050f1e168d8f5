#include "core/help/manpage.h"

#include <QRegularExpression>

namespace civicdesk::core {

namespace {

// Text as troff reads it: backslashes doubled, hyphens that are real minus signs escaped (so
// options can be copied from the page), and a leading dot or quote kept from becoming a request.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\\')
            out += QStringLiteral("\\e");
        else if (c == u'-')
            out += QStringLiteral("\\-");
        else
            out += c;
    }
    if (out.startsWith(u'.') || out.startsWith(u'\''))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

} // namespace

ManPage::ManPage(QString name, QString summary, QString version)
    : m_name(std::move(name)), m_summary(std::move(summary)), m_version(std::move(version))
{
}

ManPage::Section ManPage::optionsSection(const QString &title, const QList<QCommandLineOption> &options)
{
    Section section{title, {}, {}};
    for (const QCommandLineOption &option : options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString term = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            term += u' ' + option.valueName();
        section.entries.append({term, option.description()});
    }
    return section;
}

QString ManPage::toTroff() const
{
    QString out;
    out += QStringLiteral(".TH %1 1 \"\" \"CivicDesk %2\" \"CivicDesk manual\"\n")
               .arg(m_name.toUpper(), escaped(m_version));
    out += QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(escaped(m_name), escaped(m_summary));
    if (!m_synopsis.isEmpty())
        out += QStringLiteral(".SH SYNOPSIS\n.B %1\n").arg(escaped(m_synopsis));
    if (!m_description.isEmpty())
        out += QStringLiteral(".SH DESCRIPTION\n%1\n").arg(escaped(m_description));
    for (const Section &section : m_sections) {
        out += QStringLiteral(".SH %1\n").arg(escaped(section.title.toUpper()));
        if (!section.text.isEmpty())
            out += escaped(section.text) + u'\n';
        for (const Entry &entry : section.entries)
            out += QStringLiteral(".TP\n.B %1\n%2\n").arg(escaped(entry.term), escaped(entry.description));
    }
    return out;
}

} // namespace civicdesk::core
