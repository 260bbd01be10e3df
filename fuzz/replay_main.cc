// A main() for the fuzz targets without libFuzzer: runs LLVMFuzzerTestOneInput once on each file
// named, or on each file of each folder named (sorted), and reports how many ran. The targets
// abort on a broken promise, so a zero exit means every input passed; a file it cannot read
// exits 2, naming it. tests/hardening replays fuzz/corpus/NAME and fuzz/regressions/NAME with it
// in every build (ctest hardening.fuzz_replay.NAME), the sanitizer build included.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    // Absolute now: a target may change the working directory (cli's scratch folder), and a
    // relative path read after that would name another file or none.
    const fs::path arg = fs::absolute(argv[i]);
    if (fs::is_directory(arg)) {
      std::vector<fs::path> in_dir;
      for (const fs::directory_entry& e : fs::directory_iterator(arg)) {
        if (e.is_regular_file()) in_dir.push_back(e.path());
      }
      std::sort(in_dir.begin(), in_dir.end());
      files.insert(files.end(), in_dir.begin(), in_dir.end());
    } else if (fs::exists(arg)) {
      files.push_back(arg);
    } else {
      std::fprintf(stderr, "replay: %s does not exist\n", argv[i]);
      return 2;
    }
  }
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string bytes;
    if (in.is_open()) bytes.assign(std::istreambuf_iterator<char>(in), {});
    if (!in.is_open() || in.bad()) {
      std::fprintf(stderr, "replay: cannot read %s\n", f.c_str());
      return 2;
    }
    // A copy of exactly the input's size, so that a read past its end is caught by ASan.
    std::vector<uint8_t> data(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(data.data(), data.size());
  }
  std::printf("replay: %zu inputs passed\n", files.size());
  return 0;
}
