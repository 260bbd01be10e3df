// gongkai registry verify / head: proving that no stored version was altered or removed, and the
// chain's head, the receipt handed to the supervising office.
#include <optional>
#include <string>
#include <utility>

#include "absl/flags/flag.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "command.h"
#include "exit_codes.h"
#include "flags.h"
#include "registry_cli.h"
#include "report_io.h"
#include "text.h"

namespace gongkai::cli {
namespace {

std::string ReceiptText(const v1::RegistryReceipt& r) {
  return absl::StrCat(r.sequence(), ":", r.hash());
}

absl::StatusOr<v1::RegistryReceipt> ParseReceipt(absl::string_view text) {
  const size_t colon = text.find(':');
  v1::RegistryReceipt receipt;
  int64_t sequence = 0;
  if (colon == absl::string_view::npos || !absl::SimpleAtoi(text.substr(0, colon), &sequence) ||
      sequence < 1 || text.size() - colon - 1 != 64) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--receipt: ", Quote(text), " is not SEQ:HASH (as 'gongkai registry head' prints it)"));
  }
  receipt.set_sequence(sequence);
  receipt.set_hash(std::string(text.substr(colon + 1)));
  return receipt;
}

// The problem with `receipt`, or "" when the chain still holds it.
absl::StatusOr<std::string> ReceiptProblem(const registry::Registry& store,
                                           const v1::RegistryReceipt& receipt) {
  absl::Status held = store.CheckReceipt(receipt);
  if (held.ok()) return std::string();
  // A receipt the chain no longer holds is a finding about the store, not an unusable input.
  if (held.code() != absl::StatusCode::kFailedPrecondition) return held;
  return std::string(held.message());
}

int RunVerify(const Invocation& in) {
  auto output = OutputFromFlag({"text", "json"});
  if (!output.ok()) return Fail(in, output.status());
  std::optional<v1::RegistryReceipt> receipt;
  if (const std::string text = absl::GetFlag(FLAGS_receipt); !text.empty()) {
    auto parsed = ParseReceipt(text);
    if (!parsed.ok()) return Fail(in, parsed.status());
    receipt = *std::move(parsed);
  }
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  auto verification = (*store)->Verify();
  if (!verification.ok()) return FailRegistry(in, verification.status());
  if (receipt.has_value()) {
    auto problem = ReceiptProblem(**store, *receipt);
    if (!problem.ok()) return Fail(in, problem.status());
    if (!problem->empty()) verification->add_problems(*problem);
  }
  if (*output == "json") {
    if (int code = WriteJson(in, *verification); code != kExitOk) return code;
  } else {
    for (const std::string& p : verification->problems()) *in.out << "problem: " << p << "\n";
    *in.out << "head " << ReceiptText(verification->head()) << ", " << verification->entries()
            << " entries, " << verification->versions() << " versions: "
            << (verification->problems().empty()
                    ? "intact"
                    : absl::StrCat(verification->problems_size(), " problems"))
            << "\n";
  }
  return verification->problems().empty() ? kExitOk : kExitFindings;
}

int RunHead(const Invocation& in) {
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  auto head = (*store)->Head();
  if (!head.ok()) return FailRegistry(in, head.status());
  *in.out << ReceiptText(*head) << "\n";
  return kExitOk;
}

const RegisterSubcommand kVerify(
    kRegistryGroup,
    {
        .name = "verify",
        .summary = "Prove that no stored version was altered or removed (exit 1 if one was)",
        .usage = "gongkai registry --db FILE verify [--receipt SEQ:HASH] [--output text|json]\n\n"
                 "Recomputes every version's digest and every entry of the hash chain, and\n"
                 "checks that versions, locks, acceptances and dispositions are those the\n"
                 "chain records; with --receipt, also that the chain still holds that entry\n"
                 "(a head handed over earlier). Prints each problem and a summary line; exits\n"
                 "1 when there is any problem.",
        .flags = {Required("db"), Optional("receipt"),
                  Optional("output", "text (default) or json (RegistryVerification)")},
        .run = &RunVerify,
    });

const RegisterSubcommand kHead(
    kRegistryGroup,
    {
        .name = "head",
        .summary = "The chain's head, SEQ:HASH: the receipt for the supervising office",
        .usage = "gongkai registry --db FILE head\n\n"
                 "Prints the last entry of the hash chain as SEQ:HASH. Its hash covers every\n"
                 "change before it; 'verify --receipt SEQ:HASH' checks it later.",
        .flags = {Required("db")},
        .run = &RunHead,
    });

}  // namespace
}  // namespace gongkai::cli
