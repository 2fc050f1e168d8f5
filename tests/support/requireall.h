#pragma once

#include <QtTest>

// A test that cannot run here (no PostgreSQL, no ../shared/data, no CLI) skips with its reason
// on a developer's partial run. CI sets CIVICDESK_REQUIRE_ALL=1 (.ci/run), and there the same
// test fails, so a missing dependency never turns a red suite green.
namespace civicdesk::testsupport {
inline bool requireAll()
{
    return qEnvironmentVariable("CIVICDESK_REQUIRE_ALL") == QLatin1String("1");
}
} // namespace civicdesk::testsupport

#define CIVICDESK_SKIP_OR_FAIL(message)                                                                      \
    do {                                                                                                     \
        if (civicdesk::testsupport::requireAll())                                                            \
            QFAIL(qPrintable(QStringLiteral("CIVICDESK_REQUIRE_ALL=1 and: ") + QString(message)));           \
        QSKIP(qPrintable(QString(message)));                                                                 \
    } while (false)
