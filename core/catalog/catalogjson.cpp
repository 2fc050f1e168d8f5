#include "core/catalog/catalogjson.h"

#include "core/domain/error.h"
#include "core/json/jsontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace civicdesk::core::catalogjson {

namespace {
class Reader
{
public:
    explicit Reader(QString source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const QString &path, const QString &message) const
    {
        throw Error(QStringLiteral("%1: %2: %3").arg(m_source, path, message), {{path, message}});
    }

    QString string(const QJsonObject &o, const QString &path, const char *key, bool required) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path + u'.' + QLatin1String(key),
                     QCoreApplication::translate("CatalogJson", "is required"));
            return {};
        }
        if (!v.isString())
            fail(path + u'.' + QLatin1String(key),
                 QCoreApplication::translate("CatalogJson", "must be a string"));
        return v.toString();
    }

    QStringList stringList(const QJsonObject &o, const QString &path, const char *key) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(path + u'.' + QLatin1String(key),
                 QCoreApplication::translate("CatalogJson", "must be an array of strings"));
        QStringList out;
        for (const auto &item : v.toArray()) {
            if (!item.isString())
                fail(path + u'.' + QLatin1String(key),
                     QCoreApplication::translate("CatalogJson", "must be an array of strings"));
            out.append(item.toString());
        }
        return out;
    }

    std::optional<bool> boolean(const QJsonObject &o, const QString &path, const char *key) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool())
            fail(path + u'.' + QLatin1String(key),
                 QCoreApplication::translate("CatalogJson", "must be true or false"));
        return v.toBool();
    }

    QTime time(const QJsonObject &o, const QString &path, const char *key, QTime fallback) const
    {
        const QString text = string(o, path, key, false);
        if (text.isEmpty())
            return fallback;
        const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (!t.isValid())
            fail(path + u'.' + QLatin1String(key),
                 QCoreApplication::translate("CatalogJson", "must be a time like 08:30"));
        return t;
    }

    // The entity's "i18n" object: one object per two-letter language code, holding some of
    // `fields` (the entity's own English field names). Returns them by language, validated.
    QMap<QString, QJsonObject> translations(const QJsonObject &o, const QString &path,
                                            const QStringList &fields) const
    {
        QMap<QString, QJsonObject> out;
        const QJsonValue v = o.value(QStringLiteral("i18n"));
        if (v.isUndefined() || v.isNull())
            return out;
        const QString at = path + QStringLiteral(".i18n");
        if (!v.isObject())
            fail(at, QCoreApplication::translate("CatalogJson", "must be an object of languages"));
        const QJsonObject languages = v.toObject();
        static const QRegularExpression code(QStringLiteral("^[a-z]{2}$"));
        for (auto it = languages.constBegin(); it != languages.constEnd(); ++it) {
            const QString lpath = at + u'.' + it.key();
            if (!code.match(it.key()).hasMatch())
                fail(lpath, QCoreApplication::translate("CatalogJson",
                                                        "\"%1\" is not a two-letter language code (es, fr)")
                                .arg(it.key()));
            if (it.key() == QLatin1String("en"))
                fail(lpath, QCoreApplication::translate("CatalogJson",
                                                        "English is the plain field, not a translation"));
            if (!it.value().isObject())
                fail(lpath, QCoreApplication::translate("CatalogJson", "must be an object"));
            const QJsonObject text = it.value().toObject();
            for (auto f = text.constBegin(); f != text.constEnd(); ++f) {
                if (!fields.contains(f.key()))
                    fail(lpath + u'.' + f.key(),
                         QCoreApplication::translate("CatalogJson", "is not a translated field (%1)")
                             .arg(fields.join(QStringLiteral(", "))));
            }
            out.insert(it.key(), text);
        }
        return out;
    }

    AttributeValue value(const QJsonObject &o, const QString &path) const
    {
        AttributeValue v{string(o, path, "key", true), string(o, path, "name", true), {}};
        const auto texts = translations(o, path, {QStringLiteral("name")});
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            v.names.insert(it.key(), string(*it, path + QStringLiteral(".i18n.") + it.key(), "name", false));
        return v;
    }

    ServiceAttribute attribute(const QJsonObject &o, const QString &path) const
    {
        ServiceAttribute a;
        a.code = string(o, path, "code", true);
        const QString type = string(o, path, "datatype", true);
        const auto datatype = attributedatatype::fromKey(type);
        if (!datatype)
            fail(
                path + QStringLiteral(".datatype"),
                QCoreApplication::translate("CatalogJson", "unknown datatype \"%1\" (string, number, "
                                                           "datetime, text, singlevaluelist, multivaluelist)")
                    .arg(type));
        a.datatype = *datatype;
        a.required = o.value(QStringLiteral("required")).toBool(false);
        a.variable = o.value(QStringLiteral("variable")).toBool(true);
        a.order = o.value(QStringLiteral("order")).toInt(0);
        a.description = string(o, path, "description", false);
        a.datatypeDescription = string(o, path, "datatype_description", false);
        const QJsonArray values = o.value(QStringLiteral("values")).toArray();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString vpath = QStringLiteral("%1.values[%2]").arg(path).arg(i);
            a.values.append(value(values.at(i).toObject(), vpath));
        }
        const auto texts =
            translations(o, path, {QStringLiteral("description"), QStringLiteral("datatype_description")});
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            const QString tpath = path + QStringLiteral(".i18n.") + it.key();
            a.translations.insert(it.key(), {string(*it, tpath, "description", false),
                                             string(*it, tpath, "datatype_description", false)});
        }
        if (a.isList() && a.variable && a.values.isEmpty())
            fail(path + QStringLiteral(".values"),
                 QCoreApplication::translate("CatalogJson", "a list attribute needs at least one value"));
        if (!a.variable && a.required)
            fail(path + QStringLiteral(".required"),
                 QCoreApplication::translate(
                     "CatalogJson", "an informational attribute (variable=false) cannot be required"));
        return a;
    }

    Service service(const QJsonObject &o, const QString &at, const Catalog &catalog) const
    {
        Service s;
        s.code = string(o, at, "service_code", true);
        const QString path = QStringLiteral("%1 (%2)").arg(at, s.code);
        if (s.code.trimmed().isEmpty())
            fail(path + QStringLiteral(".service_code"),
                 QCoreApplication::translate("CatalogJson", "must not be empty"));
        s.name = string(o, path, "service_name", true);
        s.description = string(o, path, "description", false);
        if (s.description.size() > 4000)
            fail(path + QStringLiteral(".description"),
                 QCoreApplication::translate("CatalogJson", "is longer than 4,000 characters"));
        s.group = string(o, path, "group", false);
        s.keywords = stringList(o, path, "keywords");
        const auto texts = translations(o, path,
                                        {QStringLiteral("service_name"), QStringLiteral("description"),
                                         QStringLiteral("group"), QStringLiteral("keywords")});
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            const QString tpath = path + QStringLiteral(".i18n.") + it.key();
            ServiceText t{string(*it, tpath, "service_name", false), string(*it, tpath, "description", false),
                          string(*it, tpath, "group", false), stringList(*it, tpath, "keywords")};
            if (t.description.size() > 4000)
                fail(tpath + QStringLiteral(".description"),
                     QCoreApplication::translate("CatalogJson", "is longer than 4,000 characters"));
            s.translations.insert(it.key(), std::move(t));
        }
        s.type = string(o, path, "type", false);
        if (s.type.isEmpty())
            s.type = QStringLiteral("realtime");
        if (!QStringList{QStringLiteral("realtime"), QStringLiteral("batch"), QStringLiteral("blackbox")}
                 .contains(s.type))
            fail(path + QStringLiteral(".type"),
                 QCoreApplication::translate("CatalogJson", "must be realtime, batch or blackbox"));
        s.imported = o.value(QStringLiteral("imported")).toBool(false);
        s.locationRequired = boolean(o, path, "location_required");
        s.agencyId = string(o, path, "agency", false);
        if (!s.agencyId.isEmpty() && !catalog.agency(s.agencyId))
            fail(path + QStringLiteral(".agency"),
                 QCoreApplication::translate("CatalogJson", "unknown agency \"%1\"").arg(s.agencyId));
        const QString prio = string(o, path, "default_priority", false);
        if (!prio.isEmpty()) {
            const auto p = priority::fromKey(prio);
            if (!p)
                fail(path + QStringLiteral(".default_priority"),
                     QCoreApplication::translate("CatalogJson", "must be low, normal, high or urgent"));
            s.defaultPriority = *p;
        }
        const QJsonObject sla = o.value(QStringLiteral("sla")).toObject();
        if (!sla.isEmpty()) {
            s.sla.hours = sla.value(QStringLiteral("hours")).toInt(0);
            if (s.sla.hours < 0)
                fail(path + QStringLiteral(".sla.hours"),
                     QCoreApplication::translate("CatalogJson", "must not be negative"));
            const QString clock = sla.value(QStringLiteral("clock")).toString(QStringLiteral("business"));
            if (clock != QLatin1String("business") && clock != QLatin1String("calendar"))
                fail(path + QStringLiteral(".sla.clock"),
                     QCoreApplication::translate("CatalogJson", "must be business or calendar"));
            s.sla.clock =
                clock == QLatin1String("business") ? SlaPolicy::Clock::Business : SlaPolicy::Clock::Calendar;
        }
        const QJsonArray attrs = o.value(QStringLiteral("attributes")).toArray();
        QSet<QString> codes;
        for (qsizetype i = 0; i < attrs.size(); ++i) {
            const QString apath = QStringLiteral("%1.attributes[%2]").arg(path).arg(i);
            if (!attrs.at(i).isObject())
                fail(apath, QCoreApplication::translate("CatalogJson", "must be an object"));
            ServiceAttribute a = attribute(attrs.at(i).toObject(), apath);
            if (codes.contains(a.code))
                fail(apath + QStringLiteral(".code"),
                     QCoreApplication::translate("CatalogJson", "duplicate attribute code \"%1\"")
                         .arg(a.code));
            codes.insert(a.code);
            s.attributes.append(std::move(a));
        }
        return s;
    }

