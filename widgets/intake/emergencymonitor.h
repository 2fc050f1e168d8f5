#pragma once

#include "core/intake/callsession.h"
#include "core/intake/emergencywatch.h"

#include <QObject>
#include <functional>
#include <optional>

namespace civicdesk::core {
class Catalog;
class IntakeService;
} // namespace civicdesk::core

namespace civicdesk::widgets {

class EmergencyBanner;

// Keeps the 911 banner in step with the call: it reads the open call's words after every
// change and shows what core::EmergencyWatch raises; Dismiss hides those words for the rest
// of the call.
class EmergencyMonitor final : public QObject
{
    Q_OBJECT

public:
    // The open call as the form holds it, or nothing when no call is on the form.
    using Call = std::function<std::optional<core::CallSession>()>;

    EmergencyMonitor(EmergencyBanner *banner, const core::Catalog &catalog, const QString &profileDirectory,
                     Call call, QObject *parent);

    const core::EmergencyDetector &detector() const { return m_watch.detector(); }
    void setDetector(const core::EmergencyDetector &detector);
    // A new call: nothing dismissed yet.
    void reset() { m_watch.reset(); }
    // Reads the call again: the banner shows its alerts, or goes when there are none or no call.
    void rescan();
    // "Transferred to 911": logs it on the open call's log and marks the banner. Returns where
    // the call went, or nothing when it was not logged (the call taker was told why).
    std::optional<QString> logTransfer(core::IntakeService &service);

private:
    EmergencyBanner *m_banner;
    const core::Catalog &m_catalog;
    core::EmergencyWatch m_watch;
    Call m_call;
};

} // namespace civicdesk::widgets
