// Allowed: cases uses report, which uses common.
#include "common/utf8.h"
