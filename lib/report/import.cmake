# The grid importer (CSV copied from spreadsheets and published web pages).
target_sources(gongkai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/import_csv.cc
  ${CMAKE_CURRENT_LIST_DIR}/import_grid.cc
  ${CMAKE_CURRENT_LIST_DIR}/import_label.cc
  ${CMAKE_CURRENT_LIST_DIR}/import_number.cc
  ${CMAKE_CURRENT_LIST_DIR}/import_report.cc
  ${CMAKE_CURRENT_LIST_DIR}/import_text.cc
  ${CMAKE_CURRENT_LIST_DIR}/import_variants.cc
)
