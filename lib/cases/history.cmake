# The application history and its state machine (docs/cases.md, "The history and its rules").
target_sources(gongkai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/history.cc
  ${CMAKE_CURRENT_LIST_DIR}/state.cc
  ${CMAKE_CURRENT_LIST_DIR}/state_rules.cc)
