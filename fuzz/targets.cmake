# The fuzz targets, shared by fuzz/CMakeLists.txt (libFuzzer builds, clang) and
# tests/hardening/CMakeLists.txt (the same targets driven by fuzz/replay_main.cc over the corpus
# and the regression inputs, with any compiler), and by fuzz/targets.sh (run.sh's default,
# tally.sh's rows).
#
# The targets call the C API. They link it statically (gongkai_capi_static: lib/capi's sources
# over gongkai_core) rather than through libgongkai.so, because their checks use the generated
# message classes too, and a process must not hold two copies of the same .proto file.
set(GONGKAI_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})
set(GONGKAI_FUZZ_TARGETS message report import_grid calendar cases annual disclosure cli
  import_html import_docx import_xlsx import_pdf import_text notice_template registry json)

if(NOT TARGET gongkai_capi_static)
  file(GLOB _gk_capi_sources ${PROJECT_SOURCE_DIR}/lib/capi/*.cc)
  add_library(gongkai_capi_static STATIC ${_gk_capi_sources})
  target_compile_definitions(gongkai_capi_static PRIVATE GONGKAI_BUILDING_LIBRARY)
  target_link_libraries(gongkai_capi_static PUBLIC gongkai_core)
  target_include_directories(gongkai_capi_static PUBLIC ${PROJECT_SOURCE_DIR}/include)
endif()

# gongkai_add_fuzz_target(NAME TARGET [extra sources...]): the executable TARGET from
# fuzz/NAME_fuzzer.cc; the caller adds the driver (libFuzzer's or replay_main.cc).
function(gongkai_add_fuzz_target name target)
  set(_sources ${GONGKAI_FUZZ_DIR}/${name}_fuzzer.cc ${ARGN})
  set(_libs gongkai_capi_static)
  if(name STREQUAL "cli")
    # The tool's sources but its main(), compiled in: each command registers itself from a
    # static initializer.
    file(GLOB _cli ${PROJECT_SOURCE_DIR}/tools/cli/*.cc)
    list(REMOVE_ITEM _cli ${PROJECT_SOURCE_DIR}/tools/cli/main.cc)
    list(APPEND _sources ${_cli})
    list(APPEND _libs absl::flags absl::flags_commandlineflag absl::flags_reflection
      absl::status absl::statusor absl::strings absl::str_format)
  endif()
  add_executable(${target} ${_sources})
  target_include_directories(${target} PRIVATE ${GONGKAI_FUZZ_DIR} ${PROJECT_SOURCE_DIR}/tools/cli)
  target_link_libraries(${target} PRIVATE ${_libs})
endfunction()
