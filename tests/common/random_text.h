// Random text for the UTF-8 tests (tests/common/utf8_test.cc) and the wire reader's
// (tests/cases/aggregate/wire_random.h): well-formed, or with an ill-formed sequence.
#ifndef GONGKAI_TESTS_COMMON_RANDOM_TEXT_H_
#define GONGKAI_TESTS_COMMON_RANDOM_TEXT_H_

#include <random>
#include <string>

namespace gongkai::testing {

// At least `size` bytes of well-formed text: ASCII only now and then, else a mix of ASCII and
// two-, three- and four-byte sequences at the edges of their ranges.
std::string GoodText(std::mt19937& rng, int size);

// About `size` bytes of text: GoodText, or (half the time) GoodText with one ill-formed piece
// inserted (overlong, surrogate, above U+10FFFF, cut short, a stray continuation).
std::string RandomText(std::mt19937& rng, int size);

}  // namespace gongkai::testing

#endif  // GONGKAI_TESTS_COMMON_RANDOM_TEXT_H_
