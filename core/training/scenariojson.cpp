#include "core/training/scenariojson.h"

#include "core/catalog/catalog.h"
#include "core/domain/error.h"
#include "core/intake/wrapupcode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace civicdesk::core::scenariojson {

namespace {

[[noreturn]] void fail(const QString &file, const QString &field, const QString &message)
{
    throw Error(QStringLiteral("%1: %2: %3").arg(file, field, message), {{field, message}});
}

void refuseUnknownKeys(const QJsonObject &o, const QStringList &known, const QString &file,
                       const QString &path)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            fail(file, path.isEmpty() ? it.key() : path + u'.' + it.key(),
                 QCoreApplication::translate("ScenarioJson", "unknown field (known: %1)")
                     .arg(known.join(QStringLiteral(", "))));
    }
}

QString stringField(const QJsonObject &o, const QString &key, const QString &file, const QString &path,
                    bool required)
{
    const QJsonValue v = o.value(key);
    const QString field = path.isEmpty() ? key : path + u'.' + key;
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(file, field, QCoreApplication::translate("ScenarioJson", "missing"));
        return {};
    }
    if (!v.isString())
        fail(file, field, QCoreApplication::translate("ScenarioJson", "must be a string"));
    if (required && v.toString().trimmed().isEmpty())
        fail(file, field, QCoreApplication::translate("ScenarioJson", "must not be empty"));
    return v.toString().trimmed();
}

std::optional<bool> boolField(const QJsonObject &o, const QString &key, const QString &file,
                              const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool())
        fail(file, path + u'.' + key, QCoreApplication::translate("ScenarioJson", "must be true or false"));
    return v.toBool();
}

int timeField(const QJsonValue &v, const QString &file, const QString &field)
{
    const int seconds =
        v.isDouble() ? static_cast<int>(v.toDouble()) : (v.isString() ? parseTime(v.toString()) : -1);
    if (seconds < 0 || (v.isDouble() && v.toDouble() != static_cast<int>(v.toDouble())))
        fail(file, field,
             QCoreApplication::translate("ScenarioJson",
                                         "must be a time such as \"0:40\" or a number of seconds"));
    return seconds;
}

double numberField(const QJsonObject &o, const QString &key, const QString &file, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        fail(file, path + u'.' + key, QCoreApplication::translate("ScenarioJson", "must be a number"));
    return v.toDouble();
}

} // namespace

int parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:(\\d+):)?(\\d+)\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return -1;
    const int minutes = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
    const int seconds = m.captured(2).toInt();
    if (!m.captured(1).isEmpty() && seconds >= 60)
        return -1;
    return minutes * 60 + seconds;
}

