#include "core/intake/emergencydetector.h"

#include "core/domain/error.h"
#include "core/json/jsontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace civicdesk::core {

namespace {
// The built-in triggers, in the same format as the profile's emergency-triggers.json.
const char kDefaults[] = R"json({
  "format": "civicdesk-emergency-triggers",
  "negations": ["no", "not", "without", "nobody", "no one", "never", "isn't", "wasn't", "nothing", "none"],
  "triggers": [
    {"key": "fire", "label": "Fire",
     "patterns": ["\\bfires?\\b", "\\bon fire\\b", "\\bflames?\\b", "\\bblaze\\b", "\\b(house|building|car|apartment|kitchen) (is )?burning\\b", "\\bburning (house|building|car|apartment)\\b"],
     "exceptions": ["\\bfire ?(hydrants?|plugs?|pits?|places?|works|wood|department|dept|station|trucks?|lanes?|escapes?|alarm test|inspections?|marshal|code|permits?|pit smoke|extinguishers?)\\b", "\\bhydrants?\\b[^.]*\\bfire\\b", "\\bcease ?fire\\b", "\\bcamp ?fire\\b", "\\bbon ?fires?\\b", "\\bfired (from|me|him|her)\\b"]},
    {"key": "smoke", "label": "Smoke",
     "patterns": ["\\bsmoke\\b", "\\bsmoky\\b", "\\bsmoking\\b"],
     "exceptions": ["\\bsmoke ?(detectors?|alarms?|shops?|free)\\b", "\\b(no|stop) smoking\\b", "\\bsmoking (ban|area|section|in the park|on the bus)\\b", "\\b(people|someone|they|neighbou?rs?|kids|teens|he|she|guys?) (are |is |keeps? )?smoking\\b", "\\bsmoke from (a |the |their |my )?(yard|fire ?pit|grill|bbq|barbecue|chimney|leaves|bonfire)\\b", "\\bfire ?pit smoke\\b", "\\bcigarette smoke\\b", "\\bsmoking (cigarettes|weed|pot|marijuana)\\b"]},
    {"key": "weapon", "label": "Weapon",
     "patterns": ["\\bguns?\\b", "\\bfirearms?\\b", "\\bknife\\b", "\\bknives\\b", "\\bweapons?\\b", "\\barmed\\b", "\\bshots? fired\\b", "\\bshooting\\b", "\\bshot (at|him|her|someone)\\b", "\\bstabb(ed|ing)\\b", "\\bmachete\\b"],
     "exceptions": ["\\b(nail|glue|staple|water|spray|heat|caulk|caulking|radar|speed|nerf|toy|paint ?ball) ?guns?\\b", "\\b(butter|pocket|putty) knife\\b", "\\bshooting (star|hoops|baskets|photos|video|a film|a movie)\\b", "\\bknife sharpening\\b", "\\barmed forces\\b"]},
    {"key": "bleeding", "label": "Heavy bleeding",
     "patterns": ["\\bbleeding (heavily|badly|a lot|profusely|everywhere|out)\\b", "\\bheavy bleeding\\b", "\\b(lots|lot|pool|so much) of blood\\b", "\\bblood everywhere\\b", "\\b(won'?t|will not|can'?t) stop (the )?bleeding\\b", "\\bbleeding to death\\b"],
     "exceptions": []},
    {"key": "chest_pain", "label": "Chest pain or trouble breathing",
     "patterns": ["\\bchest pains?\\b", "\\bpains? in (his|her|my|the) chest\\b", "\\bheart attack\\b", "\\b(can'?t|cannot|can not|not) breath(e|ing)\\b", "\\btrouble breathing\\b", "\\bstopped breathing\\b", "\\bunconscious\\b", "\\bunresponsive\\b", "\\bstroke\\b"],
     "exceptions": ["\\b(almost|nearly) (gave|give|had) (me |him |her )?a heart attack\\b", "\\bstroke of (luck|genius)\\b", "\\bbrush ?stroke\\b"]},
    {"key": "gas", "label": "Gas smell",
     "patterns": ["\\bsmell(s|ing)? (of |like )?(natural )?gas\\b", "\\bgas (smell|odou?r|leak)s?\\b", "\\bleaking gas\\b", "\\bodou?r of gas\\b", "\\brotten eggs?\\b"],
     "exceptions": ["\\bgas (station|prices?|bill|meter reading|mileage|can)\\b"]},
    {"key": "danger", "label": "Person in danger",
     "patterns": ["\\bin danger\\b", "\\btrapped\\b", "\\bdrowning\\b", "\\b(being|was|getting) (attacked|assaulted|beaten|strangled|kidnapped)\\b", "\\bkidnap", "\\bthreaten(ing|ed) to (kill|hurt|shoot|stab)\\b", "\\bsuicid", "\\bkill (himself|herself|myself|themselves)\\b", "\\boverdos(e|ed|ing)\\b", "\\bbreaking in\\b", "\\bbreak-in in progress\\b", "\\bchild (left )?alone\\b", "\\bfell (into|through) (the )?(water|river|lake|ice|hole)\\b", "\\bhelp me\\b"],
     "exceptions": ["\\b(cat|dog|animal|raccoon|bird|squirrel|possum|opossum|skunk|deer|bat|rat|mouse)s? (is |are |was |were |got |gets )?trapped\\b", "\\btrapped (cat|dog|animal|raccoon|bird|squirrel|possum|opossum|skunk|deer|bat|rat|mouse)s?\\b", "\\btrapped (water|air|leaves|debris)\\b", "\\bbirds? in danger\\b"]},
    {"key": "crash_injury", "label": "Crash with injuries",
     "patterns": ["\\bcrash(ed|es)?\\b", "\\bcollision\\b", "\\b(car|traffic|bike|bus|motorcycle) accident\\b", "\\bhit by a (car|truck|bus|vehicle)\\b", "\\bhit and run\\b", "\\bran over\\b", "\\brun over\\b", "\\bwreck\\b"],
     "also": ["\\binjur(y|ies|ed)\\b", "\\bhurt\\b", "\\bbleeding\\b", "\\bunconscious\\b", "\\bnot moving\\b", "\\bambulance\\b", "\\btrapped\\b", "\\bpinned\\b", "\\blying in the road\\b"],
     "exceptions": ["\\bcrash(ed|es)? (the |my )?(computer|website|app|server|system|party)\\b", "\\bcrash course\\b"]}
  ]
})json";

