#pragma once

#include "core/intake/calllifecycle.h"

#include <QStackedWidget>

class QAction;

namespace civicdesk::widgets {

class IntakeForm;
class ReferenceReadback;

// One page for each state of the call: "No call in progress" (idle), the form in a scroll area
// (in call), and the reference read-back (saved).
class CallPages final : public QStackedWidget
{
    Q_OBJECT

public:
    CallPages(IntakeForm *form, const QAction *newCall, QWidget *parent = nullptr);

    void showState(core::CallLifecycle::State state);
    ReferenceReadback *readback() const { return m_readback; }

private:
    ReferenceReadback *m_readback = nullptr;
};

} // namespace civicdesk::widgets
