#include "bench_data.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

#include "absl/strings/str_cat.h"
#include "common/coding.h"
#include "gen/generate.h"

namespace gongkai::bench {
namespace {

[[noreturn]] void Die(const std::string& what) {
  std::fprintf(stderr, "gongkai bench data: %s\n", what.c_str());
  std::exit(2);
}

int64_t StatusField(const char* field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  const std::string prefix = absl::StrCat(field, ":");
  while (std::getline(status, line)) {
    if (line.rfind(prefix, 0) == 0) return std::atoll(line.c_str() + prefix.size()) * 1024;
  }
  return -1;
}

}  // namespace

std::string DataDir() {
  const char* env = std::getenv("GONGKAI_BENCH_DATA");
  return env != nullptr && *env != '\0' ? env : GONGKAI_BENCH_DATA_DIR;
}

std::string ApplicationStreamFile(int64_t records) {
  const std::string path =
      absl::StrCat(DataDir(), "/applications-", kYear, "-seed", kSeed, "-", records, ".bin");
  if (std::filesystem::exists(path)) return path;
  std::filesystem::create_directories(DataDir());
  const std::string tmp = absl::StrCat(path, ".tmp", ::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) Die(absl::StrCat("cannot write ", tmp));
    gen::GenOptions options;
    options.seed = kSeed;
    options.year = kYear;
    options.applications = records;
    std::string buffer, bytes;
    absl::Status status = gen::GenerateApplications(options, [&](const v1::Application& a) {
      bytes.clear();
      a.SerializeToString(&bytes);
      PutVarint64(&buffer, bytes.size());
      buffer.append(bytes);
      if (buffer.size() > (8 << 20)) {
        out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        buffer.clear();
      }
    });
    if (!status.ok()) Die(status.ToString());
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    if (!out) Die(absl::StrCat("writing ", tmp));
  }
  std::filesystem::rename(tmp, path);
  return path;
}

const std::string& ApplicationStream(int64_t records) {
  static auto* cache = new std::map<int64_t, std::unique_ptr<std::string>>;
  auto& slot = (*cache)[records];
  if (slot == nullptr) {
    const std::string path = ApplicationStreamFile(records);
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) Die(absl::StrCat("cannot read ", path));
    auto bytes = std::make_unique<std::string>();
    bytes->resize(std::filesystem::file_size(path));
    if (std::fread(bytes->data(), 1, bytes->size(), f) != bytes->size()) {
      Die(absl::StrCat("short read of ", path));
    }
    std::fclose(f);
    slot = std::move(bytes);
  }
  return *slot;
}

const ApplicationColumns& ApplicationColumnsOf(int64_t records) {
  static auto* cache = new std::map<int64_t, std::unique_ptr<ApplicationColumns>>;
  auto& slot = (*cache)[records];
  if (slot == nullptr) {
    auto columns = std::make_unique<ApplicationColumns>();
    columns->Reserve(static_cast<size_t>(records));
    if (absl::Status s = columns->AppendStream(ApplicationStream(records)); !s.ok()) {
      Die(s.ToString());
    }
    slot = std::move(columns);
  }
  return *slot;
}

const std::vector<v1::Application>& ApplicationMessages(int64_t records) {
  static auto* cache = new std::map<int64_t, std::unique_ptr<std::vector<v1::Application>>>;
  auto& slot = (*cache)[records];
  if (slot == nullptr) {
    auto messages = std::make_unique<std::vector<v1::Application>>();
    messages->reserve(static_cast<size_t>(records));
    gen::GenOptions options;
    options.seed = kSeed;
    options.year = kYear;
    options.applications = records;
    absl::Status status = gen::GenerateApplications(
        options, [&](const v1::Application& a) { messages->push_back(a); });
    if (!status.ok()) Die(status.ToString());
    slot = std::move(messages);
  }
  return *slot;
}

int64_t PeakRssBytes() { return StatusField("VmHWM"); }
int64_t RssBytes() { return StatusField("VmRSS"); }

}  // namespace gongkai::bench
