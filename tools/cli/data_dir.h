// The folder of records `gongkai report --data DIR` reads (tools/cli/README.md, "report"):
//   agency.json         gongkai.v1.Agency (required)
//   entered.json        gongkai.v1.AnnualReport: entered figures and narratives (optional)
//   options.json        gongkai.v1.AnnualOptions (optional)
//   disclosures, slips, applications, remedies: each as NAME.jsonl (JSON lines) or NAME.binpb
//   (length-delimited binary); a missing file means no records of that kind.
#ifndef GONGKAI_TOOLS_CLI_DATA_DIR_H_
#define GONGKAI_TOOLS_CLI_DATA_DIR_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "annual/builder.h"
#include "gongkai/v1/annual.pb.h"
#include "messages/stream.h"

namespace gongkai::cli {

struct RecordFile {
  annual::RecordKind kind;
  messages::Encoding encoding;
  std::string path;
};

struct DataDir {
  v1::AnnualRequest request;  // agency, entered figures and options; year left at 0
  std::vector<RecordFile> records;
};

// Reads the folder's small files and lists its record files. Errors name the file: a missing
// folder or agency.json (NotFound), malformed JSON, or both NAME.jsonl and NAME.binpb present.
absl::StatusOr<DataDir> ReadDataDir(absl::string_view dir);

}  // namespace gongkai::cli

#endif  // GONGKAI_TOOLS_CLI_DATA_DIR_H_
