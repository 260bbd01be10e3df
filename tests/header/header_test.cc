// The header test once more, as C++: extern "C" blocks and no C-only constructs.
#include "header_test.c"
