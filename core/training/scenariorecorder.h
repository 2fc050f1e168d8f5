#pragma once

#include "core/training/scenario.h"
#include "core/training/trainingattempt.h"

namespace civicdesk::core {

class Catalog;

// "Save as scenario": a call just played becomes a new scenario whose expected outcomes are what
// was done in it (the trainer plays the call the right way, then saves it for trainees).
class ScenarioRecorder
{
public:
    // The new scenario keeps the played one's caller and timeline; its id comes from the title.
    // List answers must match the value picked; free-text answers only need to be given.
    static Scenario fromAttempt(const Scenario &played, const TrainingAttempt &attempt, const QString &title,
                                const Catalog &catalog);
    static QString idFromTitle(const QString &title);
};

} // namespace civicdesk::core
