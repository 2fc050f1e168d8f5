#pragma once

#include "core/catalog/catalog.h"

#include <QString>
#include <QStringList>

namespace civicdesk::core {

// The catalogue's text in one language, for what a call taker reads: each field in that
// language when the catalogue has it, otherwise in English, field by field (a translated name
// with an untranslated hint shows the English hint). Codes and value keys never change, so
// what is stored and exported (Open311) stays the same in every language.
class CatalogText final
{
public:
    // `language` is a two-letter code; "es_MX" counts as "es", and "", "C" or "en" is English.
    explicit CatalogText(const QString &language = currentLanguage());

    // The interface language UiLanguage installed ("en" before it has installed one).
    static QString currentLanguage();

    const QString &language() const { return m_language; }
    bool isEnglish() const { return m_language == QLatin1String("en"); }

    QString name(const Service &service) const;
    QString description(const Service &service) const;
    QString group(const Service &service) const;
    QStringList keywords(const Service &service) const;
    QString description(const ServiceAttribute &attribute) const;
    QString datatypeDescription(const ServiceAttribute &attribute) const;
    QString name(const AttributeValue &value) const;

    // A copy with every text field in this language (and the fallbacks); codes, keys and
    // translations unchanged.
    Service localized(const Service &service) const;
    // The name of the service with this code, or the code when the catalogue does not know it.
    QString serviceName(const Catalog &catalog, const QString &code) const;

    // The catalogue paths of the fields of `service` (its attributes and values included) that
    // have English text but none in `language`, e.g. "attributes[0] (POTHOLE_SIZE).values[2]
    // (LARGE).name". Empty when the service is complete in that language.
    static QStringList untranslated(const Service &service, const QString &language);

    // `updated` (a service whose English text was replaced, e.g. by an Open311 import) with the
    // translations of `previous` kept for each field, question and answer whose English is
    // unchanged; a translation of English that changed would tell the caller the old meaning,
    // so that field falls back to the new English. Translations `updated` has win.
    static Service carryTranslations(const Service &previous, Service updated);

private:
    QString m_language;
};

} // namespace civicdesk::core
