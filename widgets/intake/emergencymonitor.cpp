#include "widgets/intake/emergencymonitor.h"

#include "core/domain/error.h"
#include "core/intake/intakeservice.h"
#include "widgets/intake/emergencybanner.h"
#include "widgets/shell/messagebox.h"

namespace civicdesk::widgets {

EmergencyMonitor::EmergencyMonitor(EmergencyBanner *banner, const core::Catalog &catalog,
                                   const QString &profileDirectory, Call call, QObject *parent)
    : QObject(parent), m_banner(banner), m_catalog(catalog), m_watch(profileDirectory),
      m_call(std::move(call))
{
    connect(m_banner, &EmergencyBanner::dismissed, this, [this] {
        if (const std::optional<core::CallSession> call = m_call())
            m_watch.dismiss(*call, m_catalog);
        m_banner->setVisible(false);
    });
}

void EmergencyMonitor::setDetector(const core::EmergencyDetector &detector)
{
    m_watch.setDetector(detector);
    rescan();
}

void EmergencyMonitor::rescan()
{
    const std::optional<core::CallSession> call = m_call();
    if (!call) {
        m_banner->setVisible(false);
        return;
    }
    m_banner->showAlerts(m_watch.alerts(*call, m_catalog));
}

std::optional<QString> EmergencyMonitor::logTransfer(core::IntakeService &service)
{
    std::optional<core::CallSession> call = m_call();
    if (!call)
        return std::nullopt;
    try {
        service.logEmergencyTransfer(*call);
    } catch (const core::Error &e) {
        MessageBox::warning(m_banner, tr("Transfer not logged"), e.message());
        return std::nullopt;
    }
    m_banner->setTransferLogged(true);
    return call->transferTo;
}

} // namespace civicdesk::widgets
