// What reading a PDF's text costs, poppler-cpp alone beside gongkai's PDF reader: wall time and
// peak RSS, each read in a child process of its own (so that its peak is its own) under a memory
// limit and a time limit (so that a hostile file cannot take the machine). Prints one Markdown
// table row per file and reader, for docs/performance.md ("PDFs poppler cannot be trusted with").
//
//   gongkai_bench_pdf_cost [--limit_mb=N] [--seconds=S] FILE...
// "poppler-cpp" reads every page's text boxes as lib/document/pdf.cc does, without its checks;
// "gongkai" is document::Read, checks included. A child stopped by a limit prints the limit.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <poppler-document.h>
#include <poppler-page.h>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "document/read.h"

ABSL_FLAG(int64_t, limit_mb, 4096, "each child's memory limit (RLIMIT_AS), in MB");
ABSL_FLAG(int64_t, seconds, 120, "each child's time limit, in seconds");

namespace {

void Quiet(const std::string&, void*) {}

// What a child writes back to its parent: a line saying what the read found.
std::string PopplerAlone(const std::string& bytes) {
  poppler::set_debug_error_function(Quiet, nullptr);
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (pdf == nullptr) return "poppler cannot open it";
  size_t boxes = 0;
  for (int p = 0; p < pdf->pages(); ++p) {
    std::unique_ptr<poppler::page> page(pdf->create_page(p));
    if (page != nullptr) boxes += page->text_list().size();
  }
  return std::to_string(pdf->pages()) + " pages, " + std::to_string(boxes) + " text boxes";
}

std::string Gongkai(const std::string& bytes) {
  const auto doc = gongkai::document::Read(bytes, gongkai::document::Format::kPdf);
  if (!doc.ok()) return "refused: " + std::string(doc.status().message().substr(0, 90));
  return std::to_string(doc->blocks.size()) + " blocks";
}

// Runs `reader` in a child under the limits; returns "outcome | seconds | peak MB".
std::string Measure(const std::string& bytes, std::string (*reader)(const std::string&),
                    long limit_mb, long seconds) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return "pipe failed | | ";
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child < 0) {
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    return "fork failed | | ";
  }
  if (child == 0) {
    close(pipe_fds[0]);
    const rlimit memory{static_cast<rlim_t>(limit_mb) << 20, static_cast<rlim_t>(limit_mb) << 20};
    setrlimit(RLIMIT_AS, &memory);
    alarm(static_cast<unsigned>(seconds));
    std::string line;
    try {
      line = reader(bytes);
    } catch (const std::bad_alloc&) {
      line = "out of memory (the limit)";
    }
    if (write(pipe_fds[1], line.data(), line.size()) < 0) _exit(3);
    _exit(0);
  }
  close(pipe_fds[1]);
  std::string line;
  char chunk[256];
  for (ssize_t n; (n = read(pipe_fds[0], chunk, sizeof chunk)) > 0;) line.append(chunk, n);
  close(pipe_fds[0]);
  int status = 0;
  rusage usage{};
  wait4(child, &status, 0, &usage);
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    line = sig == SIGALRM ? "stopped at the time limit (" + std::to_string(seconds) + " s)"
                          : std::string("killed by ") + strsignal(sig);
  } else if (WEXITSTATUS(status) != 0) {
    line = "exited with status " + std::to_string(WEXITSTATUS(status));
  }
  char out[128];
  std::snprintf(out, sizeof out, " | %.2f | %.0f", elapsed, usage.ru_maxrss / 1024.0);
  return line + out;
}

}  // namespace

int main(int argc, char** argv) {
  // An unknown flag or a value that is not a number ends here, naming it.
  std::vector<char*> files = absl::ParseCommandLine(argc, argv);
  files.erase(files.begin());  // the program's name
  const long limit_mb = absl::GetFlag(FLAGS_limit_mb);
  const long seconds = absl::GetFlag(FLAGS_seconds);
  if (files.empty() || limit_mb <= 0 || seconds <= 0) {
    std::fprintf(stderr, "usage: gongkai_bench_pdf_cost [--limit_mb=N] [--seconds=S] FILE...\n");
    return 2;
  }
  std::printf("| file | bytes | reader | outcome | seconds | peak RSS (MB) |\n");
  std::printf("|---|---:|---|---|---:|---:|\n");
  for (const char* file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream contents;
    contents << in.rdbuf();
    if (!in) {
      std::fprintf(stderr, "gongkai_bench_pdf_cost: %s: cannot read\n", file);
      return 2;
    }
    const std::string bytes = contents.str();
    const char* name = std::strrchr(file, '/') ? std::strrchr(file, '/') + 1 : file;
    for (const auto& [label, reader] :
         {std::pair{"poppler-cpp", &PopplerAlone}, std::pair{"gongkai", &Gongkai}}) {
      std::printf("| %s | %zu | %s | %s |\n", name, bytes.size(), label,
                  Measure(bytes, reader, limit_mb, seconds).c_str());
      std::fflush(stdout);
    }
  }
  return 0;
}
