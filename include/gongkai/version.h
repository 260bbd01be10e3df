/*
 * gongkai/version.h: the version of the header, and of the library that is running.
 *
 * The header's version is fixed when a program is compiled; the library's is the one loaded at
 * run time. A program that needs a feature of minor version N checks at start-up that
 * gongkai_version_number() >= the number it was compiled against.
 * Thread safety: both functions may be called from any number of threads at once.
 */
#ifndef GONGKAI_VERSION_H_
#define GONGKAI_VERSION_H_

#include "gongkai/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The single source of the version: CMake reads these three lines. */
#define GONGKAI_VERSION_MAJOR 1
#define GONGKAI_VERSION_MINOR 5
#define GONGKAI_VERSION_PATCH 0

/* "MAJOR.MINOR.PATCH" of this header. */
#define GONGKAI_VERSION_STRING "1.5.0"

/* MAJOR * 1000000 + MINOR * 1000 + PATCH, so versions compare as integers. */
#define GONGKAI_VERSION_NUMBER \
  (GONGKAI_VERSION_MAJOR * 1000000L + GONGKAI_VERSION_MINOR * 1000L + GONGKAI_VERSION_PATCH)

/* The running library's version as "MAJOR.MINOR.PATCH". Static storage; never NULL. */
GONGKAI_API const char* gongkai_version_string(void);

/* The running library's version, encoded as GONGKAI_VERSION_NUMBER is. */
GONGKAI_API long gongkai_version_number(void);

#ifdef __cplusplus
}
#endif

#endif /* GONGKAI_VERSION_H_ */
