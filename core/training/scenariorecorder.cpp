#include "core/training/scenariorecorder.h"

#include "core/catalog/catalog.h"

#include <algorithm>

namespace civicdesk::core {

QString ScenarioRecorder::idFromTitle(const QString &title)
{
    QString id;
    for (const QChar c : title.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id.append(c);
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id.append(u'-');
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("saved-call") : id.left(80);
}

Scenario ScenarioRecorder::fromAttempt(const Scenario &played, const TrainingAttempt &a, const QString &title,
                                       const Catalog &catalog)
{
    Scenario s = played;
    s.title = title.trimmed().isEmpty() ? played.title : title.trimmed();
    s.id = idFromTitle(s.title);
    s.source.clear();
    ScenarioExpectation x;
    x.wrapUp = a.wrapUp;
    x.transfer911 = a.emergencyTransfer;
    if (!a.kbArticle.isEmpty())
        x.kbArticle = a.kbArticle;
    if (a.ticketCreated) {
        x.serviceCode = a.serviceCode;
        x.duplicate = a.duplicateLinked;
        const Service *service = catalog.service(a.serviceCode);
        for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it) {
            const ServiceAttribute *attribute = service ? service->attribute(it.key()) : nullptr;
            if (!attribute || it.value().isEmpty())
                continue;
            const bool oneKey =
                attribute->datatype == AttributeDatatype::SingleValueList && it.value().size() == 1;
            x.attributes.insert(it.key(), oneKey ? it.value().first() : QString());
        }
        if (a.position) {
            x.location = a.position;
            x.withinMetres = played.expected.withinMetres;
        }
    } else if (played.expected.outsideCity) {
        x.outsideCity = true;
    }
    // Room for a trainee who is slower than the trainer, but not without limit.
    x.timeLimitSeconds = played.expected.timeLimitSeconds > 0
                             ? played.expected.timeLimitSeconds
                             : static_cast<int>(std::max<qint64>(120, a.seconds * 2));
    s.expected = x;
    return s;
}

} // namespace civicdesk::core
