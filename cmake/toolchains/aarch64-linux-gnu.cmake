# Cross-compiling for 64-bit ARM (aarch64) on Debian 12 amd64 with Debian's cross compiler
# (crossbuild-essential-arm64) and multiarch libraries (libabsl-dev:arm64, libprotobuf-dev:arm64,
# ...), as tools/run-arm64.sh installs them (docs/platforms.md). The host's protoc
# (protobuf-compiler, amd64) generates the code; everything linked is arm64.
#
#   cmake -S . -B build-arm64 --toolchain cmake/toolchains/aarch64-linux-gnu.cmake
#
# Tests run through qemu-user (CMAKE_CROSSCOMPILING_EMULATOR): ctest and gtest_discover_tests
# start every test program through it. Set GONGKAI_ARM64_EMULATOR to another runner (for example
# "" on an arm64 machine's own cross build) to override.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)

set(_gk_triple aarch64-linux-gnu)
set(CMAKE_C_COMPILER ${_gk_triple}-gcc)
set(CMAKE_CXX_COMPILER ${_gk_triple}-g++)
set(CMAKE_LIBRARY_ARCHITECTURE ${_gk_triple})

# Libraries, headers and CMake packages of the target only: the arm64 multiarch folder and the
# cross toolchain's sysroot. Programs (protoc, pkg-config, bash) are the host's. The amd64
# multiarch folder is ignored, so that nothing built for the host can be linked by mistake.
set(CMAKE_FIND_ROOT_PATH /usr/${_gk_triple})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
list(APPEND CMAKE_IGNORE_PATH /usr/lib/x86_64-linux-gnu /lib/x86_64-linux-gnu
  /usr/lib/x86_64-linux-gnu/cmake /usr/include/x86_64-linux-gnu)

# pkg-config (lib/document's parsers, libzip) reads the arm64 .pc files only.
set(ENV{PKG_CONFIG_LIBDIR} /usr/lib/${_gk_triple}/pkgconfig:/usr/share/pkgconfig)
set(ENV{PKG_CONFIG_PATH} "")

# The host's protoc: FindProtobuf looks for it with find_program, which searches the host.
# -L / : the loader and every library, libc included, come from the arm64 multiarch packages
# (libc6:arm64 and the rest), one consistent set. Not -L /usr/aarch64-linux-gnu: that sysroot's
# loader is libc6-arm64-cross's (2.36-8cross1) while libc.so.6 is then found in the multiarch
# folder (2.36-9+deb12uN); the mismatched pair hangs in the first pthread_create (glibc's stack
# cache walk), which is what kept hardening.concurrency from ever finishing under qemu.
if(DEFINED ENV{GONGKAI_ARM64_EMULATOR})
  set(CMAKE_CROSSCOMPILING_EMULATOR "$ENV{GONGKAI_ARM64_EMULATOR}")
else()
  find_program(GONGKAI_QEMU_AARCH64 NAMES qemu-aarch64-static qemu-aarch64)
  if(GONGKAI_QEMU_AARCH64)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${GONGKAI_QEMU_AARCH64} -L /)
  endif()
endif()
