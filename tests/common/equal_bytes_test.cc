// port::EqualBytes (port/equal_bytes.h) on both of its paths: the 16-byte loads where 32 bytes
// are readable (x86-64 only), and memcmp where fewer are (and on every other CPU, where it is the
// only path). The wire reader compares field values with it.
#include "port/equal_bytes.h"

#include <cstdint>
#include <vector>

#include "gtest/gtest.h"

namespace gongkai::port {
namespace {

// `b` at the start of one buffer and `a` after it, as the wire reader calls it (a memo of an
// earlier value, then the value just read). `tail` is how many bytes may be read from `a`.
struct Pair {
  explicit Pair(uint32_t tail) : buffer(48 + tail, 0x5a) {}
  uint8_t* b() { return buffer.data(); }
  uint8_t* a() { return buffer.data() + 48; }
  const uint8_t* end() const { return buffer.data() + buffer.size(); }
  std::vector<uint8_t> buffer;
};

TEST(EqualBytes, FindsEveryDifferenceOnBothPaths) {
  // 32 readable bytes from `a`: the vector path on x86-64; fewer: memcmp.
  for (uint32_t tail : {32u, 40u, 0u}) {
    for (uint32_t size = 0; size <= 32; ++size) {
      Pair pair(tail == 0 ? size : tail);
      for (uint32_t i = 0; i < size; ++i) pair.b()[i] = pair.a()[i] = static_cast<uint8_t>(i * 7);
      ASSERT_TRUE(EqualBytes(pair.a(), pair.b(), size, pair.end())) << size << " " << tail;
      for (uint32_t i = 0; i < size; ++i) {
        for (uint8_t flip : {0x01, 0x80, 0xff}) {
          pair.a()[i] ^= flip;
          EXPECT_FALSE(EqualBytes(pair.a(), pair.b(), size, pair.end()))
              << "size " << size << ", byte " << i << ", tail " << tail;
          pair.a()[i] ^= flip;
        }
      }
    }
  }
}

TEST(EqualBytes, BytesPastTheSizeDoNotCount) {
  for (uint32_t size = 0; size < 32; ++size) {
    Pair pair(32);
    for (uint32_t i = size; i < 32; ++i) pair.a()[i] = static_cast<uint8_t>(~pair.b()[i]);
    EXPECT_TRUE(EqualBytes(pair.a(), pair.b(), size, pair.end())) << size;
  }
}

}  // namespace
}  // namespace gongkai::port
