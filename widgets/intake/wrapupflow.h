#pragma once

#include "core/intake/callsession.h"
#include "core/intake/wrapupcode.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QMessageBox;
class QWidget;

namespace civicdesk::core {
class IntakeService;
}

namespace civicdesk::widgets {

class WrapUpDialog;

// Ending a call without a ticket: the wrap-up dialog (F7 information only, F8 other codes),
// the "Log without a reason?" confirmation that spells out what the call log will hold, the
// call log entry itself (IntakeService::finishCall), and discarding a call after its
// confirmation. ended() tells the screen the call is over.
class WrapUpFlow final : public QObject
{
    Q_OBJECT

public:
    // The open call as the form holds it, or nothing when no call is on the form.
    using Call = std::function<std::optional<core::CallSession>()>;

    WrapUpFlow(core::IntakeService &service, Call call, QWidget *parent);

    // Opens the dialog for the call, with what the call already knows filled in.
    void open(core::WrapUpCode preset, const QString &kbArticleTitle, const QString &handleTime);
    WrapUpDialog *dialog() const;
    QMessageBox *emptyReasonConfirmation() const;
    // Ctrl+Shift+Delete: asks first; the call log records the call as discarded.
    void askDiscard();
    QMessageBox *discardConfirmation() const;

Q_SIGNALS:
    // discarded: the call was thrown away (wrapUpKey "discarded") rather than wrapped up.
    void ended(const QString &wrapUpKey, bool discarded);

private:
    void requested();
    void askEmptyReason(const core::CallSession &call, core::WrapUpCode code);
    void finish(bool emptyReasonConfirmed);
    void discardAnswered(int result);

    core::IntakeService &m_service;
    Call m_call;
    QWidget *m_parent;
    QPointer<WrapUpDialog> m_dialog;
    QPointer<QMessageBox> m_emptyReasonBox;
    QPointer<QMessageBox> m_discardBox;
    QString m_kbArticleTitle;
    QString m_handleTime;
};

} // namespace civicdesk::widgets
