#pragma once

#include "core/interop/importsummary.h"
#include "core/store/localstore.h"

#include <QByteArray>
#include <QString>

namespace civicdesk::core::serviceimporter {

// Merges an Open311 service list or service definition (JSON or XML) into the catalogue.
// A known service keeps its routing, SLA and questions and takes the new name, description,
// group, keywords and type; a new one is added as an imported type. A definition replaces the
// questions (attributes) of its service. All or nothing, in one transaction.
ImportSummary import(LocalStore &store, const QByteArray &data, const QString &sourceName);

} // namespace civicdesk::core::serviceimporter
