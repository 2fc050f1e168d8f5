#include "core/settings/emergencytriggerlist.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace civicdesk::core {

namespace {
QString say(const char *text)
{
    return QCoreApplication::translate("EmergencyTriggerList", text);
}

QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}
} // namespace

QString EmergencyTriggerList::filePath(const QString &profileDirectory)
{
    return QDir(profileDirectory).filePath(QStringLiteral("emergency-triggers.json"));
}

EmergencyTriggerList EmergencyTriggerList::builtIn()
{
    EmergencyTriggerList out;
    out.triggers = EmergencyDetector().triggers();
    out.negations = strings(EmergencyDetector::defaultConfiguration().value(QLatin1String("negations")));
    return out;
}

EmergencyTriggerList EmergencyTriggerList::load(const QString &profileDirectory, QString *problem)
{
    if (!QFile::exists(filePath(profileDirectory)))
        return builtIn();
    try {
        EmergencyTriggerList out;
        out.triggers = EmergencyDetector::forProfileDirectory(profileDirectory).triggers();
        QFile file(filePath(profileDirectory));
        if (file.open(QIODevice::ReadOnly))
            out.negations =
                strings(QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("negations")));
        out.custom = true;
        return out;
    } catch (const Error &e) {
        if (problem)
            *problem = e.message();
        return builtIn();
    }
}

QJsonObject EmergencyTriggerList::toJson() const
{
    QJsonArray list;
    for (const EmergencyTrigger &t : triggers) {
        QJsonObject o{{QStringLiteral("key"), t.key},
                      {QStringLiteral("label"), t.label},
                      {QStringLiteral("patterns"), array(t.patterns)}};
        if (!t.also.isEmpty())
            o.insert(QStringLiteral("also"), array(t.also));
        if (!t.exceptions.isEmpty())
            o.insert(QStringLiteral("exceptions"), array(t.exceptions));
        if (!t.services.isEmpty())
            o.insert(QStringLiteral("services"), array(t.services));
        list.append(o);
    }
    return {{QStringLiteral("format"), QStringLiteral("civicdesk-emergency-triggers")},
            {QStringLiteral("negations"), array(negations)},
            {QStringLiteral("triggers"), list}};
}

void EmergencyTriggerList::validate() const
{
    QSet<QString> keys;
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        const QString &key = triggers.at(i).key.trimmed();
        const QString at = QStringLiteral("triggers[%1]").arg(i);
        if (!key.isEmpty() && keys.contains(key))
            throw Error(say("%1: \"%2\" is used twice").arg(at + QStringLiteral(".key"), key),
                        {{at + QStringLiteral(".key"), say("used twice")}});
        keys.insert(key);
        for (const QString &p : triggers.at(i).patterns + triggers.at(i).also + triggers.at(i).exceptions)
            if (p.trimmed().isEmpty())
                throw Error(say("%1 (%2): an empty pattern would match every call").arg(at + QStringLiteral(".patterns"), key),
                            {{at + QStringLiteral(".patterns"), say("empty pattern")}});
    }
    // The detector's reader names the trigger and the field of any other problem.
    (void)EmergencyDetector::fromJson(toJson(), say("911 triggers"));
}

void EmergencyTriggerList::save(const QString &profileDirectory) const
{
    validate();
    QSaveFile file(filePath(profileDirectory));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        throw Error(say("cannot write %1: %2").arg(filePath(profileDirectory), file.errorString()));
}

void EmergencyTriggerList::reset(const QString &profileDirectory)
{
    QFile file(filePath(profileDirectory));
    if (file.exists() && !file.remove())
        throw Error(say("cannot remove %1: %2").arg(filePath(profileDirectory), file.errorString()));
}

} // namespace civicdesk::core