QString formatTime(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

Scenario parse(const QByteArray &json, const QString &file, const Context &context)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype line = json.left(error.offset).count('\n') + 1;
        throw Error(QCoreApplication::translate("ScenarioJson", "%1: line %2: not valid JSON (%3)")
                        .arg(file)
                        .arg(line)
                        .arg(error.errorString()));
    }
    if (!doc.isObject())
        throw Error(
            QCoreApplication::translate("ScenarioJson", "%1: the scenario must be a JSON object").arg(file));
    const QJsonObject o = doc.object();
    refuseUnknownKeys(o,
                      {QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("id"),
                       QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("level"),
                       QStringLiteral("language"), QStringLiteral("caller"), QStringLiteral("timeline"),
                       QStringLiteral("expected")},
                      file, {});
    if (stringField(o, QStringLiteral("format"), file, {}, true) != QLatin1String("civicdesk-scenario"))
        fail(file, QStringLiteral("format"),
             QCoreApplication::translate("ScenarioJson", "must be \"civicdesk-scenario\""));
    if (o.value(QStringLiteral("format_version")).toInt(-1) != 1)
        fail(file, QStringLiteral("format_version"),
             QCoreApplication::translate("ScenarioJson", "must be 1"));

    Scenario s;
    s.source = file;
    s.id = stringField(o, QStringLiteral("id"), file, {}, true);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,79}$"));
    if (!idPattern.match(s.id).hasMatch())
        fail(file, QStringLiteral("id"),
             QCoreApplication::translate("ScenarioJson",
                                         "use lower-case letters, digits and dashes (at most 80)"));
    s.title = stringField(o, QStringLiteral("title"), file, {}, true);
    s.summary = stringField(o, QStringLiteral("summary"), file, {}, false);
    const QString level = stringField(o, QStringLiteral("level"), file, {}, false);
    if (!level.isEmpty()) {
        if (!QStringList{QStringLiteral("beginner"), QStringLiteral("intermediate"),
                         QStringLiteral("advanced")}
                 .contains(level))
            fail(file, QStringLiteral("level"),
                 QCoreApplication::translate("ScenarioJson", "must be beginner, intermediate or advanced"));
        s.level = level;
    }
    const QString language = stringField(o, QStringLiteral("language"), file, {}, false);
    if (!language.isEmpty())
        s.language = language;

    if (o.contains(QStringLiteral("caller"))) {
        if (!o.value(QStringLiteral("caller")).isObject())
            fail(file, QStringLiteral("caller"),
                 QCoreApplication::translate("ScenarioJson", "must be an object"));
        const QJsonObject c = o.value(QStringLiteral("caller")).toObject();
        refuseUnknownKeys(c, {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("mood")}, file,
                          QStringLiteral("caller"));
        s.callerName = stringField(c, QStringLiteral("name"), file, QStringLiteral("caller"), false);
        s.callerPhone = stringField(c, QStringLiteral("phone"), file, QStringLiteral("caller"), false);
        s.callerMood = stringField(c, QStringLiteral("mood"), file, QStringLiteral("caller"), false);
    }

    const QJsonValue timeline = o.value(QStringLiteral("timeline"));
    if (!timeline.isArray() || timeline.toArray().isEmpty())
        fail(file, QStringLiteral("timeline"),
             QCoreApplication::translate("ScenarioJson", "must be a non-empty list of lines"));
    const QJsonArray lines = timeline.toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString path = QStringLiteral("timeline[%1]").arg(i);
        if (!lines.at(i).isObject())
            fail(file, path, QCoreApplication::translate("ScenarioJson", "must be an object"));
        const QJsonObject l = lines.at(i).toObject();
        refuseUnknownKeys(l, {QStringLiteral("at"), QStringLiteral("say"), QStringLiteral("event")}, file,
                          path);
        if (!l.contains(QStringLiteral("at")))
            fail(file, path + QStringLiteral(".at"), QCoreApplication::translate("ScenarioJson", "missing"));
        ScenarioLine line;
        line.atSeconds = timeField(l.value(QStringLiteral("at")), file, path + QStringLiteral(".at"));
        const bool says = l.contains(QStringLiteral("say"));
        if (says == l.contains(QStringLiteral("event")))
            fail(file, path,
                 QCoreApplication::translate("ScenarioJson", "needs exactly one of \"say\" and \"event\""));
        line.speaker = says ? QStringLiteral("caller") : QStringLiteral("event");
        line.text = stringField(l, says ? QStringLiteral("say") : QStringLiteral("event"), file, path, true);
        s.timeline.append(line);
    }
    std::stable_sort(s.timeline.begin(), s.timeline.end(),
                     [](const auto &a, const auto &b) { return a.atSeconds < b.atSeconds; });

    const QJsonValue expectedValue = o.value(QStringLiteral("expected"));
    if (!expectedValue.isObject())
        fail(file, QStringLiteral("expected"),
             QCoreApplication::translate("ScenarioJson", "missing: the outcomes the call is graded on"));
    const QJsonObject e = expectedValue.toObject();
    const QString ep = QStringLiteral("expected");
    refuseUnknownKeys(e,
                      {QStringLiteral("service_code"), QStringLiteral("location"),
                       QStringLiteral("attributes"), QStringLiteral("kb_article"),
                       QStringLiteral("duplicate"), QStringLiteral("transfer_911"), QStringLiteral("wrap_up"),
                       QStringLiteral("time_limit")},
                      file, ep);
    ScenarioExpectation &x = s.expected;
    x.serviceCode = stringField(e, QStringLiteral("service_code"), file, ep, false);
    const Service *service = nullptr;
    if (!x.serviceCode.isEmpty()) {
        service = context.catalog ? context.catalog->service(x.serviceCode) : nullptr;
        if (context.catalog && !service)
            fail(file, ep + QStringLiteral(".service_code"),
                 QCoreApplication::translate("ScenarioJson", "unknown service \"%1\" (not in the catalogue)")
                     .arg(x.serviceCode));
    }
    if (e.contains(QStringLiteral("attributes"))) {
        const QString ap = ep + QStringLiteral(".attributes");
        if (!service)
            fail(file, ap,
                 QCoreApplication::translate("ScenarioJson",
                                             "needs expected.service_code: attributes belong to a service"));
        const QJsonValue av = e.value(QStringLiteral("attributes"));
        QMap<QString, QString> wanted;
        if (av.isArray()) {
            for (const QJsonValue &code : av.toArray())
                wanted.insert(code.toString(), QString());
        } else if (av.isObject()) {
            const QJsonObject ao = av.toObject();
            for (auto it = ao.begin(); it != ao.end(); ++it) {
                if (!it.value().isString())
                    fail(file, ap + u'.' + it.key(),
                         QCoreApplication::translate(
                             "ScenarioJson", "must be a value key (a string), or \"\" for any answer"));
                wanted.insert(it.key(), it.value().toString());
            }
        } else {
            fail(file, ap,
                 QCoreApplication::translate(
                     "ScenarioJson", "must be a list of attribute codes or an object of code: value"));
        }
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const ServiceAttribute *a = service->attribute(it.key());
            if (!a)
                fail(file, ap + u'.' + it.key(),
                     QCoreApplication::translate("ScenarioJson", "service %1 has no attribute \"%2\"")
                         .arg(service->code, it.key()));
            if (!it.value().isEmpty() && a->isList() &&
                std::none_of(a->values.begin(), a->values.end(),
                             [&](const AttributeValue &v) { return v.key == it.value(); }))
                fail(
                    file, ap + u'.' + it.key(),
                    QCoreApplication::translate("ScenarioJson", "\"%1\" is not one of the attribute's values")
                        .arg(it.value()));
        }
        x.attributes = wanted;
    }
    if (e.contains(QStringLiteral("location"))) {
        const QString lp = ep + QStringLiteral(".location");
        if (!e.value(QStringLiteral("location")).isObject())
            fail(file, lp, QCoreApplication::translate("ScenarioJson", "must be an object"));
        const QJsonObject l = e.value(QStringLiteral("location")).toObject();
        refuseUnknownKeys(l,
                          {QStringLiteral("address"), QStringLiteral("lat"), QStringLiteral("lon"),
                           QStringLiteral("within_m"), QStringLiteral("outside_city")},
                          file, lp);
        x.outsideCity = boolField(l, QStringLiteral("outside_city"), file, lp).value_or(false);
        x.locationAddress = stringField(l, QStringLiteral("address"), file, lp, false);
        if (l.contains(QStringLiteral("within_m"))) {
            x.withinMetres = numberField(l, QStringLiteral("within_m"), file, lp);
            if (x.withinMetres <= 0 || x.withinMetres > 5000)
                fail(file, lp + QStringLiteral(".within_m"),
                     QCoreApplication::translate("ScenarioJson", "must be between 0 and 5000 metres"));
        }
        if (l.contains(QStringLiteral("lat")) || l.contains(QStringLiteral("lon"))) {
            const double lat = numberField(l, QStringLiteral("lat"), file, lp);
            const double lon = numberField(l, QStringLiteral("lon"), file, lp);
            if (std::abs(lat) > 90 || std::abs(lon) > 180)
                fail(file, lp, QCoreApplication::translate("ScenarioJson", "lat/lon out of range"));
            x.location = GeoPoint{lon, lat};
        } else if (!x.locationAddress.isEmpty() && context.geocode) {
            x.location = context.geocode(x.locationAddress);
            if (!x.location)
                fail(file, lp + QStringLiteral(".address"),
                     QCoreApplication::translate("ScenarioJson", "\"%1\" is not an address of this city")
                         .arg(x.locationAddress));
        }
        if (!x.outsideCity && !x.location && x.locationAddress.isEmpty())
            fail(file, lp,
                 QCoreApplication::translate("ScenarioJson",
                                             "needs an address, lat and lon, or outside_city"));
    }
    x.kbArticle = stringField(e, QStringLiteral("kb_article"), file, ep, false);
    if (!x.kbArticle.isEmpty() && !context.articleIds.contains(x.kbArticle))
        fail(file, ep + QStringLiteral(".kb_article"),
             QCoreApplication::translate("ScenarioJson", "unknown knowledge-base article \"%1\"")
                 .arg(x.kbArticle));
    x.duplicate = boolField(e, QStringLiteral("duplicate"), file, ep);
    x.transfer911 = boolField(e, QStringLiteral("transfer_911"), file, ep);
    x.wrapUp = stringField(e, QStringLiteral("wrap_up"), file, ep, false);
    if (!x.wrapUp.isEmpty() && !wrapupcode::fromKey(x.wrapUp))
        fail(file, ep + QStringLiteral(".wrap_up"),
             QCoreApplication::translate("ScenarioJson", "unknown wrap-up code \"%1\"").arg(x.wrapUp));
    if (e.contains(QStringLiteral("time_limit")))
        x.timeLimitSeconds =
            timeField(e.value(QStringLiteral("time_limit")), file, ep + QStringLiteral(".time_limit"));
    return s;
}

