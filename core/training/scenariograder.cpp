#include "core/training/scenariograder.h"

#include "core/catalog/catalog.h"
#include "core/catalog/catalogtext.h"
#include "core/intake/wrapupcode.h"
#include "core/training/scenariojson.h"

#include <QCoreApplication>

namespace civicdesk::core {

namespace {

QString wrapUpName(const QString &key)
{
    const std::optional<WrapUpCode> code = wrapupcode::fromKey(key);
    return code ? wrapupcode::displayName(*code)
                : (key.isEmpty() ? QCoreApplication::translate("ScenarioGrader", "none") : key);
}

ScoreCard::Criterion criterion(const QString &key, const QString &label, bool passed,
                               const QString &explanation)
{
    const int max = ScenarioGrader::weight(key);
    return {key, label, passed, passed ? max : 0, max, explanation};
}

} // namespace

int ScenarioGrader::weight(const QString &key)
{
    if (key == QLatin1String("service") || key == QLatin1String("transfer_911"))
        return 3;
    if (key == QLatin1String("location") || key == QLatin1String("attributes"))
        return 2;
    return 1;
}

QString ScenarioGrader::serviceName(const QString &code) const
{
    if (code.isEmpty())
        return QCoreApplication::translate("ScenarioGrader", "no ticket");
    return CatalogText().serviceName(m_catalog, code);
}

ScoreCard ScenarioGrader::grade(const Scenario &scenario, const TrainingAttempt &a) const
{
    const ScenarioExpectation &x = scenario.expected;
    ScoreCard card;
    card.scenarioId = scenario.id;
    card.scenarioTitle = scenario.title;
    card.seconds = a.seconds;

    if (!x.serviceCode.isEmpty()) {
        const bool ok = a.ticketCreated && a.serviceCode == x.serviceCode;
        card.criteria.append(criterion(
            QStringLiteral("service"), QCoreApplication::translate("ScenarioGrader", "Service type"), ok,
            ok ? QCoreApplication::translate("ScenarioGrader", "service: %1, as expected")
                     .arg(serviceName(x.serviceCode))
               : QCoreApplication::translate("ScenarioGrader", "service: %1, expected %2")
                     .arg(serviceName(a.serviceCode), serviceName(x.serviceCode))));
    }
    if (x.outsideCity) {
        const bool ok = !a.ticketCreated;
        card.criteria.append(criterion(
            QStringLiteral("location"), QCoreApplication::translate("ScenarioGrader", "Location"), ok,
            ok ? QCoreApplication::translate("ScenarioGrader",
                                             "location: outside the city, no request made, as expected")
               : QCoreApplication::translate(
                     "ScenarioGrader",
                     "location: the address is outside the city, but request %1 was made for \"%2\"")
                     .arg(a.ticketReference, a.address)));
    } else if (x.location) {
        bool ok = false;
        QString why;
        if (!a.ticketCreated || !a.position) {
            why = QCoreApplication::translate(
                      "ScenarioGrader", "location: no position on the ticket, expected %1 (within %2 m)")
                      .arg(x.locationAddress.isEmpty()
                               ? QCoreApplication::translate("ScenarioGrader", "the caller's location")
                               : x.locationAddress)
                      .arg(x.withinMetres);
        } else {
            const double d = geometry::distanceMetres(*a.position, *x.location);
            ok = d <= x.withinMetres;
            why = ok ? QCoreApplication::translate("ScenarioGrader",
                                                   "location: %1 m from the expected spot (within %2 m)")
                           .arg(qRound(d))
                           .arg(x.withinMetres)
                     : QCoreApplication::translate("ScenarioGrader",
                                                   "location: \"%1\" is %2 m from %3, more than %4 m")
                           .arg(a.address)
                           .arg(qRound(d))
                           .arg(x.locationAddress.isEmpty()
                                    ? QCoreApplication::translate("ScenarioGrader", "the expected spot")
                                    : x.locationAddress)
                           .arg(x.withinMetres);
        }
        card.criteria.append(criterion(QStringLiteral("location"),
                                       QCoreApplication::translate("ScenarioGrader", "Location"), ok, why));
    }
    if (!x.attributes.isEmpty()) {
        QStringList missing;
        const Service *service = m_catalog.service(x.serviceCode);
        for (auto it = x.attributes.cbegin(); it != x.attributes.cend(); ++it) {
            const QStringList answer = a.attributes.value(it.key());
            const ServiceAttribute *attr = service ? service->attribute(it.key()) : nullptr;
            const QString label = attr && !attr->description.isEmpty() ? attr->description : it.key();
            const bool answered = !answer.isEmpty() && !answer.first().trimmed().isEmpty();
            if (!answered) {
                missing.append(
                    QCoreApplication::translate("ScenarioGrader", "\"%1\" not answered").arg(label));
            } else if (!it.value().isEmpty() && !answer.contains(it.value())) {
                QString expectedName = it.value();
                if (attr)
                    for (const AttributeValue &v : attr->values)
                        if (v.key == it.value())
                            expectedName = v.name;
                missing.append(
                    QCoreApplication::translate("ScenarioGrader", "\"%1\" answered %2, expected %3")
                        .arg(label, answer.join(QStringLiteral(", ")), expectedName));
            }
        }
        const bool ok = a.ticketCreated && missing.isEmpty();
        card.criteria.append(criterion(
            QStringLiteral("attributes"), QCoreApplication::translate("ScenarioGrader", "Required answers"),
            ok,
            ok ? QCoreApplication::translate("ScenarioGrader", "attributes: every required answer given")
               : (a.ticketCreated
                      ? QCoreApplication::translate("ScenarioGrader", "attributes: %1")
                            .arg(missing.join(QStringLiteral("; ")))
                      : QCoreApplication::translate("ScenarioGrader",
                                                    "attributes: no request made, so no answers recorded"))));
    }
    if (!x.kbArticle.isEmpty()) {
        const bool ok = a.kbArticle == x.kbArticle;
        card.criteria.append(criterion(
            QStringLiteral("kb_article"), QCoreApplication::translate("ScenarioGrader", "Knowledge base"), ok,
            ok ? QCoreApplication::translate("ScenarioGrader", "knowledge base: article %1 used")
                     .arg(x.kbArticle)
               : (a.kbArticle.isEmpty()
                      ? QCoreApplication::translate("ScenarioGrader",
                                                    "knowledge base: no article used, expected %1")
                            .arg(x.kbArticle)
                      : QCoreApplication::translate("ScenarioGrader",
                                                    "knowledge base: article %1 used, expected %2")
                            .arg(a.kbArticle, x.kbArticle))));
    }
    if (x.duplicate) {
        const bool ok = a.duplicateLinked == *x.duplicate;
        card.criteria.append(criterion(
            QStringLiteral("duplicate"), QCoreApplication::translate("ScenarioGrader", "Duplicate"), ok,
            *x.duplicate
                ? (ok ? QCoreApplication::translate("ScenarioGrader",
                                                    "duplicate: linked to the existing request")
                      : QCoreApplication::translate(
                            "ScenarioGrader",
                            "duplicate: an open request already exists nearby and was not linked"))
                : (ok ? QCoreApplication::translate("ScenarioGrader", "duplicate: correctly not linked")
                      : QCoreApplication::translate("ScenarioGrader",
                                                    "duplicate: linked, but this call is a new problem"))));
    }
    if (x.transfer911) {
        const bool ok = a.emergencyTransfer == *x.transfer911;
        card.criteria.append(criterion(
            QStringLiteral("transfer_911"), QCoreApplication::translate("ScenarioGrader", "911 transfer"), ok,
            *x.transfer911
                ? (ok ? QCoreApplication::translate("ScenarioGrader",
                                                    "911: transferred, as the emergency required")
                      : QCoreApplication::translate(
                            "ScenarioGrader", "911: this was an emergency and was not transferred to 911"))
                : (ok ? QCoreApplication::translate("ScenarioGrader", "911: correctly not transferred")
                      : QCoreApplication::translate("ScenarioGrader",
                                                    "911: transferred, but this was not an emergency"))));
    }
    if (!x.wrapUp.isEmpty()) {
        const bool ok = a.wrapUp == x.wrapUp;
        card.criteria.append(criterion(
            QStringLiteral("wrap_up"), QCoreApplication::translate("ScenarioGrader", "Wrap-up"), ok,
            ok ? QCoreApplication::translate("ScenarioGrader", "wrap-up: %1").arg(wrapUpName(x.wrapUp))
               : QCoreApplication::translate("ScenarioGrader", "wrap-up: %1, expected %2")
                     .arg(wrapUpName(a.wrapUp), wrapUpName(x.wrapUp))));
    }
    if (x.timeLimitSeconds > 0) {
        const bool ok = a.seconds <= x.timeLimitSeconds;
        card.criteria.append(
            criterion(QStringLiteral("time"), QCoreApplication::translate("ScenarioGrader", "Time"), ok,
                      ok ? QCoreApplication::translate("ScenarioGrader", "time: %1, within %2")
                               .arg(scenariojson::formatTime(static_cast<int>(a.seconds)),
                                    scenariojson::formatTime(x.timeLimitSeconds))
                         : QCoreApplication::translate("ScenarioGrader", "time: %1, over the limit of %2")
                               .arg(scenariojson::formatTime(static_cast<int>(a.seconds)),
                                    scenariojson::formatTime(x.timeLimitSeconds))));
    }
    return card;
}

} // namespace civicdesk::core
