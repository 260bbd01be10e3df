// gongkai notice: writes one written notice of an application (text, HTML or DOCX), or checks
// a notice written elsewhere against the case. The library composes; this file reads files,
// picks the application and maps errors to exit codes.
#include <fstream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "command.h"
#include "common/status_macros.h"
#include "exit_codes.h"
#include "flags.h"
#include "input.h"
#include "messages/registry.h"
#include "messages/stream.h"
#include "notice/notice.h"
#include "text.h"

namespace gongkai::cli {
namespace {

// The JSON file in flag `flag` parsed into `message`; errors name the file (never its text).
absl::Status ReadJson(absl::string_view flag, const std::string& path,
                      google::protobuf::Message* message) {
  ASSIGN_OR_RETURN(std::string text, ReadInput(path));
  absl::Status parsed = messages::ParseJson(text, /*ignore_unknown_fields=*/false, message);
  if (parsed.ok()) return parsed;
  return absl::InvalidArgumentError(
      absl::StrCat("--", flag, " ", InputName(path), ": ", parsed.message()));
}

// The application --case holds: the only one, or the one --id names among JSON lines.
absl::StatusOr<v1::Application> ReadCase(const std::string& path, const std::string& id) {
  ASSIGN_OR_RETURN(std::string text, ReadInput(path));
  const std::string name = absl::StrCat("--case ", InputName(path));
  std::vector<v1::Application> apps(1);
  // One object, however it is laid out; else JSON lines, whose errors name the line.
  absl::Status whole = messages::ParseJson(text, false, &apps[0]);
  if (!whole.ok()) {
    apps.clear();
    v1::Application scratch;
    absl::Status lines =
        messages::ForEachInStream(messages::Encoding::kJson, text, &scratch,
                                  [&](size_t, const google::protobuf::Message& m) -> absl::Status {
                                    apps.push_back(static_cast<const v1::Application&>(m));
                                    return absl::OkStatus();
                                  });
    const bool one_line = absl::StripTrailingAsciiWhitespace(text).find('\n') == std::string::npos;
    if (!lines.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, ": ", one_line ? whole.message() : lines.message()));
    }
  }
  if (apps.empty()) return absl::InvalidArgumentError(absl::StrCat(name, ": no application"));
  if (id.empty()) {
    if (apps.size() == 1) return apps[0];
    return absl::InvalidArgumentError(
        absl::StrCat(name, ": holds ", apps.size(), " applications; choose one with --id"));
  }
  for (v1::Application& a : apps) {
    if (a.id() == id) return std::move(a);
  }
  return absl::InvalidArgumentError(absl::StrCat(name, ": no application with --id ", Quote(id)));
}

absl::StatusOr<v1::NoticeFormat> FormatFromFlag() {
  const std::string output = absl::GetFlag(FLAGS_output);
  if (output.empty() || output == "text") return v1::NOTICE_FORMAT_TEXT;
  if (output == "html") return v1::NOTICE_FORMAT_HTML;
  if (output == "docx") return v1::NOTICE_FORMAT_DOCX;
  return absl::InvalidArgumentError(
      absl::StrCat("--output: ", Quote(output), " is not one of text, html, docx"));
}

absl::StatusOr<v1::NoticeRequest> RequestFromFlags(const Invocation& in) {
  v1::NoticeRequest r;
  const std::string kind = absl::GetFlag(FLAGS_kind);
  r.set_kind(notice::KindFromName(kind));
  if (r.kind() == v1::NOTICE_KIND_UNSPECIFIED) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--kind: ", Quote(kind), " is not one of correction, extension, consultation, fee, reply"));
  }
  ASSIGN_OR_RETURN(*r.mutable_application(),
                   ReadCase(absl::GetFlag(FLAGS_case), absl::GetFlag(FLAGS_id)));
  if (const std::string t = absl::GetFlag(FLAGS_template); !t.empty()) {
    RETURN_IF_ERROR(ReadJson("template", t, r.mutable_template_()));
  }
  if (const std::string d = absl::GetFlag(FLAGS_details); !d.empty()) {
    RETURN_IF_ERROR(ReadJson("details", d, r.mutable_details()));
  }
  r.set_serial(absl::GetFlag(FLAGS_serial));
  if (in.flags_given.contains("consultation"))
    r.set_consultation(absl::GetFlag(FLAGS_consultation));
  ASSIGN_OR_RETURN(v1::NoticeFormat format, FormatFromFlag());
  r.set_format(format);
  return r;
}

