# Proactive disclosure records: 索引号 schemes, 第二十六条 timeliness, table 二 from records
# (docs/disclosure.md).
target_sources(gongkai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/channel.cc
  ${CMAKE_CURRENT_LIST_DIR}/counter.cc
  ${CMAKE_CURRENT_LIST_DIR}/index_scheme.cc
  ${CMAKE_CURRENT_LIST_DIR}/timeliness.cc)
