// gongkai slip status: where each issuance slip of a file stands in its review.
#include <string>

#include "absl/strings/str_cat.h"
#include "command.h"
#include "exit_codes.h"
#include "input.h"
#include "messages/stream.h"
#include "slip/names.h"
#include "slip/slip.h"
#include "text.h"

namespace gongkai::cli {
namespace {

int Run(const Invocation& in) {
  if (in.args.size() != 2 || in.args[0] != "status") {
    return Fail(in, "usage: gongkai slip status FILE");
  }
  auto text = ReadInput(in.args[1]);
  if (!text.ok()) return Fail(in, text.status());
  std::string lines;  // printed only once every record has been read: nothing half-written
  int refused = 0;
  v1::IssuanceSlip scratch;
  absl::Status status = messages::ForEachInStream(
      messages::Encoding::kJson, *text, &scratch, [&](size_t, const google::protobuf::Message&) {
        auto state = slip::ReplaySlip(scratch);
        if (!state.ok()) {
          ++refused;
          absl::StrAppend(&lines, Printable(scratch.id()), "\tREFUSED\t", state.status().message(),
                          "\n");
          return absl::OkStatus();
        }
        absl::StrAppend(&lines, Printable(scratch.id()), "\t", slip::StatusName(state->status()),
                        "\t", slip::AttributeName(state->signed_attribute()), "\t",
                        state->may_publish() ? "may publish" : "may not publish", "\n");
        return absl::OkStatus();
      });
  if (!status.ok()) return Fail(in, absl::StrCat(InputName(in.args[1]), ": ", status.message()));
  *in.out << lines;
  return refused > 0 ? kExitFindings : kExitOk;
}

const RegisterCommand kRegistration({
    .name = "slip",
    .summary = "Where each issuance slip of a file stands in the review of its public attribute",
    .usage = "gongkai slip status FILE\n\n"
             "Reads issuance slips (gongkai.v1.IssuanceSlip, one JSON object per line), replays\n"
             "each review with the built-in workflows (docs/slip.md), and prints one line per\n"
             "slip: id, status, the signed attribute, and whether the document may be published\n"
             "proactively. A slip whose history breaks a rule is listed as REFUSED with the rule\n"
             "id; the command then exits 1. Exits 2 when the file is malformed.",
    .flags = {},
    .max_args = 2,
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
