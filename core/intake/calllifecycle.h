#pragma once

#include "core/domain/enumkeys.h"

#include <QList>
#include <QString>
#include <optional>

namespace civicdesk::core {

// Where a call stands on the call taker's screen, and what may happen next. Every state, every
// event and every enabled action is in one table (calllifecycle.cpp), so a new state or event is
// one row there and the intake widget never decides on its own which buttons to enable.
// CallSession is what the call holds; this class is where the call is.
class CallLifecycle final
{
public:
    enum class State {
        Idle,   // no call: the "No call in progress" page, maybe a draft to restore
        InCall, // the form is open and being typed into
        Saving, // the ticket is being written on a worker; the form is locked until it lands
        Saved,  // the ticket is saved; the reference is being read back
    };

    enum class Event {
        Start,       // F2, a screen pop, the knowledge base's "Use in call" or "Create request"
        Restore,     // a parked or crashed call comes back (the open one, if any, is parked)
        Edit,        // a change in the form, including an undo or redo
        LogTransfer, // "Transferred to 911" is logged on the call
        SaveStart,   // the request passed validation; its write has started
        SaveTicket,  // the write landed: the ticket is stored
        SaveFail,    // the write failed (locked, disk full, refused): the call is open again
        FinishSaved, // the read-back is done
        WrapUp,      // ended without a ticket (information only, resolved, transferred, …)
        Discard,     // thrown away after the confirmation
    };

    enum class Action {
        NewCall,
        Save,
        InformationOnly,
        WrapUp,
        Transfer911,
        Discard,
        Undo,
        Redo,
        Restore,
        LinkDuplicate,
    };

    // What the screen knows besides the state; an action that needs one of these stays off
    // without it even where its state allows it.
    struct Conditions
    {
        bool draftWaiting = false;    // a parked or crashed call to restore
        bool duplicateChosen = false; // a nearby open ticket to link to
        bool canUndo = false;
        bool canRedo = false;
    };

    struct Transition
    {
        State from;
        Event event;
        State to;
    };

    // The whole state machine, one row per allowed transition; anything else is refused.
    static const QList<Transition> &transitions();
    static std::optional<State> next(State from, Event event);
    // The actions a state allows, before Conditions.
    static QList<Action> actionsIn(State state);
    static bool enables(State state, Action action, const Conditions &conditions);
    static QList<State> allStates();
    static QList<Event> allEvents();
    static QList<Action> allActions();
    // Stable names for logs and test output ("in-call", "save-ticket", "link-duplicate").
    static QString key(State state);
    static QString key(Event event);
    static QString key(Action action);

    State state() const { return m_state; }
    // Moves to the next state; returns false and stays where it is when the table refuses.
    bool apply(Event event);
    bool enables(Action action, const Conditions &conditions) const
    {
        return enables(m_state, action, conditions);
    }

private:
    State m_state = State::Idle;
};

template <>
inline constexpr std::size_t
    kEnumCount<CallLifecycle::State> = static_cast<std::size_t>(CallLifecycle::State::Saved) + 1;
template <>
inline constexpr std::size_t
    kEnumCount<CallLifecycle::Event> = static_cast<std::size_t>(CallLifecycle::Event::Discard) + 1;
template <>
inline constexpr std::size_t
    kEnumCount<CallLifecycle::Action> = static_cast<std::size_t>(CallLifecycle::Action::LinkDuplicate) + 1;

} // namespace civicdesk::core
