# The working-day calendar, with the national schedule embedded as text.
target_sources(gongkai_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/calendar.cc
  ${CMAKE_CURRENT_LIST_DIR}/national.cc
)
file(READ ${CMAKE_CURRENT_LIST_DIR}/data/cn-national.textproto _national)
file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/cn_national_calendar.inc
  CONTENT "R\"gongkai_calendar(${_national})gongkai_calendar\"\n" @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/data/cn-national.textproto)
