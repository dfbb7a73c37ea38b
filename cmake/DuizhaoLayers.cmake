# The core is one static library per layer, linked one way (docs/architecture.md,
# "Layers"). Each layer's include root is its own folder, so a header of a layer above,
# or of a layer it does not link, is not found: the include fails to compile.
# scripts/check-layers.sh checks the same order from the #include lines.

# The precompiled header every core layer reuses (QtCore and the standard library).
function(duizhao_core_pch_host)
  add_library(duizhao-core-pch OBJECT ${PROJECT_SOURCE_DIR}/tests/PchHost.cpp)
  set_target_properties(duizhao-core-pch PROPERTIES AUTOMOC OFF)
  target_link_libraries(duizhao-core-pch PRIVATE Qt6::Core)
  duizhao_target_defaults(duizhao-core-pch)
  duizhao_target_pch(duizhao-core-pch DUIZHAO_PCH_CORE)
endfunction()

# duizhao_add_layer(NAME SOURCES... [LAYERS lower layers...] [PUBLIC libs] [PRIVATE libs])
function(duizhao_add_layer name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LAYERS;PUBLIC;PRIVATE" ${ARGN})
  set(target duizhao-${name})
  add_library(${target} STATIC ${ARG_SOURCES})
  add_library(Duizhao::${name} ALIAS ${target})
  target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
  set(lower)
  foreach(layer IN LISTS ARG_LAYERS)
    list(APPEND lower Duizhao::${layer})
  endforeach()
  target_link_libraries(${target} PUBLIC ${lower} ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
  set_target_properties(${target} PROPERTIES AUTOMOC OFF)
  duizhao_target_defaults(${target})
  target_precompile_headers(${target} REUSE_FROM duizhao-core-pch)
  duizhao_check_pch(${target})
endfunction()
