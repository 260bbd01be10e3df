// gongkai registry verify / head: proving that no stored version was altered or removed, and the
// chain's head, the receipt handed to the supervising office.
#include <optional>
#include <string>
#include <utility>
#include <vector>

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

// The hash the chain holds at `sequence` when a version's filing is recorded there; nullopt
// when no filing is (the entry locked, accepted or disposed of something).
absl::StatusOr<std::optional<std::string>> FilingHashAt(const registry::Registry& store,
                                                        int64_t sequence) {
  auto agencies = store.ListAgencies();
  if (!agencies.ok()) return agencies.status();
  for (const v1::RegistryAgency& a : agencies->agencies()) {
    const int first = a.first_year() != 0 ? a.first_year() : 2019;
    const int last = a.last_year() != 0 ? a.last_year() : 2100;
    for (int year = first; year <= last; ++year) {
      auto versions = store.ListVersions(a.agency().id(), year);
      if (!versions.ok()) return versions.status();
      for (const v1::FiledVersion& v : *versions) {
        if (v.receipt().sequence() == sequence) return v.receipt().hash();
      }
    }
  }
  return std::nullopt;
}

// The problem with `receipt`, or "" when the chain still holds it.
absl::StatusOr<std::string> CheckReceipt(const registry::Registry& store,
                                         const v1::RegistryReceipt& head,
                                         const std::optional<v1::RegistryReceipt>& receipt) {
  const std::string text = ReceiptText(*receipt);
  if (receipt->sequence() > head.sequence()) {
    return absl::StrCat("receipt ", text, ": the chain ends at entry ", head.sequence(),
                        ": entries were removed");
  }
  std::optional<std::string> hash;
  if (receipt->sequence() == head.sequence()) {
    hash = head.hash();
  } else {
    auto found = FilingHashAt(store, receipt->sequence());
    if (!found.ok()) return found.status();
    hash = *found;
  }
  if (!hash.has_value()) {
    return absl::FailedPreconditionError(
        absl::StrCat("--receipt: entry ", receipt->sequence(),
                     " is neither the head nor a filing; only those receipts can be checked"));
  }
  if (*hash != receipt->hash()) {
    return absl::StrCat("receipt ", text, ": the chain holds ", *hash, " at entry ",
                        receipt->sequence(), ": it was rewritten");
  }
  return std::string();
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
    auto problem = CheckReceipt(**store, verification->head(), receipt);
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
                 "(the head handed over earlier, or a filing's entry). Prints each problem and\n"
                 "a summary line; exits 1 when there is any problem.",
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
