// The gongkai tool's command line (tools/cli: Dispatch, the flag parser, and the commands that
// read files), in process.
//
// Input: selector, then WORDS \ CONTENT. WORDS are the arguments, one per line. CONTENT is
// written to the file "f" and to one file of the folder "d" (selector bits 0-3 pick which:
// agency.json, entered.json, options.json, or disclosures/slips/applications/remedies as .jsonl
// or .binpb), inside a scratch folder that is the working directory. So that a run reads only
// those files, a word (or a flag's value) that is "-", contains "/" or ".." is replaced by "f".
// Promises checked: an exit status of 0, 1 or 2; nothing on stdout with status 2.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/flags/reflection.h"
#include "dispatch.h"
#include "fuzz_support.h"

namespace {

using gongkai::fuzz::Fail;

const char* const kRecordFiles[] = {
    "agency.json",        "entered.json",       "options.json",      "disclosures.jsonl",
    "slips.jsonl",        "applications.jsonl", "remedies.jsonl",    "disclosures.binpb",
    "slips.binpb",        "applications.binpb", "remedies.binpb",    "agency.json",
    "applications.jsonl", "applications.jsonl", "disclosures.jsonl", "slips.jsonl",
};
const char kAgency[] = R"({"id":"11110105MB0000000X","name":"示范区人民政府"})";

void Write(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
}

// Makes a scratch folder the working directory, once: in $TMPDIR, else /tmp. Every run writes
// its files, so a memory file system (TMPDIR=/dev/shm) makes the target faster.
void EnterScratch() {
  static const bool entered = [] {
    const char* tmp = std::getenv("TMPDIR");
    std::string dir = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp");
    dir += "/gongkai-cli-fuzz-XXXXXX";
    if (mkdtemp(dir.data()) == nullptr || chdir(dir.c_str()) != 0 || mkdir("d", 0700) != 0) {
      Fail("scratch folder", dir.c_str());
    }
    return true;
  }();
  (void)entered;
}

std::string Safe(const std::string& word) {
  if (word == "-" || word.find('/') != std::string::npos || word.find("..") != std::string::npos)
    return "f";
  return word;
}

// A word with its flag value made safe: "--data=/etc" becomes "--data=f".
std::string SafeWord(const std::string& word) {
  const size_t eq = word.find('=');
  if (word.size() > 1 && word[0] == '-' && eq != std::string::npos) {
    return word.substr(0, eq + 1) + Safe(word.substr(eq + 1));
  }
  if (word.size() > 1 && word[0] == '-') return word;
  return Safe(word);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  EnterScratch();
  gongkai::fuzz::Input in(data, size);
  const uint8_t selector = in.Byte();
  const std::string words = in.Part();
  const std::string content = in.Rest();

  std::vector<std::string> args;
  size_t start = 0;
  for (size_t end; start <= words.size(); start = end + 1) {
    end = words.find('\n', start);
    if (end == std::string::npos) end = words.size();
    args.push_back(SafeWord(words.substr(start, end - start)));
    if (args.size() > 32) break;
  }
  if (args.size() == 1 && args[0].empty()) args.clear();

  // The files, written only when a word names them (writing costs the fuzzer speed).
  bool names_f = false, names_d = false;
  for (const std::string& a : args) {
    names_f |= a == "f" || (a.size() > 2 && a.compare(a.size() - 2, 2, "=f") == 0);
    names_d |= a == "d" || (a.size() > 2 && a.compare(a.size() - 2, 2, "=d") == 0);
  }
  static bool folder_dirty = true;
  if (names_d || folder_dirty) {
    for (const char* name : kRecordFiles) unlink((std::string("d/") + name).c_str());
    folder_dirty = false;
  }
  if (names_f)
    Write("f", content);
  else
    unlink("f");
  if (names_d) {
    if (std::string(kRecordFiles[selector & 15]) != "agency.json") Write("d/agency.json", kAgency);
    Write(std::string("d/") + kRecordFiles[selector & 15], content);
    folder_dirty = true;
  }

  std::ostringstream out, err;
  int status;
  {
    absl::FlagSaver saver;  // every run starts from the flags' defaults
    status = gongkai::cli::Dispatch(args, out, err);
  }
  if (status != 0 && status != 1 && status != 2) Fail("gongkai", "exit status outside 0..2");
  if (status == 2 && !out.str().empty()) {
    // "Nothing was checked": the result stream stays empty (README, Exit status).
    Fail("gongkai", "printed a result and exited 2");
  }
  return 0;
}
