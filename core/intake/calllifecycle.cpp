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
    {State::InCall, Event::SaveStart, State::Saving}, {State::InCall, Event::WrapUp, State::Idle},
    {State::InCall, Event::Discard, State::Idle},     {State::Saving, Event::SaveTicket, State::Saved},
    {State::Saving, Event::SaveFail, State::InCall},  {State::Saved, Event::FinishSaved, State::Idle},
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
    // Nothing while saving: a second save, a new call or a wrap-up would race the write.
    {State::Saving, {}},
    {State::Saved, {Action::NewCall}},
};

// Names for logs and tests only: never stored, never shown, so not translated.
constexpr EnumKeys<State, kEnumCount<State>> kStates{"CallLifecycle",
                                                     KeyMatch::Exact,
                                                     {{
                                                         {State::Idle, "idle", "idle"},
                                                         {State::InCall, "in-call", "in-call"},
                                                         {State::Saving, "saving", "saving"},
                                                         {State::Saved, "saved", "saved"},
                                                     }}};
static_assert(kStates.inEnumOrder(), "one entry per State, in enum order");

constexpr EnumKeys<Event, kEnumCount<Event>> kEvents{"CallLifecycle",
                                                     KeyMatch::Exact,
                                                     {{
                                                         {Event::Start, "start", "start"},
                                                         {Event::Restore, "restore", "restore"},
                                                         {Event::Edit, "edit", "edit"},
                                                         {Event::LogTransfer, "log-transfer", "log-transfer"},
                                                         {Event::SaveStart, "save-start", "save-start"},
                                                         {Event::SaveTicket, "save-ticket", "save-ticket"},
                                                         {Event::SaveFail, "save-fail", "save-fail"},
                                                         {Event::FinishSaved, "finish-saved", "finish-saved"},
                                                         {Event::WrapUp, "wrap-up", "wrap-up"},
                                                         {Event::Discard, "discard", "discard"},
                                                     }}};
static_assert(kEvents.inEnumOrder(), "one entry per Event, in enum order");

constexpr EnumKeys<Action, kEnumCount<Action>> kActions{
    "CallLifecycle",
    KeyMatch::Exact,
    {{
        {Action::NewCall, "new-call", "new-call"},
        {Action::Save, "save", "save"},
        {Action::InformationOnly, "information-only", "information-only"},
        {Action::WrapUp, "wrap-up", "wrap-up"},
        {Action::Transfer911, "transfer-911", "transfer-911"},
        {Action::Discard, "discard", "discard"},
        {Action::Undo, "undo", "undo"},
        {Action::Redo, "redo", "redo"},
        {Action::Restore, "restore", "restore"},
        {Action::LinkDuplicate, "link-duplicate", "link-duplicate"},
    }}};
static_assert(kActions.inEnumOrder(), "one entry per Action, in enum order");
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
    return kStates.values();
}

QList<CallLifecycle::Event> CallLifecycle::allEvents()
{
    return kEvents.values();
}

QList<CallLifecycle::Action> CallLifecycle::allActions()
{
    return kActions.values();
}

QString CallLifecycle::key(State state)
{
    return kStates.toKey(state);
}

QString CallLifecycle::key(Event event)
{
    return kEvents.toKey(event);
}

QString CallLifecycle::key(Action action)
{
    return kActions.toKey(action);
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
