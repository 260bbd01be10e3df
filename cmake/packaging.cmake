# Debian packages, one per install component (docs/packaging.md). tools/make-debs.sh builds them:
# a Release build configured with -DCMAKE_INSTALL_PREFIX=/usr, then `cpack` in that build folder.
#
#   component    package          contents
#   Runtime      libgongkai1      libgongkai.so.1 and its real file
#   Development  libgongkai-dev   headers, libgongkai.so, gongkai.pc, the CMake package, the .protos
#   Tools        gongkai-tools    the gongkai command (everything installed from tools/), its man page
#   Python       python3-gongkai  the gongkai Python package with its v1 _pb2 modules
#
# Only the four components are packaged; anything else installed (the Java binding) is not.
# Each package also gets /usr/share/doc/<package>/{copyright,changelog.Debian.gz}: install rules
# EXCLUDE_FROM_ALL, so `cmake --install` leaves them out and CPack, which installs each component
# by name, puts them in.

set(GONGKAI_DEB_MAINTAINER
  "Seed e4834622 maintainers <maintainers@users.noreply.r-seed-e4834622.example>"
  CACHE STRING "The Maintainer of the Debian packages (name <address>)")
set(GONGKAI_DEB_RELEASE 1 CACHE STRING
  "The Debian revision of the packages: version ${PROJECT_VERSION}-<this>")

set(_gk_components Runtime Development Tools Python)
set(_gk_packages libgongkai1 libgongkai-dev gongkai-tools python3-gongkai)