QJsonObject toJson(const Scenario &s)
{
    QJsonArray timeline;
    for (const ScenarioLine &l : s.timeline)
        timeline.append(QJsonObject{
            {QStringLiteral("at"), formatTime(l.atSeconds)},
            {l.speaker == QLatin1String("event") ? QStringLiteral("event") : QStringLiteral("say"), l.text}});
    const ScenarioExpectation &x = s.expected;
    QJsonObject expected;
    if (!x.serviceCode.isEmpty())
        expected.insert(QStringLiteral("service_code"), x.serviceCode);
    if (x.outsideCity || x.location || !x.locationAddress.isEmpty()) {
        QJsonObject location;
        if (x.outsideCity)
            location.insert(QStringLiteral("outside_city"), true);
        if (!x.locationAddress.isEmpty())
            location.insert(QStringLiteral("address"), x.locationAddress);
        if (x.location && x.locationAddress.isEmpty()) {
            location.insert(QStringLiteral("lat"), x.location->lat);
            location.insert(QStringLiteral("lon"), x.location->lon);
        }
        if (!x.outsideCity)
            location.insert(QStringLiteral("within_m"), x.withinMetres);
        expected.insert(QStringLiteral("location"), location);
    }
    if (!x.attributes.isEmpty()) {
        QJsonObject attributes;
        for (auto it = x.attributes.cbegin(); it != x.attributes.cend(); ++it)
            attributes.insert(it.key(), it.value());
        expected.insert(QStringLiteral("attributes"), attributes);
    }
    if (!x.kbArticle.isEmpty())
        expected.insert(QStringLiteral("kb_article"), x.kbArticle);
    if (x.duplicate)
        expected.insert(QStringLiteral("duplicate"), *x.duplicate);
    if (x.transfer911)
        expected.insert(QStringLiteral("transfer_911"), *x.transfer911);
    if (!x.wrapUp.isEmpty())
        expected.insert(QStringLiteral("wrap_up"), x.wrapUp);
    if (x.timeLimitSeconds > 0)
        expected.insert(QStringLiteral("time_limit"), formatTime(x.timeLimitSeconds));
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("civicdesk-scenario")},
                  {QStringLiteral("format_version"), 1},
                  {QStringLiteral("id"), s.id},
                  {QStringLiteral("title"), s.title},
                  {QStringLiteral("level"), s.level},
                  {QStringLiteral("language"), s.language},
                  {QStringLiteral("timeline"), timeline},
                  {QStringLiteral("expected"), expected}};
    if (!s.summary.isEmpty())
        o.insert(QStringLiteral("summary"), s.summary);
    QJsonObject caller;
    if (!s.callerName.isEmpty())
        caller.insert(QStringLiteral("name"), s.callerName);
    if (!s.callerPhone.isEmpty())
        caller.insert(QStringLiteral("phone"), s.callerPhone);
    if (!s.callerMood.isEmpty())
        caller.insert(QStringLiteral("mood"), s.callerMood);
    if (!caller.isEmpty())
        o.insert(QStringLiteral("caller"), caller);
    return o;
}

} // namespace civicdesk::core::scenariojson
