#include "core/intake/emergencywatch.h"

#include "core/domain/error.h"

namespace civicdesk::core {

EmergencyWatch::EmergencyWatch(QString profileDirectory) : m_profileDirectory(std::move(profileDirectory)) {}

const EmergencyDetector &EmergencyWatch::detector() const
{
    if (!m_detector) {
        try {
            m_detector = std::make_unique<EmergencyDetector>(
                EmergencyDetector::forProfileDirectory(m_profileDirectory));
        } catch (const Error &e) {
            qWarning("emergency triggers: %s; using the built-in triggers", qPrintable(e.message()));
            m_detector = std::make_unique<EmergencyDetector>();
        }
    }
    return *m_detector;
}

void EmergencyWatch::setDetector(const EmergencyDetector &detector)
{
    m_detector = std::make_unique<EmergencyDetector>(detector);
}

QList<EmergencyAlert> EmergencyWatch::alerts(const CallSession &session, const Catalog &catalog) const
{
    QList<EmergencyAlert> found = detector().scanCall(session, catalog);
    found.removeIf([this](const EmergencyAlert &a) { return m_dismissed.contains(keyOf(a)); });
    return found;
}

void EmergencyWatch::dismiss(const CallSession &session, const Catalog &catalog)
{
    for (const EmergencyAlert &a : detector().scanCall(session, catalog))
        m_dismissed.insert(keyOf(a));
}

void EmergencyWatch::reset()
{
    m_dismissed.clear();
}

QString EmergencyWatch::keyOf(const EmergencyAlert &alert)
{
    return alert.key + u':' + alert.matchedText.toLower();
}

} // namespace civicdesk::core
