# One place for the warning and string-handling flags every project target uses.
function(duizhao_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  if(DUIZHAO_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  # Every conversion between UTF-8, UTF-16 and Latin-1 must be spelled out.
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()
