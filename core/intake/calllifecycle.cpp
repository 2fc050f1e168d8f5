#include "core/intake/calllifecycle.h"

namespace civicdesk::core {

namespace {
using State = CallLifecycle::State;
using Event = CallLifecycle::Event;
using Action = CallLifecycle::Action;

// A saved call is finished (FinishSaved) before the next one starts, so Start and Restore are
// refused in Saved: the read-back's call log is always closed first, never left open behind a
// restored draft.
const QList<CallLifecycle::Transition> kTransitions{
    {State::Idle, Event::Start, State::InCall},       {State::Idle, Event::Restore, State::InCall},
    {State::InCall, Event::Start, State::InCall},   // the open call is parked as a draft
    {State::InCall, Event::Restore, State::InCall}, // swapped with the parked one
    {State::InCall, Event::Edit, State::InCall},      {State::InCall, Event::LogTransfer, State::InCall},
    {State::InCall, Event::SaveTicket, State::Saved}, {State::InCall, Event::WrapUp, State::Idle},
    {State::InCall, Event::Discard, State::Idle},     {State::Saved, Event::FinishSaved, State::Idle},
};

struct Enabled
{
    State state;
    QList<Action> actions;
};

// New call stays on in Saved: F2 on the read-back finishes the saved call and starts the next.
// Undo is off there: the saved ticket is no longer the form's to change.
const QList<Enabled> kEnabled{
    {State::Idle, {Action::NewCall, Action::Restore}},
    {State::InCall,
     {Action::NewCall, Action::Save, Action::InformationOnly, Action::WrapUp, Action::Transfer911,
      Action::Discard, Action::Undo, Action::Redo, Action::Restore, Action::LinkDuplicate}},
    {State::Saved, {Action::NewCall}},
};
} // namespace

const QList<CallLifecycle::Transition> &CallLifecycle::transitions()
{
    return kTransitions;
}

std::optional<CallLifecycle::State> CallLifecycle::next(State from, Event event)
{
    for (const Transition &t : kTransitions) {
        if (t.from == from && t.event == event)
            return t.to;
    }
    return std::nullopt;
}

QList<CallLifecycle::Action> CallLifecycle::actionsIn(State state)
{
    for (const Enabled &e : kEnabled) {
        if (e.state == state)
            return e.actions;
    }
    return {};
}

bool CallLifecycle::enables(State state, Action action, const Conditions &conditions)
{
    if (!actionsIn(state).contains(action))
        return false;
    switch (action) {
    case Action::Restore:
        return conditions.draftWaiting;
    case Action::LinkDuplicate:
        return conditions.duplicateChosen;
    case Action::Undo:
        return conditions.canUndo;
    case Action::Redo:
        return conditions.canRedo;
    default:
        return true;
    }
}

QList<CallLifecycle::State> CallLifecycle::allStates()
{
    return {State::Idle, State::InCall, State::Saved};
}

QList<CallLifecycle::Event> CallLifecycle::allEvents()
{
    return {Event::Start,      Event::Restore,     Event::Edit,   Event::LogTransfer,
            Event::SaveTicket, Event::FinishSaved, Event::WrapUp, Event::Discard};
}

QList<CallLifecycle::Action> CallLifecycle::allActions()
{
    return {Action::NewCall,      Action::Save,        Action::InformationOnly,
            Action::WrapUp,       Action::Transfer911, Action::Discard,
            Action::Undo,         Action::Redo,        Action::Restore,
            Action::LinkDuplicate};
}

QString CallLifecycle::key(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::InCall:
        return QStringLiteral("in-call");
    case State::Saved:
        return QStringLiteral("saved");
    }
    return {};
}

QString CallLifecycle::key(Event event)
{
    switch (event) {
    case Event::Start:
        return QStringLiteral("start");
    case Event::Restore:
        return QStringLiteral("restore");
    case Event::Edit:
        return QStringLiteral("edit");
    case Event::LogTransfer:
        return QStringLiteral("log-transfer");
    case Event::SaveTicket:
        return QStringLiteral("save-ticket");
    case Event::FinishSaved:
        return QStringLiteral("finish-saved");
    case Event::WrapUp:
        return QStringLiteral("wrap-up");
    case Event::Discard:
        return QStringLiteral("discard");
    }
    return {};
}

QString CallLifecycle::key(Action action)
{
    switch (action) {
    case Action::NewCall:
        return QStringLiteral("new-call");
    case Action::Save:
        return QStringLiteral("save");
    case Action::InformationOnly:
        return QStringLiteral("information-only");
    case Action::WrapUp:
        return QStringLiteral("wrap-up");
    case Action::Transfer911:
        return QStringLiteral("transfer-911");
    case Action::Discard:
        return QStringLiteral("discard");
    case Action::Undo:
        return QStringLiteral("undo");
    case Action::Redo:
        return QStringLiteral("redo");
    case Action::Restore:
        return QStringLiteral("restore");
    case Action::LinkDuplicate:
        return QStringLiteral("link-duplicate");
    }
    return {};
}

bool CallLifecycle::apply(Event event)
{
    const std::optional<State> to = next(m_state, event);
    if (!to)
        return false;
    m_state = *to;
    return true;
}

} // namespace civicdesk::core
