#include "core/intake/emergencydetector.h"

#include "core/catalog/catalog.h"
#include "core/domain/error.h"
#include "core/intake/callsession.h"
#include "core/json/jsontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace civicdesk::core {

namespace {
// The built-in triggers, in the same format as the profile's emergency-triggers.json. One
// trigger per class of the APCO common incident types that a 311 line must hand to 911
// ("incident_types" names them), so that a whole class is covered rather than the examples
// someone thought of; tests/data/emergency-phrases.tsv and `bench emergency` measure them.
const char kDefaults[] = R"json({
  "format": "civicdesk-emergency-triggers",
  "source": "APCO ANS 2.103 Public Safety Communications Common Incident Types: the classes a 311 line hands to 911",
  "negations": ["no", "not", "without", "nobody", "no one", "never", "isn't", "wasn't", "nothing", "none"],
  "triggers": [
    {"key": "fire", "label": "Fire", "incident_types": "Fire: structure, vehicle, brush, dumpster",
     "patterns": ["\\bfires?\\b", "\\bon fire\\b", "\\bflames?\\b", "\\bblaze\\b", "\\b(house|building|car|apartment|kitchen|garage|roof|truck|bus|dumpster) (is )?burning\\b", "\\bburning (house|building|car|apartment|garage|truck|bus)\\b"],
     "exceptions": ["\\bfire ?(hydrants?|plugs?|pits?|places?|works|wood|department|dept|station|trucks?|lanes?|escapes?|alarm test|inspections?|marshal|code|permits?|pit smoke|extinguishers?|safety|drills?|ban)\\b", "\\bhydrants?\\b[^.]*\\bfire\\b", "\\bcease ?fire\\b", "\\bcamp ?fire\\b", "\\bbon ?fires?\\b", "\\bfired (from|me|him|her)\\b", "\\bgot fired\\b", "\\bburn permit\\b"]},
    {"key": "smoke", "label": "Smoke", "incident_types": "Fire: smoke investigation",
     "patterns": ["\\bsmoke\\b", "\\bsmoky\\b", "\\bsmoking\\b"],
     "exceptions": ["\\bsmoke ?(detectors?|alarms?|shops?|free)\\b", "\\b(no|stop) smoking\\b", "\\bsmoking (ban|area|section|in the park|on the bus)\\b", "\\b(people|someone|they|neighbou?rs?|kids|teens|he|she|guys?) (are |is |keeps? )?smoking\\b", "\\bsmoke from (a |the |their |my )?(yard|fire ?pit|grill|bbq|barbecue|chimney|leaves|bonfire|neighbou?r'?s? (bbq|barbecue|grill))\\b", "\\bfire ?pit smoke\\b", "\\bcigarette smoke\\b", "\\bsmoking (cigarettes|weed|pot|marijuana)\\b"]},
    {"key": "explosion", "label": "Explosion or bomb threat", "incident_types": "Explosion; bomb threat or device",
     "patterns": ["\\bexplo(sion|ded|des|ding)\\b", "\\bblew up\\b", "\\bbombs?\\b", "\\bloud blast\\b"],
     "exceptions": ["\\bbomb(ed)? (the|my|an?) (test|exam|interview)\\b", "\\bphoto ?bomb", "\\bbath ?bombs?\\b", "\\bbomb shelters?\\b", "\\bexplosion of (colou?r|flowers|weeds)\\b", "\\b(inbox|phone|phones) (is |are )?blow(ing|n)? up\\b"]},
    {"key": "weapon", "label": "Weapon or shooting", "incident_types": "Person with weapon; shooting; stabbing",
     "patterns": ["\\bguns?\\b", "\\bgunshots?\\b", "\\bgun ?fire\\b", "\\bfirearms?\\b", "\\bknife\\b", "\\bknives\\b", "\\bweapons?\\b", "\\barmed\\b", "\\bshots? fired\\b", "\\bshooting\\b", "\\bshot (at|him|her|someone|somebody|a man|a woman)\\b", "\\b(was|got|been|is|were) shot\\b", "\\bstabb(ed|ing)\\b", "\\bmachete\\b"],
     "exceptions": ["\\b(nail|glue|staple|water|spray|heat|caulk|caulking|radar|speed|nerf|toy|paint ?ball) ?guns?\\b", "\\b(butter|pocket|putty|kitchen) knife\\b", "\\b(kitchen|old|butter|steak) knives\\b", "\\bshooting (star|hoops|baskets|photos|pictures|video|a film|a movie|a commercial)\\b", "\\bknife sharpening\\b", "\\barmed forces\\b", "\\bflu shots?\\b", "\\bbooster shots?\\b"]},
    {"key": "crime_in_progress", "label": "Crime in progress", "incident_types": "Burglary, robbery, holdup, assault, domestic, abduction, hostage, carjacking: in progress",
     "patterns": ["\\b(breaking|trying to break|trying to get) in(to)?\\b", "\\bbreak-in (in progress|happening|right now)\\b", "\\bburglars? (is |are )?(in|inside|upstairs|downstairs)\\b", "\\bintruders?\\b", "\\bhome invasion\\b", "\\brobbery (in progress|happening|going on|right now)\\b", "\\b(is|are|being|getting) (robbed|mugged)\\b", "\\b(robbing|mugging)\\b", "\\bcar ?jack", "\\bhostages?\\b", "\\b(being|was|getting) (attacked|assaulted|beaten|strangled|kidnapped|abducted|followed)\\b", "\\bkidnap", "\\babduct", "\\bpulled (her|him|a (girl|boy|kid|child|woman)) into (a|the|his|their) (van|car|truck)\\b", "\\b(beating|punching|hitting|attacking|kicking|choking|strangling) (up )?(a |an |the |some |his |her |their |my )?(man|woman|guy|kid|child|boy|girl|person|someone|somebody|wife|husband|girlfriend|boyfriend|baby|old man|old lady|homeless (man|woman|person)|him|her|me)\\b", "\\bdomestic (violence|dispute|disturbance)\\b", "\\b(kick|kicking|break|breaking|bust|busting) (down )?(my|our|the) door( down)?\\b", "\\bfight (in progress|going on|outside|happening|breaking out)\\b", "\\b(two|three|several|some|a group of) (men|guys|people|teens|kids|women) (are )?fighting\\b", "\\b(drunk|impaired|wrong[- ]way) driv(er|ing)\\b", "\\bdriving (drunk|the wrong way)\\b", "\\bgrabbed (a|her|my|his) (purse|bag|phone|wallet) and ran\\b"],
     "exceptions": ["\\bbreak(ing)? in(to)? (new )?(shoes|boots)\\b", "\\bbreaking in (the|a|my|our) (new )?(car|engine)\\b", "\\b(was|were|got|been) broken into\\b", "\\bbroke into\\b[^.]*\\b(last|yesterday|ago|weekend|overnight)\\b"]},
    {"key": "theft_in_progress", "label": "Crime in progress", "incident_types": "Theft, vandalism, prowler: in progress",
     "patterns": ["\\bstealing\\b", "\\bsteal(s)?\\b", "\\bbreaking into\\b", "\\bvandali[sz]ing\\b", "\\bsmashing\\b", "\\bprowl(er|ing)\\b", "\\bjust (stole|robbed|snatched|grabbed)\\b", "\\btrying (car|door) handles\\b"],
     "also": ["\\bright now\\b", "\\bin progress\\b", "\\bhappening now\\b", "\\bas we speak\\b", "\\bstill (there|inside|here|on the block|in the (building|house|yard|lot))\\b", "\\bat this moment\\b", "\\bcurrently\\b", "\\bjust now\\b", "\\bjust (stole|robbed|snatched|grabbed)\\b", "\\bcan see (him|her|them)\\b"],
     "exceptions": ["\\bkeeps? stealing\\b"]},
    {"key": "live_hazard", "label": "Live hazard: wires, collapse, chemicals", "incident_types": "Electrical hazard / wires down; structure collapse; hazardous materials; carbon monoxide",
     "patterns": ["\\b(power|electric(al)?|live|utility|high[- ]voltage|hydro) (lines?|wires?|cables?)\\b[^.]{0,40}\\b(down|fell|fallen|sparking|sparks|arcing|on fire|in the (street|road)|snapped|across the (road|street)|(lying )?on (a|the) (car|road|sidewalk|ground))\\b", "\\b(downed|down|fallen|sparking|arcing|snapped|dangling|broken) (power |electric(al)? |live |utility |high[- ]voltage )(lines?|wires?|cables?)\\b", "\\blive wires?\\b", "\\bwires? (are |is )?(down|sparking|arcing)\\b", "\\b(sparking|arcing)\\b", "\\belectrocut", "\\btransformer (exploded|blew|blowing|on fire|sparking)\\b", "\\b(building|house|wall|roof|balcony|bridge|ceiling|floor|parking garage|garage|scaffold(ing)?|crane|stairs|porch|deck) (has |is |just )?(collapsed|collapsing|caving in|caved in|came down|fell (down|in))\\b", "\\bpart of the [\\w ]{1,20} (collapsed|caved in)\\b", "\\bchemical (spill|leak|smell|odou?r|cloud|fumes)\\b", "\\b(spilled|leaking) (some )?(chemicals?|acid|fuel|gasoline|ammonia|chlorine)\\b", "\\bhazmat\\b", "\\btoxic (fumes|gas|smoke|cloud)\\b", "\\bcarbon monoxide\\b", "\\bco (alarm|detector) (is )?(going off|sounding)\\b", "\\bgas (line|main|pipe) (was |is |got )?(hit|broken|ruptured|cut|hissing|leaking)\\b", "\\b(hit|broke|cut|ruptured|damaged|struck) (the |a )?gas (line|main|pipe)\\b", "\\b(is|are|has|have) (collapsing|collapsed|caving in|caved in)\\b"],
     "exceptions": ["\\b(cable|internet|phone|telephone|tv|fib(er|re)|clothes|christmas|holiday|string) ?(lights? )?(lines?|wires?|cables?)\\b", "\\bcarbon monoxide (detectors?|alarms?) (for free|free|program|giveaway|installation|batter(y|ies))\\b", "\\bfree carbon monoxide\\b", "\\b(fence|shed|sidewalk|curb|kerb|pavement|pothole|trench|tent|umbrella|gazebo|mailbox|bin|cart)\\b[^.]{0,30}\\b(is|are|has|have) (collapsing|collapsed|caving in|caved in)\\b", "\\bcarbon monoxide detectors?\\b(?![^.]*\\b(going off|sounding|dizzy|sick|headache|nause))"]},
    {"key": "bleeding", "label": "Heavy bleeding", "incident_types": "Hemorrhage",
     "patterns": ["\\bbleeding (heavily|badly|a lot|profusely|everywhere|out)\\b", "\\bheavy bleeding\\b", "\\b(lots|lot|pool|so much) of blood\\b", "\\bblood everywhere\\b", "\\b(won'?t|will not|can'?t) stop (the )?bleeding\\b", "\\bbleeding to death\\b", "\\b(is|are|he'?s|she'?s) bleeding\\b"],
     "exceptions": []},
    {"key": "chest_pain", "label": "Chest pain or trouble breathing", "incident_types": "Cardiac; breathing problems; stroke; unconscious",
     "patterns": ["\\bchest pains?\\b", "\\bpains? in (his|her|my|the) chest\\b", "\\bheart attack\\b", "\\b(can'?t|cannot|can not|not|isn'?t|is not) breath(e|ing)\\b", "\\btrouble breathing\\b", "\\bstopped breathing\\b", "\\bunconscious\\b", "\\bunresponsive\\b", "\\bnot responding\\b", "\\bstroke\\b", "\\bturning blue\\b"],
     "exceptions": ["\\b(almost|nearly) (gave|give|had) (me |him |her )?a heart attack\\b", "\\bstroke of (luck|genius)\\b", "\\bbrush ?strokes?\\b", "\\bheart attack when\\b"]},
    {"key": "medical", "label": "Medical emergency", "incident_types": "Seizure, choking, allergic reaction, overdose, fall, childbirth, diabetic",
     "patterns": ["\\bseizures?\\b", "\\bconvuls", "\\bchoking\\b", "\\ballergic reaction\\b", "\\bthroat is (closing|swelling)\\b", "\\banaphyla", "\\b(person|pedestrian|man|woman|guy|lady|kid|child|boy|girl|cyclist|biker|bicyclist|someone|somebody|him|her|student|jogger|runner|walker|baby|toddler|teen|teenager|old man|old lady|elderly (man|woman)|grandma|grandpa|my (son|daughter|friend|wife|husband|mother|father|mom|dad|neighbou?r))( just)? (has |had )?(collapsed|passed out|fainted)\\b", "\\bpassed out\\b", "\\b(won'?t|will not|doesn'?t|does not|can'?t) wake up\\b", "\\bnot moving\\b", "\\bisn'?t moving\\b", "\\b(fell|fallen) (from|off|out of) (a |the |his |her |their )?(\\w+ )?(window|roof|balcony|ladder|scaffold(ing)?|bridge|stairs|building)\\b", "\\bhit (his|her|their) head\\b", "\\bin labou?r\\b", "\\bgiving birth\\b", "\\b(baby|the baby) is coming\\b", "\\bwater broke\\b", "\\boverdos(e|ed|ing)\\b", "\\btook (a bunch of|too many|a lot of|all (his|her|my)) pills\\b", "\\bdiabetic\\b[^.]*\\b(unresponsive|confused|passed out|collapsed|shaking)\\b"],
     "exceptions": ["\\b(dog|cat|pet)('s)? (is )?choking\\b", "\\boverdose (prevention|awareness|kits?|training|reversal)\\b", "\\bchoking (hazard|weeds?|vines?)\\b", "\\bpassed out (flyers|leaflets|pamphlets|candy)\\b", "\\bnot moving (forward|ahead|fast|quickly|along)\\b", "\\b(traffic|line|queue|car|cars|bus|truck|vehicle|van|project|work)\\b[^.]{0,25}\\b(is |are |has been |have been )?(not|isn'?t|aren'?t) moving\\b"]},
    {"key": "gas", "label": "Gas smell", "incident_types": "Gas leak / odor",
     "patterns": ["\\bsmell(s|ing)? (of |like )?(natural )?gas\\b", "\\bgas (smell|odou?r|leak)s?\\b", "\\bleaking gas\\b", "\\bodou?r of gas\\b", "\\brotten eggs?\\b", "\\bhissing gas\\b"],
     "exceptions": ["\\bgas (station|prices?|bill|meter reading|mileage|can|powered|mower|leaf blowers?)\\b"]},
    {"key": "danger", "label": "Person in danger", "incident_types": "Rescue: trapped, water rescue; suicide threat; child in danger",
     "patterns": ["\\bin danger\\b", "\\btrapped\\b", "\\bpinned (under|beneath|in)\\b", "\\bdrowning\\b", "\\bthreaten(ing|ed|s) to (kill|hurt|shoot|stab|jump)\\b", "\\b(going|wants) to (kill|hurt) (himself|herself|themselves|myself|me|us)\\b", "\\bsuicid", "\\bkill (himself|herself|myself|themselves)\\b", "\\b(going|about) to jump\\b", "\\bon the (edge|ledge) of\\b", "\\bbreak-in in progress\\b", "\\b(child|baby|kid|toddler|infant) (is |was )?(left )?(alone|locked) in (a |the |his |her |their )?(hot )?(car|vehicle|apartment|house)\\b", "\\bhot car\\b", "\\bchild (left )?alone\\b", "\\b(fell|fallen|went|drove|slipped) (in|into|through) (the |a )?(water|river|lake|pond|canal|harbou?r|sea|ice|hole|well|pool|creek)\\b", "\\bswept away\\b", "\\b(stranded|stuck) (on (the|their|a|his|her) roof|in (the )?(flood ?water|water|river|elevator|lift))\\b", "\\b(screaming|yelling|crying|calling|shouting) for help\\b", "\\bhelp me\\W+(someone|somebody|he'?s|she'?s|they'?re|there'?s|i'?m)\\b", "\\b(somebody|someone) help( me| us)?[!.]"],
     "exceptions": ["\\b(cat|dog|animal|raccoon|bird|squirrel|possum|opossum|skunk|deer|bat|rat|mouse)s? (is |are |was |were |got |gets )?trapped\\b", "\\btrapped (cat|dog|animal|raccoon|bird|squirrel|possum|opossum|skunk|deer|bat|rat|mouse)s?\\b", "\\btrapped (water|air|leaves|debris)\\b", "\\b(water|air|leaves|debris|ice|snow|moisture|heat|gas) (is |are )?trapped\\b", "\\bbirds? in danger\\b", "\\btrapped in traffic\\b", "\\bdrowning (prevention|awareness)\\b", "\\bsuicide (prevention|hotline|awareness|helpline)\\b", "\\b(car|truck|van) (is )?(stranded|stuck)\\b"]},
    {"key": "person_struck", "label": "Person struck by a vehicle", "incident_types": "Traffic: pedestrian or cyclist struck",
     "patterns": ["\\b(hit|struck|run over|ran over|knocked (down|over)|mowed down) by (a |an |the |some )?(car|truck|bus|van|vehicle|driver|motorcycle|motorbike|train|tram|suv|taxi|cab|pickup|lorry|scooter)s?\\b", "\\b(car|truck|bus|van|vehicle|driver|motorcycle|motorbike|train|tram|suv|taxi|cab|pickup|lorry|scooter) (just )?(hit|struck|ran over|knocked (down|over)|plowed into|slammed into) (a |an |the |my |some |this )?(person|pedestrian|man|woman|guy|lady|kid|child|boy|girl|cyclist|biker|bicyclist|someone|somebody|him|her|student|jogger|runner|walker|baby|toddler|teen|teenager|old man|old lady|elderly (man|woman)|grandma|grandpa|my (son|daughter|friend|wife|husband|mother|father|mom|dad|neighbou?r))\\b", "\\bpedestrian (was |got |is )?(hit|struck|down)\\b", "\\b(got|was|been) (hit|run over) crossing\\b"],
     "exceptions": ["\\b(car|vehicle|truck|van|bus|mailbox|pole|sign|fence|hydrant|house|building|tree|bin|bins|cart|bollard|wall|deer|dog|cat|raccoon|animal|squirrel|possum|opossum|skunk|bird|fox|rabbit|bike rack|parked car|light ?pole)s? (was |were |got |has been |have been )?(hit|struck|run over|knocked (down|over)) by\\b"]},
    {"key": "crash_injury", "label": "Crash with injuries", "incident_types": "Traffic collision with injuries or entrapment",
     "patterns": ["\\bcrash(ed|es)?\\b", "\\bcollision\\b", "\\b(car|traffic|bike|bus|motorcycle|truck|auto) accident\\b", "\\baccident on\\b", "\\bbad accident\\b", "\\bhit by a (car|truck|bus|vehicle)\\b", "\\bhit and run\\b", "\\bran over\\b", "\\brun over\\b", "\\bwreck\\b", "\\brolled over\\b", "\\bflipped over\\b"],
     "also": ["\\binjur(y|ies|ed)\\b", "\\bhurt\\b", "\\bbleeding\\b", "\\bunconscious\\b", "\\bnot moving\\b", "\\bambulance\\b", "\\btrapped\\b", "\\bpinned\\b", "\\blying (in|on) the (road|street|sidewalk|ground|pavement)\\b"],
     "exceptions": ["\\bcrash(ed|es)? (the |my )?(computer|website|app|server|system|party)\\b", "\\bcrash (course|barriers?|test)\\b", "\\b(car|vehicle|truck|van|bus|mailbox|pole|sign|fence|hydrant|house|building|tree|bin|bins|cart|bollard|wall|deer|dog|cat|raccoon|animal|squirrel|possum|opossum|skunk|bird|fox|rabbit|bike rack|parked car|light ?pole)s? (was |were |got |has been |have been )?(hit|struck|run over|knocked (down|over)) by\\b", "\\b(dead|injured|hurt) (deer|dog|cat|raccoon|animal|squirrel|possum|opossum|skunk|bird|fox)\\b"]}
  ]
})json";

