#include "core/catalog/catalogtext.h"

#include "core/settings/uilanguage.h"

namespace civicdesk::core {

namespace {
QString orEnglish(const QString &translated, const QString &english)
{
    return translated.isEmpty() ? english : translated;
}
} // namespace

CatalogText::CatalogText(const QString &language)
    : m_language(language.section(u'_', 0, 0).section(u'-', 0, 0).toLower())
{
    if (m_language.isEmpty() || m_language == QLatin1String("c"))
        m_language = QStringLiteral("en");
}

QString CatalogText::currentLanguage()
{
    // The language whose translator is installed, so catalogue text and every other text agree;
    // without one (the command line, core tests) that is English whatever the system locale.
    const QString installed = UiLanguage::current();
    return installed.isEmpty() ? QStringLiteral("en") : CatalogText(installed).language();
}

QString CatalogText::name(const Service &service) const
{
    return orEnglish(service.translations.value(m_language).name, service.name);
}

QString CatalogText::description(const Service &service) const
{
    return orEnglish(service.translations.value(m_language).description, service.description);
}

QString CatalogText::group(const Service &service) const
{
    return orEnglish(service.translations.value(m_language).group, service.group);
}

QStringList CatalogText::keywords(const Service &service) const
{
    const QStringList translated = service.translations.value(m_language).keywords;
    return translated.isEmpty() ? service.keywords : translated;
}

QString CatalogText::description(const ServiceAttribute &attribute) const
{
    return orEnglish(attribute.translations.value(m_language).description, attribute.description);
}

QString CatalogText::datatypeDescription(const ServiceAttribute &attribute) const
{
    return orEnglish(attribute.translations.value(m_language).datatypeDescription,
                     attribute.datatypeDescription);
}

QString CatalogText::name(const AttributeValue &value) const
{
    return orEnglish(value.names.value(m_language), value.name);
}

Service CatalogText::localized(const Service &service) const
{
    if (isEnglish())
        return service;
    Service out = service;
    out.name = name(service);
    out.description = description(service);
    out.group = group(service);
    out.keywords = keywords(service);
    for (ServiceAttribute &a : out.attributes) {
        const QString question = description(a);
        const QString hint = datatypeDescription(a);
        a.description = question;
        a.datatypeDescription = hint;
        for (AttributeValue &v : a.values)
            v.name = name(v);
    }
    return out;
}

QString CatalogText::serviceName(const Catalog &catalog, const QString &code) const
{
    const Service *service = catalog.service(code);
    return service ? name(*service) : code;
}

QStringList CatalogText::untranslated(const Service &service, const QString &language)
{
    QStringList out;
    const ServiceText text = service.translations.value(language);
    const auto check = [&out](const QString &english, const QString &translated, const QString &path) {
        if (!english.isEmpty() && translated.isEmpty())
            out.append(path);
    };
    check(service.name, text.name, QStringLiteral("service_name"));
    check(service.description, text.description, QStringLiteral("description"));
    check(service.group, text.group, QStringLiteral("group"));
    if (!service.keywords.isEmpty() && text.keywords.isEmpty())
        out.append(QStringLiteral("keywords"));
    for (qsizetype i = 0; i < service.attributes.size(); ++i) {
        const ServiceAttribute &a = service.attributes.at(i);
        const QString apath = QStringLiteral("attributes[%1] (%2)").arg(i).arg(a.code);
        const AttributeText at = a.translations.value(language);
        check(a.description, at.description, apath + QStringLiteral(".description"));
        check(a.datatypeDescription, at.datatypeDescription, apath + QStringLiteral(".datatype_description"));
        for (qsizetype j = 0; j < a.values.size(); ++j) {
            const AttributeValue &v = a.values.at(j);
            check(v.name, v.names.value(language),
                  QStringLiteral("%1.values[%2] (%3).name").arg(apath).arg(j).arg(v.key));
        }
    }
    return out;
}

Service CatalogText::carryTranslations(const Service &previous, Service updated)
{
    const auto keep = [](QString &into, const QString &from, bool unchanged) {
        if (into.isEmpty() && unchanged)
            into = from;
    };
    for (auto it = previous.translations.cbegin(); it != previous.translations.cend(); ++it) {
        ServiceText &t = updated.translations[it.key()];
        keep(t.name, it->name, previous.name == updated.name);
        keep(t.description, it->description, previous.description == updated.description);
        keep(t.group, it->group, previous.group == updated.group);
        if (t.keywords.isEmpty() && previous.keywords == updated.keywords)
            t.keywords = it->keywords;
        if (t == ServiceText{})
            updated.translations.remove(it.key());
    }
    for (ServiceAttribute &a : updated.attributes) {
        const ServiceAttribute *before = previous.attribute(a.code);
        if (!before)
            continue;
        for (auto it = before->translations.cbegin(); it != before->translations.cend(); ++it) {
            AttributeText &t = a.translations[it.key()];
            keep(t.description, it->description, before->description == a.description);
            keep(t.datatypeDescription, it->datatypeDescription,
                 before->datatypeDescription == a.datatypeDescription);
            if (t == AttributeText{})
                a.translations.remove(it.key());
        }
        for (AttributeValue &v : a.values) {
            for (const AttributeValue &old : before->values) {
                if (old.key != v.key || old.name != v.name)
                    continue;
                for (auto it = old.names.cbegin(); it != old.names.cend(); ++it) {
                    if (!v.names.contains(it.key()))
                        v.names.insert(it.key(), *it);
                }
            }
        }
    }
    return updated;
}

} // namespace civicdesk::core
