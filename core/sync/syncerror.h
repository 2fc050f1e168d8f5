#pragma once

#include "core/domain/error.h"

namespace civicdesk::core {

// A sync failure with its kind, so the UI and the CLI can say what to do about it.
class SyncError : public Error
{
public:
    enum class Kind {
        NotConfigured,
        WrongPassword,
        Unreachable,
        TlsFailure,
        SchemaTooNew,
        NotInitialised,
        ConnectionLost,
        Other,
    };

    SyncError(Kind kind, const QString &message) : Error(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }
    // Worth retrying later by itself (a network or server outage), rather than a setting to fix.
    bool isTransient() const { return m_kind == Kind::Unreachable || m_kind == Kind::ConnectionLost; }
    // The driver's own words behind message(), for a diagnosis finer than the kind (DNS or a
    // refused port are both Unreachable); empty when the error did not come from the driver.
    QString detail() const { return m_detail; }
    void setDetail(const QString &detail) { m_detail = detail; }

private:
    Kind m_kind;
    QString m_detail;
};

} // namespace civicdesk::core
