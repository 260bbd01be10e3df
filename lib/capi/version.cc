#include "gongkai/version.h"

extern "C" {

const char* gongkai_version_string(void) { return GONGKAI_VERSION_STRING; }

long gongkai_version_number(void) { return GONGKAI_VERSION_NUMBER; }

}  // extern "C"
