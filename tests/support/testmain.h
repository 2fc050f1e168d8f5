#pragma once

#include <QCoreApplication>
// Widget tests link QtWidgets, map tests QtGui; core tests must not, so both are optional here
// (a header is found only when the test links its module).
#if __has_include(<QApplication>)
#include <QApplication>
#endif
#if __has_include(<QGuiApplication>)
#include <QGuiApplication>
#endif
#include <QStandardPaths>
#include <QtTest>

// Test mode keeps every test away from a real user's settings and profile, and an unset
// CIVICDESK_PROFILE means nothing leaks in from the environment.
#define CIVICDESK_TEST_MAIN_IMPL(AppType, TestObject)                                                        \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        AppType app(argc, argv);                                                                             \
        QStandardPaths::setTestModeEnabled(true);                                                            \
        qunsetenv("CIVICDESK_PROFILE");                                                                      \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }

#define CIVICDESK_TEST_MAIN(TestObject) CIVICDESK_TEST_MAIN_IMPL(QCoreApplication, TestObject)
// Map tests paint with QtGui and run without widgets (QT_QPA_PLATFORM=offscreen).
#if __has_include(<QGuiApplication>)
#define CIVICDESK_GUI_TEST_MAIN(TestObject) CIVICDESK_TEST_MAIN_IMPL(QGuiApplication, TestObject)
#endif
#if __has_include(<QApplication>)
#define CIVICDESK_WIDGET_TEST_MAIN(TestObject) CIVICDESK_TEST_MAIN_IMPL(QApplication, TestObject)
#endif
