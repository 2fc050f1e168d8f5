# Precompiled headers. Measured on this project: parsing Qt's and the standard library's headers
# is more than half of compiling a typical source file, and two cores build some 400 of them, so
# a fresh build (as in CI) spends most of its time reading the same headers again.
#
# Each source still includes what it uses; CIVICDESK_PCH=OFF builds without, which is how to
# check that it does.
option(CIVICDESK_PCH "Build with precompiled headers" ON)

# Headers that most of core's sources include. QtCore, QtSql and the standard library only:
# core links no QtGui (tests/cmake/CheckLayering.cmake, test core_layering).
set(CIVICDESK_PCH_CORE
    <algorithm> <cmath> <functional> <memory> <optional> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QLocale> <QMap> <QRegularExpression> <QSet> <QSqlDatabase>
    <QSqlError> <QSqlQuery> <QString> <QStringList> <QTimeZone> <QUuid> <QVariant>)

# What the screens add.
set(CIVICDESK_PCH_WIDGETS ${CIVICDESK_PCH_CORE}
    <QAction> <QApplication> <QBoxLayout> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox>
    <QFormLayout> <QHeaderView> <QLabel> <QLineEdit> <QMessageBox> <QPainter> <QPlainTextEdit>
    <QPushButton> <QTableView> <QTimer> <QWidget>)

# civicdesk_precompile(TARGET CORE|WIDGETS [TEST]): TEST adds QtTest's headers.
function(civicdesk_precompile target kind)
    if(NOT CIVICDESK_PCH)
        return()
    endif()
    set(_headers ${CIVICDESK_PCH_${kind}})
    if(ARGN STREQUAL "TEST")
        list(APPEND _headers <QSignalSpy> <QTemporaryDir> <QTest>)
    endif()
    target_precompile_headers(${target} PRIVATE ${_headers})
endfunction()

# civicdesk_reuse_precompiled(TARGET FROM): a target with the same flags shares FROM's header
# instead of compiling its own (the test executables, one per source file).
function(civicdesk_reuse_precompiled target from)
    if(CIVICDESK_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()
