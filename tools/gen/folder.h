// A data folder: the agency, the entered figures and the four record streams, as files
// (tools/gen/README.md, "The data folder"). `gongkai report --data DIR` reads exactly this.
#ifndef GONGKAI_TOOLS_GEN_FOLDER_H_
#define GONGKAI_TOOLS_GEN_FOLDER_H_

#include <string>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "generate.h"
#include "messages/stream.h"

namespace gongkai::gen {

// The file names, in the order they are written.
inline constexpr absl::string_view kAgencyFile = "agency.json";
inline constexpr absl::string_view kEnteredFile = "entered.json";
// The streams' names without extension; ".jsonl" (JSON lines) or ".binpb" (length-delimited).
inline constexpr absl::string_view kDisclosuresStream = "disclosures";
inline constexpr absl::string_view kSlipsStream = "slips";
inline constexpr absl::string_view kApplicationsStream = "applications";
inline constexpr absl::string_view kRemediesStream = "remedies";

// "disclosures.jsonl" or "disclosures.binpb".
std::string StreamFileName(absl::string_view stream, messages::Encoding encoding);

// Generates the folder's files and hands them to `sink` in pieces: (file name, bytes to append).
// Each file gets at least one call (an empty stream gets one with no bytes); pieces of the
// disclosures and slips files interleave. agency.json and entered.json are pretty-printed JSON
// (the protobuf JSON mapping); the streams are in `encoding`. Errors: those of CheckOptions,
// serialization, and the first non-OK status `sink` returns (then nothing more is generated).
absl::Status GenerateFolder(
    const GenOptions& options, messages::Encoding encoding,
    absl::FunctionRef<absl::Status(absl::string_view file, absl::string_view bytes)> sink);

// Writes the folder into directory `dir`, creating it (and its parents) if needed and replacing
// files of the same names. InvalidArgument for bad options; Internal naming the file for a
// directory or file that cannot be written.
absl::Status WriteFolder(const GenOptions& options, messages::Encoding encoding,
                         const std::string& dir);

}  // namespace gongkai::gen

#endif  // GONGKAI_TOOLS_GEN_FOLDER_H_
