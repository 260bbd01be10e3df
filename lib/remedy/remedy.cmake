# Reconsideration and litigation cases and table 四 from them (docs/remedy.md).
target_sources(gongkai_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/table4.cc)