QStringList stringList(const QJsonValue &v, const QString &source, const QString &field)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        throw Error(QStringLiteral("%1: %2: %3").arg(source, field, QCoreApplication::translate("EmergencyDetector", "must be a list of strings")),
                    {{field, QCoreApplication::translate("EmergencyDetector", "must be a list of strings")}});
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            throw Error(QStringLiteral("%1: %2[%3]: %4").arg(source, field).arg(i).arg(QCoreApplication::translate("EmergencyDetector", "must be a string")),
                        {{field, QCoreApplication::translate("EmergencyDetector", "must be a string")}});
        out.append(a.at(i).toString());
    }
    return out;
}

QList<QRegularExpression> compile(const QStringList &patterns, const QString &source, const QString &field)
{
    QList<QRegularExpression> out;
    for (const QString &p : patterns) {
        QRegularExpression re(p, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid())
            throw Error(QStringLiteral("%1: %2: %3").arg(source, field, QCoreApplication::translate("EmergencyDetector", "invalid pattern \"%1\": %2").arg(p, re.errorString())),
                        {{field, QCoreApplication::translate("EmergencyDetector", "invalid pattern")}});
        out.append(re);
    }
    return out;
}

// Apostrophes come in two shapes from phones and keyboards; patterns use the straight one.
QString normalised(const QString &text)
{
    QString t = text;
    t.replace(QChar(0x2019), u'\'');
    return t;
}
} // namespace

EmergencyDetector::EmergencyDetector()
{
    load(defaultConfiguration(), QStringLiteral("<built-in triggers>"));
}

QJsonObject EmergencyDetector::defaultConfiguration()
{
    return QJsonDocument::fromJson(QByteArray(kDefaults)).object();
}

EmergencyDetector EmergencyDetector::fromJson(const QJsonObject &config, const QString &source)
{
    EmergencyDetector d;
    d.load(config, source);
    return d;
}

EmergencyDetector EmergencyDetector::forProfileDirectory(const QString &profileDirectory)
{
    const QString path = QDir(profileDirectory).filePath(QStringLiteral("emergency-triggers.json"));
    QFile file(path);
    if (!file.exists())
        return EmergencyDetector();
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return fromJson(jsontext::parseObject(file.readAll(), path), path);
}

