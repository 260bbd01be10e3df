# Table 三 from applications (docs/cases.md, "Table 三 from applications"), with the outcome →
# row mapping embedded as text: lib/cases/data/outcome_rows.textproto. The wire reader and the
# compact columns are the fast paths (docs/performance.md).
target_sources(gongkai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/aggregate.cc
  ${CMAKE_CURRENT_LIST_DIR}/aggregate_columns.cc
  ${CMAKE_CURRENT_LIST_DIR}/aggregate_fast.cc
  ${CMAKE_CURRENT_LIST_DIR}/aggregate_messages.cc
  ${CMAKE_CURRENT_LIST_DIR}/aggregate_problems.cc
  ${CMAKE_CURRENT_LIST_DIR}/aggregate_report.cc
  ${CMAKE_CURRENT_LIST_DIR}/aggregate_utf8.cc
  ${CMAKE_CURRENT_LIST_DIR}/aggregate_wire.cc
  ${CMAKE_CURRENT_LIST_DIR}/outcome.cc
)
set(_gk_outcome_rows ${CMAKE_CURRENT_LIST_DIR}/data/outcome_rows.textproto)
file(READ ${_gk_outcome_rows} _gk_outcome_text)
file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/outcome_rows.inc
  CONTENT "R\"gongkai_outcome(${_gk_outcome_text})gongkai_outcome\"\n" @ONLY)
# Re-embed when the file changes.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_gk_outcome_rows})
