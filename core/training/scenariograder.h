#pragma once

#include "core/training/scenario.h"
#include "core/training/scorecard.h"
#include "core/training/trainingattempt.h"

namespace civicdesk::core {

class Catalog;

// Grades a training call against the scenario's hidden expectations, one criterion per
// expectation the scenario sets. Every miss is explained in words a trainee can act on.
class ScenarioGrader
{
public:
    explicit ScenarioGrader(const Catalog &catalog) : m_catalog(catalog) {}

    ScoreCard grade(const Scenario &scenario, const TrainingAttempt &attempt) const;

    // Points per criterion: the parts of a call that matter most weigh most.
    static int weight(const QString &key);

private:
    QString serviceName(const QString &code) const;
    const Catalog &m_catalog;
};

} // namespace civicdesk::core
