#include "widgets/intake/wrapupflow.h"

#include "core/domain/error.h"
#include "core/domain/phonenumber.h"
#include "core/intake/intakeservice.h"
#include "widgets/intake/wrapupdialog.h"
#include "widgets/shell/messagebox.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace civicdesk::widgets {

WrapUpFlow::WrapUpFlow(core::IntakeService &service, Call call, QWidget *parent)
    : QObject(parent), m_service(service), m_call(std::move(call)), m_parent(parent)
{
}

WrapUpDialog *WrapUpFlow::dialog() const
{
    return m_dialog;
}

QMessageBox *WrapUpFlow::emptyReasonConfirmation() const
{
    return m_emptyReasonBox;
}

QMessageBox *WrapUpFlow::discardConfirmation() const
{
    return m_discardBox;
}

void WrapUpFlow::open(core::WrapUpCode preset, const QString &kbArticleTitle, const QString &handleTime)
{
    const std::optional<core::CallSession> call = m_call();
    if (!call)
        return;
    m_kbArticleTitle = kbArticleTitle;
    m_handleTime = handleTime;
    if (!m_dialog) {
        m_dialog = new WrapUpDialog(m_parent);
        connect(m_dialog, &WrapUpDialog::wrapUpRequested, this, &WrapUpFlow::requested);
    }
    // A logged 911 transfer went somewhere: say where unless the call taker already did.
    const QString transfer =
        call->emergencyTransfer && call->transferTo.isEmpty() ? QStringLiteral("911") : call->transferTo;
    m_dialog->setValues(preset, call->reason, transfer, call->duplicateReference, m_kbArticleTitle);
    m_dialog->open();
    if (preset == core::WrapUpCode::InformationOnly || preset == core::WrapUpCode::ResolvedOnCall)
        m_dialog->reasonEdit()->setFocus();
    else
        m_dialog->codeBox()->setFocus();
}

void WrapUpFlow::requested()
{
    std::optional<core::CallSession> call = m_call();
    if (!call)
        return;
    call->reason = m_dialog->reason();
    const core::WrapUpCode code = m_dialog->code();
    if (core::wrapupcode::needsReason(code) && call->reason.trimmed().isEmpty())
        askEmptyReason(*call, code);
    else
        finish(false);
}

void WrapUpFlow::askEmptyReason(const core::CallSession &s, core::WrapUpCode code)
{
    // Say exactly what the call log will hold, so that "no reason" is a choice, not a slip.
    const core::CallRecord call = m_service.pendingCall(s, code);
    QStringList lines{tr("Wrap-up: %1").arg(core::wrapupcode::displayName(code)),
                      tr("Caller: %1")
                          .arg(call.callerPhone.isEmpty()
                                   ? tr("no number")
                                   : core::phonenumber::formatForDisplay(call.callerPhone)),
                      tr("Reason: none"),
                      tr("Article used: %1").arg(m_kbArticleTitle.isEmpty() ? tr("none") : m_kbArticleTitle),
                      tr("Handle time: %1").arg(m_handleTime)};
    if (!m_emptyReasonBox) {
        m_emptyReasonBox = new QMessageBox(QMessageBox::Question, tr("Log without a reason?"), QString(),
                                           QMessageBox::Yes | QMessageBox::No, m_dialog);
        m_emptyReasonBox->setObjectName(QStringLiteral("emptyReasonConfirmation"));
        m_emptyReasonBox->button(QMessageBox::Yes)->setText(tr("&Log without reason"));
        m_emptyReasonBox->button(QMessageBox::No)->setText(tr("&Add a reason"));
        m_emptyReasonBox->setDefaultButton(QMessageBox::No);
        connect(m_emptyReasonBox, &QMessageBox::finished, this, [this](int result) {
            if (!m_dialog || !m_call())
                return;
            if (result == QMessageBox::Yes)
                finish(true);
            else
                m_dialog->reasonEdit()->setFocus();
        });
    }
    m_emptyReasonBox->setText(tr("No reason was given. The call log will record:"));
    m_emptyReasonBox->setInformativeText(lines.join(u'\n'));
    m_emptyReasonBox->open();
}

void WrapUpFlow::finish(bool emptyReasonConfirmed)
{
    std::optional<core::CallSession> s = m_call();
    if (!s)
        return;
    s->reason = m_dialog->reason();
    s->transferTo = m_dialog->transferTo();
    s->duplicateReference = m_dialog->duplicateReference();
    const core::WrapUpCode code = m_dialog->code();
    s->wrapUp = core::wrapupcode::toKey(code);
    try {
        m_service.finishCall(*s, code, emptyReasonConfirmed);
    } catch (const core::Error &e) {
        m_dialog->setFieldErrors(e.fieldErrors().isEmpty() ? QList<core::FieldError>{{QString(), e.message()}}
                                                           : e.fieldErrors());
        return;
    }
    m_dialog->accept();
    Q_EMIT ended(s->wrapUp, false);
}

void WrapUpFlow::askDiscard()
{
    if (!m_call())
        return;
    if (!m_discardBox) {
        m_discardBox = new QMessageBox(
            QMessageBox::Warning, tr("Discard call"),
            tr("Discard this call? Everything typed is lost; the call log records it as discarded."),
            QMessageBox::Discard | QMessageBox::Cancel, m_parent);
        m_discardBox->setObjectName(QStringLiteral("discardConfirmation"));
        m_discardBox->setDefaultButton(QMessageBox::Cancel);
        connect(m_discardBox, &QMessageBox::finished, this, &WrapUpFlow::discardAnswered);
    }
    m_discardBox->open();
}

void WrapUpFlow::discardAnswered(int result)
{
    const std::optional<core::CallSession> call = m_call();
    if (result != QMessageBox::Discard || !call)
        return;
    try {
        m_service.discardCall(*call);
    } catch (const core::Error &e) {
        MessageBox::warning(m_parent, tr("Discard call"), e.message());
        return;
    }
    Q_EMIT ended(core::wrapupcode::toKey(core::WrapUpCode::Discarded), true);
}

} // namespace civicdesk::widgets