# The Debian documentation files of every package: the copyright (machine-readable, pointing at
# Debian's copy of the Apache-2.0 text, as policy asks) and a one-entry changelog dated by
# SOURCE_DATE_EPOCH when it is set, so that two builds of one commit give the same files.
set(_gk_debian ${CMAKE_CURRENT_BINARY_DIR}/debian)
string(TIMESTAMP _gk_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
string(TIMESTAMP _gk_year "%Y" UTC)
file(WRITE ${_gk_debian}/copyright
"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: gongkai
Upstream-Contact: ${GONGKAI_DEB_MAINTAINER}

Files: *
Copyright: ${_gk_year} The Gongkai authors
License: Apache-2.0

License: Apache-2.0
 Licensed under the Apache License, Version 2.0 (the \"License\");
 you may not use this file except in compliance with the License.
 You may obtain a copy of the License at
 .
     http://www.apache.org/licenses/LICENSE-2.0
 .
 Unless required by applicable law or agreed to in writing, software
 distributed under the License is distributed on an \"AS IS\" BASIS,
 WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 See the License for the specific language governing permissions and
 limitations under the License.
 .
 On Debian systems, the complete text of the Apache License, Version 2.0
 can be found in \"/usr/share/common-licenses/Apache-2.0\".
")
file(WRITE ${_gk_debian}/changelog.Debian
"gongkai (${PROJECT_VERSION}-${GONGKAI_DEB_RELEASE}) unstable; urgency=medium

  * Built with CPack from the Gongkai source tree (cmake/packaging.cmake).

 -- ${GONGKAI_DEB_MAINTAINER}  ${_gk_date}
")
find_program(GONGKAI_GZIP gzip)
if(GONGKAI_GZIP)
  # -n: no name or time stamp in the header, as lintian asks (and reproducible).
  execute_process(COMMAND ${GONGKAI_GZIP} -9nf ${_gk_debian}/changelog.Debian)
endif()
# The manual page of the gongkai command (docs/man/gongkai.1), compressed as Debian wants it; an
# ordinary install rule, so `cmake --install` puts it in the prefix too.
if(GONGKAI_GZIP)
  configure_file(${PROJECT_SOURCE_DIR}/docs/man/gongkai.1 ${_gk_debian}/gongkai.1 COPYONLY)
  execute_process(COMMAND ${GONGKAI_GZIP} -9nf ${_gk_debian}/gongkai.1)
  install(FILES ${_gk_debian}/gongkai.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
    COMPONENT Tools)
endif()
foreach(_component _package IN ZIP_LISTS _gk_components _gk_packages)
  set(_doc ${CMAKE_INSTALL_DATAROOTDIR}/doc/${_package})
  install(FILES ${_gk_debian}/copyright DESTINATION ${_doc}
    COMPONENT ${_component} EXCLUDE_FROM_ALL)
  if(EXISTS ${_gk_debian}/changelog.Debian.gz)
    install(FILES ${_gk_debian}/changelog.Debian.gz DESTINATION ${_doc}
      COMPONENT ${_component} EXCLUDE_FROM_ALL)
  endif()
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME gongkai)
set(CPACK_PACKAGE_VENDOR "The Gongkai authors")
set(CPACK_PACKAGE_CONTACT "${GONGKAI_DEB_MAINTAINER}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL ${_gk_components})

set(CPACK_DEBIAN_PACKAGE_RELEASE ${GONGKAI_DEB_RELEASE})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # <name>_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SOURCE gongkai)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Component dependencies (CPACK_COMPONENT_<C>_DEPENDS) become "Depends: <package> (= version)".
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)

# A Debian package description: a synopsis line, then the extended text; CPack indents the
# lines and turns an empty one into " .".
set(_gk_about "Gongkai models the work China's administrative agencies do under the
Regulations on the Disclosure of Government Information (revised 2019):
the public attribute of each document, proactive disclosure deadlines,
disclosure applications with their working-day deadlines, reconsideration
and lawsuits, and the annual report with its three statutory tables.
Records and reports cross its C API as protobuf messages or their JSON
mapping.")

# The architecture of the packages that hold programs: dpkg's, unless set (a cross build must
# set it, e.g. arm64). The per-component value is also what makes CPack honour a component's
# CONTROL_EXTRA files.
find_program(GONGKAI_DPKG dpkg)
set(_gk_arch "")
if(GONGKAI_DPKG)
  execute_process(COMMAND ${GONGKAI_DPKG} --print-architecture
    OUTPUT_VARIABLE _gk_arch OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()
set(GONGKAI_DEB_ARCHITECTURE "${_gk_arch}" CACHE STRING
  "Debian architecture of the packages with programs (default: dpkg --print-architecture)")
if(GONGKAI_DEB_ARCHITECTURE)
  set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE ${GONGKAI_DEB_ARCHITECTURE})
  foreach(_C RUNTIME DEVELOPMENT TOOLS)
    set(CPACK_DEBIAN_${_C}_PACKAGE_ARCHITECTURE ${GONGKAI_DEB_ARCHITECTURE})
  endforeach()
endif()

foreach(_component _package IN ZIP_LISTS _gk_components _gk_packages)
  string(TOUPPER ${_component} _C)
  set(CPACK_DEBIAN_${_C}_PACKAGE_NAME ${_package})
  set(CPACK_DEBIAN_${_C}_FILE_NAME DEB-DEFAULT)
endforeach()

# libgongkai1: the shared library. Its Depends come from dpkg-shlibdeps (Abseil, protobuf and the
# document readers it links); it gets a shlibs file so that packages built against it depend on
# a version at least as new as the one they were built with (the API only grows within a major).
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)  # no per-component form; only this package has a .so
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
# The loader's cache is refreshed by dpkg's ldconfig trigger, as Debian does it. CPack also writes
# a postinst and postrm that run ldconfig themselves (lintian: maintscript-calls-ldconfig); the
# only way to stop that is to ship maintainer scripts of our own that do nothing, which lintian
# reports as maintainer-script-empty. The redundant call is the lesser evil.
file(WRITE ${_gk_debian}/triggers "activate-noawait ldconfig\n")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_CONTROL_EXTRA ${_gk_debian}/triggers)
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION
  "government information disclosure (政府信息公开) library
${_gk_about}

This package contains the shared library.")

# libgongkai-dev: everything to build against the library. The C API needs no other headers.
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
set(CPACK_COMPONENT_DEVELOPMENT_DEPENDS Runtime)
set(CPACK_COMPONENT_DEVELOPMENT_DESCRIPTION
  "government information disclosure library - development files
${_gk_about}

This package contains the C headers, the pkg-config file, the CMake
 package (find_package(gongkai CONFIG)) and the protobuf schemas of the
 messages the API exchanges.")

# gongkai-tools: the command-line tool. It links the C++ core statically, so it needs the
# libraries dpkg-shlibdeps finds, not libgongkai1.
set(CPACK_DEBIAN_TOOLS_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_TOOLS_PACKAGE_SHLIBDEPS ON)
set(CPACK_COMPONENT_TOOLS_DESCRIPTION
  "government information disclosure command-line tool
${_gk_about}

This package contains the gongkai command: annual reports from records,
 validation, import and checking of published reports, working-day
 deadlines, applications and notices.")

# python3-gongkai: pure Python (ctypes), so architecture all. It loads libgongkai.so.1 and needs
# every function of the release it was built with, hence the version. The _pb2 modules were
# generated by protoc 3.21 and need the runtime of that release.
set(CPACK_DEBIAN_PYTHON_PACKAGE_SECTION python)
set(CPACK_DEBIAN_PYTHON_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_PYTHON_PACKAGE_DEPENDS
  "python3 (>= 3.8), python3-protobuf (>= 3.21), libgongkai1 (>= ${PROJECT_VERSION})")
set(CPACK_COMPONENT_PYTHON_DESCRIPTION
  "government information disclosure library - Python 3 binding
${_gk_about}

This package contains the gongkai Python package (a ctypes binding of the
 C API) with the generated protobuf modules of the messages.")

include(CPack)
