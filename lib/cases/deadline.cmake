# Deadlines of an application as of a date, with explanations (docs/cases.md, "Deadlines").
target_sources(gongkai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/deadline.cc
  ${CMAKE_CURRENT_LIST_DIR}/deadline_clock.cc
  ${CMAKE_CURRENT_LIST_DIR}/deadline_count.cc
  ${CMAKE_CURRENT_LIST_DIR}/deadline_explain.cc
  ${CMAKE_CURRENT_LIST_DIR}/deadline_fill.cc
)
