#include "widgets/help/helptopics.h"

#include <QFile>
#include <QLocale>
#include <QWidget>

namespace civicdesk::widgets {

QList<HelpTopics::Topic> HelpTopics::all()
{
    return {
        {kOverview, tr("Overview")},
        {QStringLiteral("call"), tr("Take a call")},
        {QStringLiteral("kb"), tr("Find a knowledge-base answer")},
        {QStringLiteral("tickets"), tr("Tickets")},
        {QStringLiteral("queue"), tr("Supervisor queue and bulk actions")},
        {QStringLiteral("dashboard"), tr("Dashboard")},
        {QStringLiteral("map"), tr("Ticket map")},
        {QStringLiteral("training"), tr("Demo city and training")},
        {QStringLiteral("sync"), tr("Sync status")},
        {QStringLiteral("appearance"), tr("Appearance and accessibility")},
        {kShortcuts, tr("Keyboard shortcuts")},
    };
}

QStringList HelpTopics::languages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString HelpTopics::languageFor(const QLocale &locale)
{
    const QString code = QLocale::languageToCode(locale.language());
    return languages().contains(code) ? code : QStringLiteral("en");
}

QString HelpTopics::resourcePath(const QString &language, const QString &topic)
{
    return QStringLiteral(":/help/%1/%2.md").arg(language, topic);
}

QString HelpTopics::markdown(const QString &topic, const QString &language)
{
    for (const QString &lang : {language, QStringLiteral("en")}) {
        QFile file(resourcePath(lang, topic));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

QString HelpTopics::topicForWidget(const QWidget *widget)
{
    // The screens by the object names the main window and its parts give them.
    static const QList<std::pair<QString, QString>> screens{
        {QStringLiteral("kbDock"), QStringLiteral("kb")},
        {QStringLiteral("ticketMapDock"), QStringLiteral("map")},
        {QStringLiteral("trainingDock"), QStringLiteral("training")},
        {QStringLiteral("intake"), QStringLiteral("call")},
        {QStringLiteral("ticketsPage"), QStringLiteral("tickets")},
        {QStringLiteral("queuePage"), QStringLiteral("queue")},
        {QStringLiteral("dashboardPage"), QStringLiteral("dashboard")},
        {QStringLiteral("syncStatus"), QStringLiteral("sync")},
    };
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        for (const auto &[name, topic] : screens) {
            if (w->objectName() == name)
                return topic;
        }
    }
    return {};
}

} // namespace civicdesk::widgets
