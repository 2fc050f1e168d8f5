#include "core/interop/serviceimporter.h"

#include "core/catalog/catalogjson.h"
#include "core/catalog/catalogtext.h"
#include "core/open311/open311reader.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace civicdesk::core::serviceimporter {

ImportSummary import(LocalStore &store, const QByteArray &data, const QString &sourceName)
{
    const open311reader::Result r = open311reader::read(data, sourceName, Open311Document::Kind::Services);
    Catalog catalog = store.catalog();
    ImportSummary summary;
    QSet<QString> seen;
    const bool definition = r.document.kind == Open311Document::Kind::ServiceDefinition;
    for (qsizetype i = 0; i < r.document.services.size(); ++i) {
        const Service &incoming = r.document.services.at(i);
        const QString where = QCoreApplication::translate("ServiceImporter", "service %1 (%2)").arg(i + 1).arg(incoming.code);
        if (seen.contains(incoming.code)) {
            summary.addSkip(where, QCoreApplication::translate("ServiceImporter", "service_code %1 appears twice").arg(incoming.code));
            continue;
        }
        seen.insert(incoming.code);
        if (incoming.description.size() > 4000) {
            summary.addSkip(where, QCoreApplication::translate("ServiceImporter", "description: longer than 4,000 characters"));
            continue;
        }
        Service merged;
        if (const Service *known = catalog.service(incoming.code)) {
            merged = *known;
        } else {
            merged.code = incoming.code;
            merged.name = incoming.name;
            merged.imported = true;
            summary.addedServices.append(incoming.code);
        }
        if (definition) {
            merged.attributes = incoming.attributes;
        } else {
            merged.name = incoming.name;
            merged.description = incoming.description;
            merged.group = incoming.group;
            merged.keywords = incoming.keywords;
            merged.type = incoming.type;
        }
        if (const Service *known = catalog.service(incoming.code)) {
            // Open311 has no translations: the catalogue's stay where the English is the same.
            merged.translations.clear();
            merged = CatalogText::carryTranslations(*known, std::move(merged));
        }
        catalog.addService(merged);
        ++summary.imported;
    }
    // The stored catalogue must load again: check it with the catalogue's own reader first.
    catalogjson::parse(catalogjson::serialise(catalog), sourceName);
    Transaction tx(store.database().connection());
    const Catalog previous = store.catalog();
    try {
        store.replaceCatalog(catalog);
        tx.commit();
    } catch (...) {
        store.replaceCatalog(previous);
        throw;
    }
    return summary;
}

} // namespace civicdesk::core::serviceimporter