// A refusal because the history lacks what the notice needs is an answer about the case (1);
// anything else means the input could not be used (2).
int Refuse(const Invocation& in, const absl::Status& status) {
  if (status.code() != absl::StatusCode::kFailedPrecondition) return Fail(in, status);
  *in.err << "gongkai " << in.command << ": " << status.message() << "\n";
  return kExitFindings;
}

int Emit(const Invocation& in, const std::string& bytes) {
  const std::string path = absl::GetFlag(FLAGS_out);
  if (path.empty()) {
    *in.out << bytes;
    return kExitOk;
  }
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << bytes;
  if (!file.flush()) return Fail(in, absl::StrCat("--out ", path, ": cannot write"));
  return kExitOk;
}

int Check(const Invocation& in, const v1::NoticeRequest& request) {
  auto text = ReadInput(absl::GetFlag(FLAGS_check));
  if (!text.ok()) return Fail(in, text.status());
  auto check = notice::CheckNoticeText(*text, request, *calendar::Calendar::National());
  if (!check.ok()) return Refuse(in, check.status());
  std::string lines;
  for (const v1::NoticeFinding& f : check->findings()) {
    absl::StrAppend(&lines, f.code(), "\t", f.element(), "\t", f.message());
    if (!f.expected().empty()) absl::StrAppend(&lines, " (expected ", f.expected(), ")");
    lines += "\n";
  }
  absl::StrAppend(&lines, check->application_id(), ": ", check->findings_size(),
                  check->findings_size() == 1 ? " finding\n" : " findings\n");
  if (int code = Emit(in, lines); code != kExitOk) return code;
  return check->findings().empty() ? kExitOk : kExitFindings;
}

int Run(const Invocation& in) {
  auto request = RequestFromFlags(in);
  if (!request.ok()) return Fail(in, request.status());
  if (in.flags_given.contains("check")) return Check(in, *request);
  if (request->format() == v1::NOTICE_FORMAT_DOCX && absl::GetFlag(FLAGS_out).empty()) {
    return Fail(in, "--output docx: give --out FILE (a .docx is not for a terminal)");
  }
  const auto cal = calendar::Calendar::National();
  auto composed = notice::ComposeNotice(*request, *cal);
  if (!composed.ok()) return Refuse(in, composed.status());
  auto bytes = notice::RenderNotice(*composed, request->format());
  if (!bytes.ok()) return Fail(in, bytes.status());
  if (composed->provisional()) {
    *in.err << "gongkai notice: warning: application " << composed->application_id()
            << ": a date lies in a year no calendar covers and was counted by weekdays alone; "
               "check it against that year's official schedule before sending\n";
  }
  return Emit(in, *bytes);
}

const RegisterCommand kRegistration({
    .name = "notice",
    .summary = "Write an application's notice (补正, 延期, 征求意见, 收费, 答复), or check one",
    .usage =
        "gongkai notice --case FILE --kind KIND [--template FILE] [--details FILE] [--serial N]\n"
        "               [--consultation N] [--id ID] [--output text|html|docx] [--out FILE]\n"
        "gongkai notice --check TEXTFILE --case FILE --kind KIND [--details FILE] [--id ID]\n\n"
        "Composes the notice KIND (correction, extension, consultation, fee, reply) of the\n"
        "application in FILE (one gongkai.v1.Application as JSON, or JSON lines of several with\n"
        "--id choosing one) from its history, every date from the case engine, by the national\n"
        "calendar (docs/notices.md). --template is the agency's gongkai.v1.NoticeTemplate,\n"
        "--details a gongkai.v1.NoticeDetails (both JSON). The notice goes to stdout, or to\n"
        "--out; --output docx needs --out. The notice holds personal data; messages never do.\n"
        "Exits 1, giving the rule on stderr, when the history does not support the notice; 2 for\n"
        "unusable input (naming the file and field). A date counted in a year no calendar\n"
        "covers is warned about on stderr. With --check, prints one line per disagreement of\n"
        "TEXTFILE with the case (code, element, message) and exits 1 if there is any.",
    .flags = {Required("case"), Required("kind"), Optional("template"), Optional("details"),
              Optional("serial"), Optional("consultation"), Optional("id"),
              Optional("output", "the notice as text (default), html or docx (docx needs --out)"),
              Optional("out"), Optional("check")},
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
