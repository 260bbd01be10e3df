// The C++ side of (g): table 三 through the C API (libgongkai, as Python's ctypes binding calls
// it), one gongkai_table3_add over a whole stream file, timed. Prints a JSON list of seconds,
// one per repetition, after one untimed warm-up.
//
//   gongkai_bench_capi FILE [REPETITIONS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "gongkai/gongkai.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: gongkai_bench_capi FILE [REPETITIONS]\n");
    return 2;
  }
  const int repetitions = argc > 2 ? std::atoi(argv[2]) : 5;
  std::FILE* f = std::fopen(argv[1], "rb");
  if (f == nullptr) {
    std::fprintf(stderr, "gongkai_bench_capi: cannot read %s\n", argv[1]);
    return 2;
  }
  std::string data;
  char block[1 << 16];
  size_t got;
  while ((got = std::fread(block, 1, sizeof block, f)) > 0) data.append(block, got);
  std::fclose(f);
  const auto* bytes = reinterpret_cast<const uint8_t*>(data.data());
  std::printf("[");
  for (int r = -1; r < repetitions; ++r) {
    gongkai_table3* table = nullptr;
    if (gongkai_table3_new(&table, GONGKAI_FORMAT_BINARY, 2025, "", nullptr, 0) != GONGKAI_OK) {
      std::fprintf(stderr, "gongkai_table3_new: %s\n", gongkai_last_error_message());
      return 1;
    }
    const auto start = std::chrono::steady_clock::now();
    const gongkai_code code = gongkai_table3_add(table, GONGKAI_FORMAT_BINARY, bytes, data.size());
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    gongkai_table3_free(table);
    if (code != GONGKAI_OK) {
      std::fprintf(stderr, "gongkai_table3_add: %s\n", gongkai_last_error_message());
      return 1;
    }
    if (r >= 0) std::printf("%s%.6f", r > 0 ? ", " : "", seconds);
  }
  std::printf("]\n");
  return 0;
}
