// The generator's random numbers: SplitMix64, with integer-only draws, so that a seed gives the
// same numbers with every compiler and standard library (std::uniform_int_distribution does
// not).
#ifndef GONGKAI_TOOLS_GEN_RNG_H_
#define GONGKAI_TOOLS_GEN_RNG_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace gongkai::gen {

// The record kinds, each with its own streams.
enum class Stream : uint64_t {
  kDisclosure = 1,
  kApplication = 2,
  kRemedy = 3,
  kEntered = 4,
  kProvince = 5,  // gen/province.h: one stream per agency and year
};

class Rng {
 public:
  explicit Rng(uint64_t state) : state_(state) {}

  // The stream of record `index` of `kind` under `seed`: independent of every other record's.
  static Rng For(uint64_t seed, Stream kind, uint64_t index) {
    Rng mix(seed ^ (static_cast<uint64_t>(kind) * 0xD1B54A32D192ED03ull));
    const uint64_t a = mix.Next();
    Rng mix2(a ^ (index * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull));
    return Rng(mix2.Next());
  }

  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  // Uniform in [lo, hi] (hi >= lo).
  int64_t Uniform(int64_t lo, int64_t hi) {
    const uint64_t span = static_cast<uint64_t>(hi - lo) + 1;
    const auto wide = static_cast<unsigned __int128>(Next()) * span;
    return lo + static_cast<int64_t>(static_cast<uint64_t>(wide >> 64));
  }

  // True with probability parts / out_of.
  bool Chance(int64_t parts, int64_t out_of) { return Uniform(0, out_of - 1) < parts; }

  // An index into `weights`, each chosen with probability weight / sum.
  size_t Pick(std::initializer_list<int> weights) { return Pick(weights.begin(), weights.size()); }
  size_t Pick(const int* weights, size_t n) {
    int64_t total = 0;
    for (size_t i = 0; i < n; ++i) total += weights[i];
    int64_t r = Uniform(0, total - 1);
    for (size_t i = 0; i < n; ++i) {
      if (r < weights[i]) return i;
      r -= weights[i];
    }
    return n - 1;
  }

  // One element of a non-empty array.
  template <typename T, size_t N>
  const T& Of(const T (&items)[N]) {
    return items[Uniform(0, static_cast<int64_t>(N) - 1)];
  }

 private:
  uint64_t state_;
};

}  // namespace gongkai::gen

#endif  // GONGKAI_TOOLS_GEN_RNG_H_
