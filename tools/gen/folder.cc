#include "folder.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "messages/registry.h"

namespace gongkai::gen {
namespace {

// Buffers one stream and hands it to the sink in pieces of about a megabyte.
class StreamOut {
 public:
  StreamOut(std::string file, messages::Encoding encoding,
            absl::FunctionRef<absl::Status(absl::string_view, absl::string_view)> sink)
      : file_(std::move(file)), encoding_(encoding), sink_(sink) {}

  void Append(const google::protobuf::Message& m) {
    if (!status_.ok()) return;
    status_ = messages::AppendToStream(encoding_, m, &buffer_);
    if (status_.ok() && buffer_.size() >= kPiece) Flush();
  }
  // Hands over what is buffered (at least once per file).
  void Flush() {
    if (!status_.ok()) return;
    status_ = sink_(file_, buffer_);
    buffer_.clear();
  }
  const absl::Status& status() const { return status_; }

 private:
  static constexpr size_t kPiece = size_t{1} << 20;
  std::string file_;
  messages::Encoding encoding_;
  absl::FunctionRef<absl::Status(absl::string_view, absl::string_view)> sink_;
  std::string buffer_;
  absl::Status status_;
};

// The protobuf JSON mapping, indented, ending with a newline.
absl::StatusOr<std::string> PrettyJson(const google::protobuf::Message& m) {
  absl::StatusOr<std::string> text = messages::MessageToJson(m, {.pretty = true});
  if (text.ok() && (text->empty() || text->back() != '\n')) text->push_back('\n');
  return text;
}

}  // namespace

std::string StreamFileName(absl::string_view stream, messages::Encoding encoding) {
  return absl::StrCat(stream, encoding == messages::Encoding::kJson ? ".jsonl" : ".binpb");
}

absl::Status GenerateFolder(
    const GenOptions& options, messages::Encoding encoding,
    absl::FunctionRef<absl::Status(absl::string_view file, absl::string_view bytes)> sink) {
  if (absl::Status s = CheckOptions(options); !s.ok()) return s;
  absl::StatusOr<v1::Agency> agency = GenerateAgency(options);
  if (!agency.ok()) return agency.status();
  absl::StatusOr<std::string> text = PrettyJson(*agency);
  if (!text.ok()) return text.status();
  if (absl::Status s = sink(kAgencyFile, *text); !s.ok()) return s;

  absl::StatusOr<v1::AnnualReport> entered = GenerateEntered(options);
  if (!entered.ok()) return entered.status();
  text = PrettyJson(*entered);
  if (!text.ok()) return text.status();
  if (absl::Status s = sink(kEnteredFile, *text); !s.ok()) return s;

  StreamOut disclosures(StreamFileName(kDisclosuresStream, encoding), encoding, sink);
  StreamOut slips(StreamFileName(kSlipsStream, encoding), encoding, sink);
  absl::Status s = GenerateDisclosuresAndSlips(
      options, [&](const v1::Disclosure& d) { disclosures.Append(d); },
      [&](const v1::IssuanceSlip& slip) { slips.Append(slip); });
  disclosures.Flush();
  slips.Flush();
  for (const absl::Status& st : {s, disclosures.status(), slips.status()}) {
    if (!st.ok()) return st;
  }

  StreamOut applications(StreamFileName(kApplicationsStream, encoding), encoding, sink);
  s = GenerateApplications(options, [&](const v1::Application& a) { applications.Append(a); });
  applications.Flush();
  if (!s.ok()) return s;
  if (!applications.status().ok()) return applications.status();

  StreamOut remedies(StreamFileName(kRemediesStream, encoding), encoding, sink);
  s = GenerateRemedies(options, [&](const v1::Remedy& r) { remedies.Append(r); });
  remedies.Flush();
  if (!s.ok()) return s;
  return remedies.status();
}

absl::Status WriteFolder(const GenOptions& options, messages::Encoding encoding,
                         const std::string& dir) {
  if (absl::Status s = CheckOptions(options); !s.ok()) return s;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    return absl::InternalError(absl::StrCat("cannot create directory ", dir, ": ", ec.message()));
  }
  std::map<std::string, std::unique_ptr<std::ofstream>, std::less<>> files;
  absl::Status s = GenerateFolder(
      options, encoding, [&](absl::string_view name, absl::string_view bytes) -> absl::Status {
        const std::string path = (std::filesystem::path(dir) / std::string(name)).string();
        auto it = files.find(name);
        if (it == files.end()) {
          auto out = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
          if (!*out) {
            return absl::InternalError(
                absl::StrCat("cannot write ", path, ": ", std::strerror(errno)));
          }
          it = files.emplace(std::string(name), std::move(out)).first;
        }
        it->second->write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!*it->second) return absl::InternalError(absl::StrCat("cannot write ", path));
        return absl::OkStatus();
      });
  for (auto& [name, out] : files) {
    out->close();
    if (!*out && s.ok()) {
      s = absl::InternalError(
          absl::StrCat("cannot write ", (std::filesystem::path(dir) / name).string()));
    }
  }
  return s;
}

}  // namespace gongkai::gen
