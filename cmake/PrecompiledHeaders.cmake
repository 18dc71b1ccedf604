# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled Qt and standard library headers. Most sources are short and include the same Qt headers, so parsing
# those headers is most of their compile time; a precompiled header parses them once per target instead of once per
# source. The libraries have their own; the test suites share two (one for the suites of the core, one for those of
# the widgets), each made once by a library that compiles nothing else. Off by default, so that the everyday build also proves that every source includes what it uses; the asan
# preset turns it on.

option(FLOWDECK_PRECOMPILE_HEADERS "Precompile the Qt and standard headers most sources include" OFF)

# The headers the core sources include most; every other list starts from these.
set(FLOWDECK_PCH_CORE
    <algorithm> <functional> <memory> <optional> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QLocale> <QObject> <QRegularExpression> <QSet> <QSqlDatabase> <QSqlError> <QSqlQuery>
    <QString> <QStringList>)
set(FLOWDECK_PCH_WIDGETS
    ${FLOWDECK_PCH_CORE}
    <QAction> <QComboBox> <QEvent> <QHBoxLayout> <QLabel> <QLineEdit> <QPainter> <QPalette> <QPushButton>
    <QStackedWidget> <QTableView> <QTimer> <QToolButton> <QVBoxLayout> <QWidget>)

# The test suites' lists: the libraries' and the Qt headers the suites include most. Never <QTest> or a header that
# includes it: what it makes of QTEST_MAIN depends on the Qt modules a suite links and on the suite's folder
# (QT_TESTCASE_BUILDDIR), and one precompiled header serves the suites of every folder.
set(FLOWDECK_PCH_TESTS_CORE ${FLOWDECK_PCH_CORE} <QElapsedTimer> <QProcess> <QSqlRecord> <QTemporaryDir> <QThread>)
set(FLOWDECK_PCH_TESTS_WIDGETS ${FLOWDECK_PCH_WIDGETS} <QElapsedTimer> <QProcess> <QSqlRecord> <QTemporaryDir>
    <QThread> <QImage> <QLineEdit> <QPlainTextEdit> <QScrollBar> <QStandardPaths>)

# flowdeck_precompile_headers(TARGET LIST): precompile the headers of LIST (a variable name above) for TARGET.
function(flowdeck_precompile_headers target list)
    if(FLOWDECK_PRECOMPILE_HEADERS)
        target_precompile_headers(${target} PRIVATE ${${list}})
        # A precompiled header the compiler cannot use is parsed as text instead: correct, but slow, so say so.
        target_compile_options(${target} PRIVATE -Winvalid-pch)
    endif()
endfunction()

# flowdeck_reuse_precompiled_headers(TARGET FROM): TARGET uses the precompiled headers of FROM, built once for both.
# The two must be compiled with the same options and definitions (flowdeck_app and flowdeck_views are).
function(flowdeck_reuse_precompiled_headers target from)
    if(FLOWDECK_PRECOMPILE_HEADERS)
        target_precompile_headers(${target} REUSE_FROM ${from})
        target_compile_options(${target} PRIVATE -Winvalid-pch)
    endif()
endfunction()
