#include "core/intake/calllifecycle.h"
#include "support/testmain.h"

#include <QSet>

using namespace civicdesk::core;

using State = CallLifecycle::State;
using Event = CallLifecycle::Event;
using Action = CallLifecycle::Action;

Q_DECLARE_METATYPE(CallLifecycle::State)
Q_DECLARE_METATYPE(CallLifecycle::Event)
Q_DECLARE_METATYPE(CallLifecycle::Action)
Q_DECLARE_METATYPE(CallLifecycle::Conditions)

namespace {
// The specification the table must meet, written out pair by pair (state x event), so that a
// changed row in calllifecycle.cpp fails here until this list says the same.
struct Expected
{
    State from;
    Event event;
    std::optional<State> to;
};

const QList<Expected> kEveryPair{
    {State::Idle, Event::Start, State::InCall},       {State::Idle, Event::Restore, State::InCall},
    {State::Idle, Event::Edit, std::nullopt},         {State::Idle, Event::LogTransfer, std::nullopt},
    {State::Idle, Event::SaveStart, std::nullopt},    {State::Idle, Event::SaveTicket, std::nullopt},
    {State::Idle, Event::SaveFail, std::nullopt},     {State::Idle, Event::FinishSaved, std::nullopt},
    {State::Idle, Event::WrapUp, std::nullopt},       {State::Idle, Event::Discard, std::nullopt},
    {State::InCall, Event::Start, State::InCall},     {State::InCall, Event::Restore, State::InCall},
    {State::InCall, Event::Edit, State::InCall},      {State::InCall, Event::LogTransfer, State::InCall},
    {State::InCall, Event::SaveStart, State::Saving}, {State::InCall, Event::SaveTicket, std::nullopt},
    {State::InCall, Event::SaveFail, std::nullopt},   {State::InCall, Event::FinishSaved, std::nullopt},
    {State::InCall, Event::WrapUp, State::Idle},      {State::InCall, Event::Discard, State::Idle},
    {State::Saving, Event::Start, std::nullopt},      {State::Saving, Event::Restore, std::nullopt},
    {State::Saving, Event::Edit, std::nullopt},       {State::Saving, Event::LogTransfer, std::nullopt},
    {State::Saving, Event::SaveStart, std::nullopt},  {State::Saving, Event::SaveTicket, State::Saved},
    {State::Saving, Event::SaveFail, State::InCall},  {State::Saving, Event::FinishSaved, std::nullopt},
    {State::Saving, Event::WrapUp, std::nullopt},     {State::Saving, Event::Discard, std::nullopt},
    {State::Saved, Event::Start, std::nullopt},       {State::Saved, Event::Restore, std::nullopt},
    {State::Saved, Event::Edit, std::nullopt},        {State::Saved, Event::LogTransfer, std::nullopt},
    {State::Saved, Event::SaveStart, std::nullopt},   {State::Saved, Event::SaveTicket, std::nullopt},
    {State::Saved, Event::SaveFail, std::nullopt},    {State::Saved, Event::FinishSaved, State::Idle},
    {State::Saved, Event::WrapUp, std::nullopt},      {State::Saved, Event::Discard, std::nullopt},
};

// Walks a fresh lifecycle to the given state through allowed events only.
CallLifecycle at(State state)
{
    CallLifecycle c;
    if (state != State::Idle)
        c.apply(Event::Start);
    if (state == State::Saving || state == State::Saved)
        c.apply(Event::SaveStart);
    if (state == State::Saved)
        c.apply(Event::SaveTicket);
    return c;
}

CallLifecycle::Conditions everything()
{
    return {true, true, true, true};
}
} // namespace

class TestCallLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPairIsSpecified()
    {
        QSet<QString> pairs;
        for (const Expected &e : kEveryPair)
            pairs.insert(CallLifecycle::key(e.from) + u'/' + CallLifecycle::key(e.event));
        QCOMPARE(pairs.size(), CallLifecycle::allStates().size() * CallLifecycle::allEvents().size());
        QCOMPARE(kEveryPair.size(), pairs.size());
    }

    void transition_data()
    {
        QTest::addColumn<State>("from");
        QTest::addColumn<Event>("event");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<State>("to");
        for (const Expected &e : kEveryPair) {
            const QString name =
                CallLifecycle::key(e.from) + QStringLiteral(" + ") + CallLifecycle::key(e.event);
            QTest::newRow(qPrintable(name)) << e.from << e.event << e.to.has_value() << e.to.value_or(e.from);
        }
    }

    void transition()
    {
        QFETCH(State, from);
        QFETCH(Event, event);
        QFETCH(bool, allowed);
        QFETCH(State, to);
        QCOMPARE(CallLifecycle::next(from, event).has_value(), allowed);
        CallLifecycle c = at(from);
        QCOMPARE(c.state(), from);
        QCOMPARE(c.apply(event), allowed);
        // A refused event leaves the state where it was.
        QCOMPARE(c.state(), to);
    }

    void tableHoldsOnlyTheSpecifiedRows()
    {
        int allowed = 0;
        for (const Expected &e : kEveryPair)
            allowed += e.to.has_value() ? 1 : 0;
        QCOMPARE(CallLifecycle::transitions().size(), allowed);
    }

    void actionsByState_data()
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<QList<Action>>("actions");
        QTest::newRow("idle") << State::Idle << QList<Action>{Action::NewCall, Action::Restore};
        QTest::newRow("in-call") << State::InCall << CallLifecycle::allActions();
        QTest::newRow("saving") << State::Saving << QList<Action>{};
        QTest::newRow("saved") << State::Saved << QList<Action>{Action::NewCall};
    }

    void actionsByState()
    {
        QFETCH(State, state);
        QFETCH(QList<Action>, actions);
        for (Action a : CallLifecycle::allActions()) {
            QCOMPARE(CallLifecycle::enables(state, a, everything()), actions.contains(a));
            QCOMPARE(at(state).enables(a, everything()), actions.contains(a));
        }
    }

    // An action its state allows still waits for what it needs.
    void conditionsGateTheirActions_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<CallLifecycle::Conditions>("without");
        CallLifecycle::Conditions c = everything();
        c.draftWaiting = false;
        QTest::newRow("restore needs a draft") << Action::Restore << c;
        c = everything();
        c.duplicateChosen = false;
        QTest::newRow("link needs a candidate") << Action::LinkDuplicate << c;
        c = everything();
        c.canUndo = false;
        QTest::newRow("undo needs a step") << Action::Undo << c;
        c = everything();
        c.canRedo = false;
        QTest::newRow("redo needs an undone step") << Action::Redo << c;
    }

    void conditionsGateTheirActions()
    {
        QFETCH(Action, action);
        QFETCH(CallLifecycle::Conditions, without);
        QVERIFY(CallLifecycle::enables(State::InCall, action, everything()));
        QVERIFY(!CallLifecycle::enables(State::InCall, action, without));
        // The other actions do not depend on it.
        for (Action other : CallLifecycle::allActions()) {
            if (other != action)
                QVERIFY(CallLifecycle::enables(State::InCall, other, without));
        }
    }

    void keysAreDistinct()
    {
        QSet<QString> states, events, actions;
        for (State s : CallLifecycle::allStates())
            states.insert(CallLifecycle::key(s));
        for (Event e : CallLifecycle::allEvents())
            events.insert(CallLifecycle::key(e));
        for (Action a : CallLifecycle::allActions())
            actions.insert(CallLifecycle::key(a));
        QCOMPARE(states.size(), 4);
        QCOMPARE(events.size(), 10);
        QCOMPARE(actions.size(), 10);
        QVERIFY(!states.contains(QString()) && !events.contains(QString()) && !actions.contains(QString()));
    }

    // One whole call: new, typed, saved, read back, then a wrap-up call and a discarded one.
    void aDayOfCalls()
    {
        CallLifecycle c;
        QVERIFY(!c.enables(Action::Save, everything()));
        QVERIFY(c.apply(Event::Start));
        QVERIFY(c.apply(Event::Edit));
        QVERIFY(c.enables(Action::Save, everything()));
        QVERIFY(!c.apply(Event::SaveTicket)); // only a started save lands
        QVERIFY(c.apply(Event::SaveStart));
        QVERIFY(!c.apply(Event::SaveStart)); // one save at a time
        QVERIFY(!c.apply(Event::Edit));      // the form is locked while it writes
        QVERIFY(!c.enables(Action::Save, everything()));
        QVERIFY(c.apply(Event::SaveFail)); // e.g. the disk was full: the call is open again
        QVERIFY(c.enables(Action::Save, everything()));
        QVERIFY(c.apply(Event::SaveStart));
        QVERIFY(c.apply(Event::SaveTicket));
        QVERIFY(!c.apply(Event::SaveTicket)); // saved once
        QVERIFY(!c.apply(Event::Restore));    // the read-back ends first
        QVERIFY(c.apply(Event::FinishSaved));
        QCOMPARE(c.state(), State::Idle);
        QVERIFY(c.apply(Event::Start));
        QVERIFY(c.apply(Event::LogTransfer));
        QVERIFY(c.apply(Event::WrapUp));
        QVERIFY(!c.apply(Event::Discard));
        QVERIFY(c.apply(Event::Restore));
        QVERIFY(c.apply(Event::Discard));
        QCOMPARE(c.state(), State::Idle);
    }
};

CIVICDESK_TEST_MAIN(TestCallLifecycle)
#include "test_calllifecycle.moc"
