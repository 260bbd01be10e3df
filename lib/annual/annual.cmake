# The full annual report from records (docs/annual.md).
target_sources(gongkai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/builder.cc
  ${CMAKE_CURRENT_LIST_DIR}/builder_finish.cc)
