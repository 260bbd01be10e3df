// Random and corrupted bytes for the wire reader's tests: bytes shaped like a serialized
// gongkai.v1.Application with every oddity the wire format allows or forbids.
#ifndef GONGKAI_TESTS_CASES_AGGREGATE_WIRE_RANDOM_H_
#define GONGKAI_TESTS_CASES_AGGREGATE_WIRE_RANDOM_H_

#include <random>
#include <string>

namespace gongkai::cases::testing {

// An Application on the wire: known fields with their own wire type or another, unknown fields
// of every wire type, groups (some nested past the depth limit), repeated and merged messages,
// varints, tags and lengths in longer forms than needed (some too long), enum values in and
// out of range, text as RandomText (tests/common/random_text.h).
std::string RandomApplicationWire(std::mt19937& rng);

// One to three random edits: a byte changed, inserted or removed, a cut, a slice repeated.
void Mutate(std::mt19937& rng, std::string* bytes);

}  // namespace gongkai::cases::testing

#endif  // GONGKAI_TESTS_CASES_AGGREGATE_WIRE_RANDOM_H_
