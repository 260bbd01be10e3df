# The issuance-slip review (docs/slip.md): the review state machine, and the built-in workflows
# embedded as text from lib/slip/data/workflows.textproto.
target_sources(gongkai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/event.cc
  ${CMAKE_CURRENT_LIST_DIR}/names.cc
  ${CMAKE_CURRENT_LIST_DIR}/rules.cc
  ${CMAKE_CURRENT_LIST_DIR}/slip.cc
  ${CMAKE_CURRENT_LIST_DIR}/transition.cc
  ${CMAKE_CURRENT_LIST_DIR}/workflow.cc
)
set(_gk_slip_workflows ${CMAKE_CURRENT_LIST_DIR}/data/workflows.textproto)
file(READ ${_gk_slip_workflows} _gk_slip_workflows_text)
file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/slip_workflows.inc
  CONTENT "R\"gongkai_slip(${_gk_slip_workflows_text})gongkai_slip\"\n" @ONLY)
# Re-embed when the file changes.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_gk_slip_workflows})
