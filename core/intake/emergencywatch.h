#pragma once

#include "core/intake/emergencydetector.h"

#include <QSet>
#include <QString>
#include <memory>

namespace civicdesk::core {

class Catalog;
struct CallSession;

// What the 911 banner shows during one call: the detector's alerts on the call's words, less
// those the call taker has dismissed. A dismissed alert stays away for the same words only; a
// new emergency word in the same call raises the banner again.
class EmergencyWatch final
{
public:
    // The detector is the profile's (its emergency-triggers.json), built on first use.
    explicit EmergencyWatch(QString profileDirectory);

    // Built on first use: compiling the trigger patterns took a tenth of the window's time to
    // first paint, and nothing is scanned before the call taker types. A broken configuration
    // falls back to the built-in triggers, so the call taker is never left without any.
    const EmergencyDetector &detector() const;
    void setDetector(const EmergencyDetector &detector);

    QList<EmergencyAlert> alerts(const CallSession &session, const Catalog &catalog) const;
    // Hides every alert the call raises now.
    void dismiss(const CallSession &session, const Catalog &catalog);
    // A new call: nothing dismissed.
    void reset();

    QSet<QString> dismissed() const { return m_dismissed; }
    void setDismissed(const QSet<QString> &dismissed) { m_dismissed = dismissed; }

private:
    static QString keyOf(const EmergencyAlert &alert);

    QString m_profileDirectory;
    mutable std::unique_ptr<EmergencyDetector> m_detector;
    QSet<QString> m_dismissed;
};

} // namespace civicdesk::core
