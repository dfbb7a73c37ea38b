# Precompiled headers: most of a source's compile time went to parsing Qt's and the
# standard library's headers again in every source. Each list holds only headers from
# outside the project, so a change to a project header still rebuilds only what includes
# it, never a whole target.
#
# gcc uses a precompiled header only when every macro it was built with is defined the
# same way in the source that uses it, and when the optimisation level matches
# (__OPTIMIZE__); otherwise it silently parses the headers again. -Winvalid-pch turns that
# into a warning (an error with DUIZHAO_WERROR), so a precompiled header that stops being
# used shows up instead of only costing time.

# What duizhao-core's sources include (QtCore and the standard library).
set(DUIZHAO_PCH_CORE
  <QString> <QStringView> <QStringList> <QList> <QByteArray> <QHash> <QSet> <QFile>
  <QRegularExpression> <QDateTime> <QJsonArray> <QJsonDocument> <QJsonObject>
  <algorithm> <array> <functional> <memory> <optional> <stdexcept> <string> <string_view>
  <unordered_map> <vector>)

# The CLI's commands, on top of the above.
set(DUIZHAO_PCH_CLI <QCoreApplication> <QCommandLineParser>)

# The reader's widgets, on top of the above.
set(DUIZHAO_PCH_WIDGETS ${DUIZHAO_PCH_CORE}
  <QApplication> <QWidget> <QDialog> <QDialogButtonBox> <QLabel> <QLineEdit> <QComboBox>
  <QCheckBox> <QPushButton> <QToolButton> <QVBoxLayout> <QHBoxLayout> <QFormLayout>
  <QHeaderView> <QTableView> <QTreeWidget> <QTextBrowser> <QTextDocument> <QTextBlock>
  <QMenu> <QMessageBox> <QDockWidget> <QAction> <QTimer> <QPointer> <QFileInfo> <QDir>)

# Tests: QtTest and what nearly every test uses.
set(DUIZHAO_PCH_TEST
  <QTest> <QTemporaryDir> <QDir> <QElapsedTimer> <QProcess> <QRandomGenerator>)

# duizhao_target_pch(target LIST...): precompile the headers named by the given lists.
function(duizhao_target_pch target)
  set(headers)
  foreach(list IN LISTS ARGN)
    list(APPEND headers ${${list}})
  endforeach()
  list(REMOVE_DUPLICATES headers)
  target_precompile_headers(${target} PRIVATE ${headers})
  duizhao_check_pch(${target})
endfunction()

# duizhao_check_pch(target): warn (fail with DUIZHAO_WERROR) when gcc cannot use the
# target's precompiled header. clang never falls back: it stops with an error.
function(duizhao_check_pch target)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Winvalid-pch)
  endif()
endfunction()