private:
    QString m_source;
};

// One language's text: untranslated (empty) fields are left out, so they fall back to English.
QJsonObject textObject(std::initializer_list<std::pair<QString, QString>> fields)
{
    QJsonObject o;
    for (const auto &[name, text] : fields) {
        if (!text.isEmpty())
            o.insert(name, text);
    }
    return o;
}

// An entity's "i18n" object, one language's text made by `toObject`; none when untranslated.
template <typename Text, typename ToObject>
void insertTranslations(QJsonObject &entity, const QMap<QString, Text> &byLanguage, ToObject toObject)
{
    QJsonObject i18n;
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        i18n.insert(it.key(), toObject(*it));
    if (!i18n.isEmpty())
        entity.insert(QStringLiteral("i18n"), i18n);
}
} // namespace

Catalog parse(const QByteArray &json, const QString &sourceName)
{
    Reader reader(sourceName);
    const QJsonObject root = jsontext::parseObject(json, sourceName);
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("civicdesk-catalog"))
        reader.fail(QStringLiteral("format"),
                    QCoreApplication::translate("CatalogJson", "must be \"civicdesk-catalog\""));
    if (root.value(QStringLiteral("format_version")).toInt() != 1)
        reader.fail(QStringLiteral("format_version"),
                    QCoreApplication::translate("CatalogJson", "version %1 is not supported (expected 1)")
                        .arg(root.value(QStringLiteral("format_version")).toInt()));
    Catalog catalog;
    const QJsonObject j = root.value(QStringLiteral("jurisdiction")).toObject();
    catalog.jurisdictionId = j.value(QStringLiteral("id")).toString();
    catalog.jurisdictionName = j.value(QStringLiteral("name")).toString();
    const QString zoneName = j.value(QStringLiteral("timezone")).toString(QStringLiteral("UTC"));
    const QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid())
        reader.fail(QStringLiteral("jurisdiction.timezone"),
                    QCoreApplication::translate("CatalogJson", "unknown time zone \"%1\"").arg(zoneName));
    catalog.calendar.setTimeZone(zone);

    const QJsonObject hours = root.value(QStringLiteral("business_hours")).toObject();
    if (!hours.isEmpty()) {
        QList<int> days;
        for (const auto &d : hours.value(QStringLiteral("days")).toArray())
            days.append(d.toInt());
        catalog.calendar.setWorkingDays(days);
        catalog.calendar.setHours(reader.time(hours, QStringLiteral("business_hours"), "start", QTime(8, 0)),
                                  reader.time(hours, QStringLiteral("business_hours"), "end", QTime(17, 0)));
        QSet<QDate> holidays;
        for (const QString &h : reader.stringList(hours, QStringLiteral("business_hours"), "holidays")) {
            const QDate d = QDate::fromString(h, Qt::ISODate);
            if (!d.isValid())
                reader.fail(
                    QStringLiteral("business_hours.holidays"),
                    QCoreApplication::translate("CatalogJson", "\"%1\" is not a date (YYYY-MM-DD)").arg(h));
            holidays.insert(d);
        }
        catalog.calendar.setHolidays(holidays);
    }

    QList<Agency> agencies;
    const QJsonArray agencyArray = root.value(QStringLiteral("agencies")).toArray();
    for (qsizetype i = 0; i < agencyArray.size(); ++i) {
        const QString path = QStringLiteral("agencies[%1]").arg(i);
        const QJsonObject o = agencyArray.at(i).toObject();
        agencies.append({reader.string(o, path, "id", true), reader.string(o, path, "name", true),
                         reader.string(o, path, "phone", false),
                         reader.boolean(o, path, "field").value_or(true)});
    }
    catalog.setAgencies(agencies);

    if (!root.value(QStringLiteral("services")).isArray())
        reader.fail(QStringLiteral("services"),
                    QCoreApplication::translate("CatalogJson", "must be an array"));
    const QJsonArray serviceArray = root.value(QStringLiteral("services")).toArray();
    QList<Service> services;
    QSet<QString> codes;
    for (qsizetype i = 0; i < serviceArray.size(); ++i) {
        const QString path = QStringLiteral("services[%1]").arg(i);
        if (!serviceArray.at(i).isObject())
            reader.fail(path, QCoreApplication::translate("CatalogJson", "must be an object"));
        Service s = reader.service(serviceArray.at(i).toObject(), path, catalog);
        if (codes.contains(s.code))
            reader.fail(
                path + QStringLiteral(".service_code"),
                QCoreApplication::translate("CatalogJson", "duplicate service code \"%1\"").arg(s.code));
        codes.insert(s.code);
        services.append(std::move(s));
    }
    catalog.setServices(services);
    return catalog;
}

