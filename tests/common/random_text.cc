#include "random_text.h"

#include <vector>

namespace gongkai::testing {
namespace {

int Uniform(std::mt19937& rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}
bool Chance(std::mt19937& rng, int percent) { return Uniform(rng, 0, 99) < percent; }

std::string BadPiece(std::mt19937& rng) {
  static const std::vector<std::string> kBad = {"\x80",
                                                "\xbf",
                                                "\xc0\x80",
                                                "\xc1\xbf",
                                                "\xe0\x9f\xbf",
                                                "\xed\xa0\x80",
                                                "\xed\xbf\xbf",
                                                "\xf0\x8f\xbf\xbf",
                                                "\xf4\x90\x80\x80",
                                                "\xf5\x80\x80\x80",
                                                "\xff",
                                                "\xe4\xb8",
                                                "\xf0\x9f\x98",
                                                "\xc3"};
  return kBad[Uniform(rng, 0, static_cast<int>(kBad.size()) - 1)];
}

}  // namespace

std::string GoodText(std::mt19937& rng, int size) {
  static const std::vector<std::string> kGood = {"a",
                                                 "Z",
                                                 "0",
                                                 " ",
                                                 "-",
                                                 "\x7f",
                                                 std::string(1, '\0'),
                                                 "\xc3\xa9",
                                                 "\xd0\x96",
                                                 "\xe4\xb8\xad",
                                                 "\xe6\x96\x87",
                                                 "\xef\xbc\x88",
                                                 "\xe0\xa0\x80",
                                                 "\xed\x9f\xbf",
                                                 "\xee\x80\x80",
                                                 "\xf0\x9f\x98\x80",
                                                 "\xf0\x90\x80\x80",
                                                 "\xf4\x8f\xbf\xbf"};
  std::string out;
  const bool ascii = Chance(rng, 20);
  while (static_cast<int>(out.size()) < size) {
    if (ascii) {
      out += static_cast<char>(Uniform(rng, 0x20, 0x7e));
    } else {
      out += kGood[Uniform(rng, 0, static_cast<int>(kGood.size()) - 1)];
    }
  }
  return out;
}

std::string RandomText(std::mt19937& rng, int size) {
  if (Chance(rng, 50)) return GoodText(rng, size);
  std::string out = GoodText(rng, size);
  const std::string bad = BadPiece(rng);
  out.insert(out.empty() ? 0 : static_cast<size_t>(Uniform(rng, 0, static_cast<int>(out.size()))),
             bad);
  return out;
}

}  // namespace gongkai::testing
