# Generates the Java classes of proto/gongkai/v1/*.proto (package cn.gongkai.v1) into OUT/java and
# writes OUT/sources.txt, the javac argument file listing them. Run by bindings/java/CMakeLists.txt:
#   cmake -DPROTOC=... -DPROTO_DIR=<repo>/proto -DOUT=<dir> -P generate_proto.cmake
#
# protoc names a file's outer class after the file (outcome.proto -> Outcome), which collides with
# a message or enum of that name in another file (enum Outcome of application.proto). So each
# file is compiled from a copy that adds `option java_outer_classname = "<File>Proto";` unless the
# file sets one itself; the messages, their package and their wire form are unchanged.
cmake_minimum_required(VERSION 3.25)
foreach(_var PROTOC PROTO_DIR OUT)
  if(NOT ${_var})
    message(FATAL_ERROR "generate_proto.cmake: -D${_var}=... is required")
  endif()
endforeach()

# Start empty, so that a removed .proto file leaves no class behind.
file(REMOVE_RECURSE ${OUT}/proto ${OUT}/java)
file(MAKE_DIRECTORY ${OUT}/java)
file(GLOB_RECURSE _protos RELATIVE ${PROTO_DIR} ${PROTO_DIR}/gongkai/*.proto)
list(SORT _protos)
set(_copies "")
foreach(_rel IN LISTS _protos)
  file(READ ${PROTO_DIR}/${_rel} _text)
  if(NOT _text MATCHES "option java_outer_classname")
    get_filename_component(_base ${_rel} NAME_WE)
    string(REGEX REPLACE "_" ";" _words ${_base})
    set(_class "")
    foreach(_word IN LISTS _words)
      string(SUBSTRING ${_word} 0 1 _first)
      string(SUBSTRING ${_word} 1 -1 _rest)
      string(TOUPPER ${_first} _first)
      string(APPEND _class ${_first}${_rest})
    endforeach()
    string(REGEX REPLACE "(\noption java_package = [^\n]*)"
      "\\1\noption java_outer_classname = \"${_class}Proto\";" _new "${_text}")
    if(_new STREQUAL _text)
      message(FATAL_ERROR "${_rel}: no `option java_package` line to add the outer class name after")
    endif()
    set(_text "${_new}")
  endif()
  file(WRITE ${OUT}/proto/${_rel} "${_text}")
  list(APPEND _copies ${OUT}/proto/${_rel})
endforeach()

execute_process(COMMAND ${PROTOC} --java_out=${OUT}/java -I${OUT}/proto ${_copies}
  RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "protoc --java_out failed (${_rc})")
endif()

file(GLOB_RECURSE _java ${OUT}/java/*.java)
list(SORT _java)
set(_list "")
foreach(_f IN LISTS _java)
  string(APPEND _list "\"${_f}\"\n")
endforeach()
file(WRITE ${OUT}/sources.txt "${_list}")