QStringList stringList(const QJsonValue &v, const QString &source, const QString &field)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        throw Error(QStringLiteral("%1: %2: %3")
                        .arg(source, field,
                             QCoreApplication::translate("EmergencyDetector", "must be a list of strings")),
                    {{field, QCoreApplication::translate("EmergencyDetector", "must be a list of strings")}});
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            throw Error(QStringLiteral("%1: %2[%3]: %4")
                            .arg(source, field)
                            .arg(i)
                            .arg(QCoreApplication::translate("EmergencyDetector", "must be a string")),
                        {{field, QCoreApplication::translate("EmergencyDetector", "must be a string")}});
        out.append(a.at(i).toString());
    }
    return out;
}

QList<QRegularExpression> compile(const QStringList &patterns, const QString &source, const QString &field)
{
    QList<QRegularExpression> out;
    for (const QString &p : patterns) {
        QRegularExpression re(p, QRegularExpression::CaseInsensitiveOption |
                                     QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid())
            throw Error(
                QStringLiteral("%1: %2: %3")
                    .arg(source, field,
                         QCoreApplication::translate("EmergencyDetector", "invalid pattern \"%1\": %2")
                             .arg(p, re.errorString())),
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
        throw Error(
            QStringLiteral("%1: format: %2")
                .arg(source, QCoreApplication::translate("EmergencyDetector",
                                                         "must be \"civicdesk-emergency-triggers\"")),
            {{QStringLiteral("format"), QCoreApplication::translate("EmergencyDetector", "unknown format")}});
    const QJsonValue list = config.value(QLatin1String("triggers"));
    if (!list.isArray() || list.toArray().isEmpty())
        throw Error(
            QStringLiteral("%1: triggers: %2")
                .arg(source, QCoreApplication::translate("EmergencyDetector", "must be a non-empty list")),
            {{QStringLiteral("triggers"),
              QCoreApplication::translate("EmergencyDetector", "must be a non-empty list")}});
    const QStringList negations =
        stringList(config.value(QLatin1String("negations")), source, QStringLiteral("negations"));
    QList<EmergencyTrigger> triggers;
    QList<Compiled> compiled;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("triggers[%1]").arg(i);
        if (!array.at(i).isObject())
            throw Error(
                QStringLiteral("%1: %2: %3")
                    .arg(source, at, QCoreApplication::translate("EmergencyDetector", "must be an object")),
                {{at, QCoreApplication::translate("EmergencyDetector", "must be an object")}});
        const QJsonObject o = array.at(i).toObject();
        EmergencyTrigger t;
        t.key = o.value(QLatin1String("key")).toString();
        t.label = o.value(QLatin1String("label")).toString(t.key);
        if (t.key.isEmpty())
            throw Error(QStringLiteral("%1: %2.key: %3")
                            .arg(source, at, QCoreApplication::translate("EmergencyDetector", "is required")),
                        {{at + QStringLiteral(".key"),
                          QCoreApplication::translate("EmergencyDetector", "is required")}});
        t.patterns = stringList(o.value(QLatin1String("patterns")), source, at + QStringLiteral(".patterns"));
        t.also = stringList(o.value(QLatin1String("also")), source, at + QStringLiteral(".also"));
        t.exceptions =
            stringList(o.value(QLatin1String("exceptions")), source, at + QStringLiteral(".exceptions"));
        t.services = stringList(o.value(QLatin1String("services")), source, at + QStringLiteral(".services"));
        if (t.patterns.isEmpty() && t.services.isEmpty())
            throw Error(
                QStringLiteral("%1: %2: %3")
                    .arg(source, at,
                         QCoreApplication::translate("EmergencyDetector", "needs patterns or services")),
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
    m_negation =
        escaped.isEmpty()
            ? QRegularExpression()
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

QString EmergencyDetector::callText(const CallSession &session, const Catalog &catalog)
{
    QString text = session.serviceQuery + u'\n' + session.description;
    const Service *service = catalog.service(session.serviceCode);
    if (!service)
        return text;
    for (auto it = session.attributes.cbegin(); it != session.attributes.cend(); ++it) {
        const ServiceAttribute *a = service->attribute(it.key());
        if (a && (a->datatype == AttributeDatatype::String || a->datatype == AttributeDatatype::Text))
            text += u'\n' + it.value().join(u' ');
    }
    return text;
}

QList<EmergencyAlert> EmergencyDetector::scanCall(const CallSession &session, const Catalog &catalog) const
{
    return scan(callText(session, catalog), session.serviceCode);
}

} // namespace civicdesk::core