Catalog load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: %2").arg(fileName, file.errorString()));
    return parse(file.readAll(), fileName);
}

QByteArray serialise(const Catalog &catalog)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("civicdesk-catalog"));
    root.insert(QStringLiteral("format_version"), 1);
    root.insert(
        QStringLiteral("jurisdiction"),
        QJsonObject{{QStringLiteral("id"), catalog.jurisdictionId},
                    {QStringLiteral("name"), catalog.jurisdictionName},
                    {QStringLiteral("timezone"), QString::fromUtf8(catalog.calendar.timeZone().id())}});
    QJsonArray days;
    for (int d : catalog.calendar.workingDays())
        days.append(d);
    QJsonArray holidays;
    QList<QDate> sortedHolidays = catalog.calendar.holidays().values();
    std::sort(sortedHolidays.begin(), sortedHolidays.end());
    for (const QDate &d : sortedHolidays)
        holidays.append(d.toString(Qt::ISODate));
    root.insert(
        QStringLiteral("business_hours"),
        QJsonObject{{QStringLiteral("days"), days},
                    {QStringLiteral("start"), catalog.calendar.start().toString(QStringLiteral("HH:mm"))},
                    {QStringLiteral("end"), catalog.calendar.end().toString(QStringLiteral("HH:mm"))},
                    {QStringLiteral("holidays"), holidays}});
    QJsonArray agencies;
    for (const auto &a : catalog.agencies()) {
        QJsonObject o{{QStringLiteral("id"), a.id},
                      {QStringLiteral("name"), a.name},
                      {QStringLiteral("phone"), a.phone}};
        if (!a.field)
            o.insert(QStringLiteral("field"), false);
        agencies.append(o);
    }
    root.insert(QStringLiteral("agencies"), agencies);
    QJsonArray services;
    for (const auto &s : catalog.services()) {
        QJsonObject o{{QStringLiteral("service_code"), s.code},
                      {QStringLiteral("service_name"), s.name},
                      {QStringLiteral("description"), s.description},
                      {QStringLiteral("group"), s.group},
                      {QStringLiteral("keywords"), QJsonArray::fromStringList(s.keywords)},
                      {QStringLiteral("type"), s.type},
                      {QStringLiteral("metadata"), s.metadata()},
                      {QStringLiteral("agency"), s.agencyId},
                      {QStringLiteral("default_priority"), priority::toKey(s.defaultPriority)},
                      {QStringLiteral("sla"),
                       QJsonObject{{QStringLiteral("hours"), s.sla.hours},
                                   {QStringLiteral("clock"), s.sla.clock == SlaPolicy::Clock::Business
                                                                 ? QStringLiteral("business")
                                                                 : QStringLiteral("calendar")}}}};
        if (s.imported)
            o.insert(QStringLiteral("imported"), true);
        if (s.locationRequired)
            o.insert(QStringLiteral("location_required"), *s.locationRequired);
        insertTranslations(o, s.translations, [](const ServiceText &t) {
            QJsonObject text = textObject({{QStringLiteral("service_name"), t.name},
                                           {QStringLiteral("description"), t.description},
                                           {QStringLiteral("group"), t.group}});
            if (!t.keywords.isEmpty())
                text.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(t.keywords));
            return text;
        });
        QJsonArray attrs;
        for (const auto &a : s.attributes) {
            QJsonArray values;
            for (const auto &v : a.values) {
                QJsonObject vo{{QStringLiteral("key"), v.key}, {QStringLiteral("name"), v.name}};
                insertTranslations(vo, v.names, [](const QString &name) {
                    return textObject({{QStringLiteral("name"), name}});
                });
                values.append(vo);
            }
            QJsonObject ao{{QStringLiteral("code"), a.code},
                           {QStringLiteral("datatype"), attributedatatype::toKey(a.datatype)},
                           {QStringLiteral("required"), a.required},
                           {QStringLiteral("variable"), a.variable},
                           {QStringLiteral("order"), a.order},
                           {QStringLiteral("description"), a.description},
                           {QStringLiteral("datatype_description"), a.datatypeDescription},
                           {QStringLiteral("values"), values}};
            insertTranslations(ao, a.translations, [](const AttributeText &t) {
                return textObject({{QStringLiteral("description"), t.description},
                                   {QStringLiteral("datatype_description"), t.datatypeDescription}});
            });
            attrs.append(ao);
        }
        o.insert(QStringLiteral("attributes"), attrs);
        services.append(o);
    }
    root.insert(QStringLiteral("services"), services);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Catalog builtIn()
{
    return load(QStringLiteral(":/civicdesk/catalog/sample-catalog.json"));
}

} // namespace civicdesk::core::catalogjson