void EmergencyDetector::load(const QJsonObject &config, const QString &source)
{
    if (config.value(QLatin1String("format")).toString() != QLatin1String("civicdesk-emergency-triggers"))
        throw Error(QStringLiteral("%1: format: %2").arg(source, QCoreApplication::translate("EmergencyDetector", "must be \"civicdesk-emergency-triggers\"")),
                    {{QStringLiteral("format"), QCoreApplication::translate("EmergencyDetector", "unknown format")}});
    const QJsonValue list = config.value(QLatin1String("triggers"));
    if (!list.isArray() || list.toArray().isEmpty())
        throw Error(QStringLiteral("%1: triggers: %2").arg(source, QCoreApplication::translate("EmergencyDetector", "must be a non-empty list")),
                    {{QStringLiteral("triggers"), QCoreApplication::translate("EmergencyDetector", "must be a non-empty list")}});
    const QStringList negations = stringList(config.value(QLatin1String("negations")), source, QStringLiteral("negations"));
    QList<EmergencyTrigger> triggers;
    QList<Compiled> compiled;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("triggers[%1]").arg(i);
        if (!array.at(i).isObject())
            throw Error(QStringLiteral("%1: %2: %3").arg(source, at, QCoreApplication::translate("EmergencyDetector", "must be an object")), {{at, QCoreApplication::translate("EmergencyDetector", "must be an object")}});
        const QJsonObject o = array.at(i).toObject();
        EmergencyTrigger t;
        t.key = o.value(QLatin1String("key")).toString();
        t.label = o.value(QLatin1String("label")).toString(t.key);
        if (t.key.isEmpty())
            throw Error(QStringLiteral("%1: %2.key: %3").arg(source, at, QCoreApplication::translate("EmergencyDetector", "is required")),
                        {{at + QStringLiteral(".key"), QCoreApplication::translate("EmergencyDetector", "is required")}});
        t.patterns = stringList(o.value(QLatin1String("patterns")), source, at + QStringLiteral(".patterns"));
        t.also = stringList(o.value(QLatin1String("also")), source, at + QStringLiteral(".also"));
        t.exceptions = stringList(o.value(QLatin1String("exceptions")), source, at + QStringLiteral(".exceptions"));
        t.services = stringList(o.value(QLatin1String("services")), source, at + QStringLiteral(".services"));
        if (t.patterns.isEmpty() && t.services.isEmpty())
            throw Error(QStringLiteral("%1: %2: %3").arg(source, at, QCoreApplication::translate("EmergencyDetector", "needs patterns or services")),
                        {{at, QCoreApplication::translate("EmergencyDetector", "needs patterns or services")}});
        compiled.append({t, compile(t.patterns, source, at + QStringLiteral(".patterns")),
                         compile(t.also, source, at + QStringLiteral(".also")),
                         compile(t.exceptions, source, at + QStringLiteral(".exceptions"))});
        triggers.append(t);
    }
    QStringList escaped;
    for (const QString &n : negations)
        escaped.append(QRegularExpression::escape(n));
    // A negation within the three words before a match: "no one was hurt", "not bleeding".
    m_negation = escaped.isEmpty() ? QRegularExpression()
                                   : QRegularExpression(QStringLiteral("\\b(%1)\\b(\\W+\\w+){0,2}\\W*$").arg(escaped.join(u'|')),
                                                        QRegularExpression::CaseInsensitiveOption);
    m_triggers = triggers;
    m_compiled = compiled;
}

QString EmergencyDetector::firstMatch(const QList<QRegularExpression> &patterns,
                                      const QList<QRegularExpression> &exceptions, const QString &text) const
{
    for (const QRegularExpression &p : patterns) {
        auto it = p.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype start = m.capturedStart();
            const qsizetype end = m.capturedEnd();
            bool excepted = false;
            for (const QRegularExpression &x : exceptions) {
                auto xi = x.globalMatch(text);
                while (xi.hasNext() && !excepted) {
                    const QRegularExpressionMatch xm = xi.next();
                    excepted = xm.capturedStart() <= start && xm.capturedEnd() >= end;
                    excepted = excepted || (xm.capturedStart() < end && xm.capturedEnd() > start);
                }
                if (excepted)
                    break;
            }
            if (excepted)
                continue;
            if (m_negation.isValid() && !m_negation.pattern().isEmpty()) {
                // Only the words since the start of the sentence can negate.
                qsizetype sentence = start;
                while (sentence > 0 && !QStringLiteral(".!?;\n").contains(text.at(sentence - 1)))
                    --sentence;
                if (m_negation.match(text.mid(sentence, start - sentence)).hasMatch())
                    continue;
            }
            return m.captured();
        }
    }
    return {};
}

QList<EmergencyAlert> EmergencyDetector::scan(const QString &input, const QString &serviceCode) const
{
    const QString text = normalised(input);
    QList<EmergencyAlert> alerts;
    for (const Compiled &c : m_compiled) {
        if (!serviceCode.isEmpty() && c.trigger.services.contains(serviceCode)) {
            alerts.append({c.trigger.key, c.trigger.label, serviceCode});
            continue;
        }
        const QString hit = firstMatch(c.patterns, c.exceptions, text);
        if (hit.isEmpty())
            continue;
        if (!c.also.isEmpty() && firstMatch(c.also, c.exceptions, text).isEmpty())
            continue;
        alerts.append({c.trigger.key, c.trigger.label, hit});
    }
    return alerts;
}

} // namespace civicdesk::core
