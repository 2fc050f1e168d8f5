#pragma once

#include <QCoreApplication>
// Widget tests link QtWidgets; core tests must not, so QApplication is optional here.
#if __has_include(<QApplication>)
#include <QApplication>
#endif
#include <QStandardPaths>
#include <QtTest>

// Test mode keeps every test away from a real user's settings and profile, and an unset
// CIVICDESK_PROFILE means nothing leaks in from the environment.
#define CIVICDESK_TEST_MAIN_IMPL(AppType, TestObject)                                                              \
    int main(int argc, char *argv[])                                                                               \
    {                                                                                                              \
        AppType app(argc, argv);                                                                                   \
        QStandardPaths::setTestModeEnabled(true);                                                                  \
        qunsetenv("CIVICDESK_PROFILE");                                                                            \
        TestObject tc;                                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                                      \
    }

#define CIVICDESK_TEST_MAIN(TestObject) CIVICDESK_TEST_MAIN_IMPL(QCoreApplication, TestObject)
#if __has_include(<QApplication>)
#define CIVICDESK_WIDGET_TEST_MAIN(TestObject) CIVICDESK_TEST_MAIN_IMPL(QApplication, TestObject)
#endif
