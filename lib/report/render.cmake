# The renderers: text, Markdown, CSV, JSON and HTML, all walking the layout data.
target_sources(gongkai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/render.cc
  ${CMAKE_CURRENT_LIST_DIR}/render_common.cc
  ${CMAKE_CURRENT_LIST_DIR}/render_csv.cc
  ${CMAKE_CURRENT_LIST_DIR}/render_grid.cc
  ${CMAKE_CURRENT_LIST_DIR}/render_html.cc
  ${CMAKE_CURRENT_LIST_DIR}/render_markdown.cc
  ${CMAKE_CURRENT_LIST_DIR}/render_text.cc
)
