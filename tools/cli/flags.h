// The flags of the gongkai commands. Each is defined once, here, because several commands share
// them (absl aborts on a name defined twice); a command opts in by listing its name in its row.
#ifndef GONGKAI_TOOLS_CLI_FLAGS_H_
#define GONGKAI_TOOLS_CLI_FLAGS_H_

#include <cstdint>
#include <string>

#include "absl/flags/declare.h"

ABSL_DECLARE_FLAG(std::string, type);
ABSL_DECLARE_FLAG(std::string, from);
ABSL_DECLARE_FLAG(std::string, to);
ABSL_DECLARE_FLAG(bool, pretty);
ABSL_DECLARE_FLAG(bool, proto_names);
ABSL_DECLARE_FLAG(bool, emit_defaults);
ABSL_DECLARE_FLAG(bool, ignore_unknown);
ABSL_DECLARE_FLAG(std::string, output);
ABSL_DECLARE_FLAG(std::string, data);
ABSL_DECLARE_FLAG(std::string, trace);
ABSL_DECLARE_FLAG(std::string, previous);
ABSL_DECLARE_FLAG(bool, members);
ABSL_DECLARE_FLAG(std::string, agency);
ABSL_DECLARE_FLAG(std::string, agency_id);
ABSL_DECLARE_FLAG(std::string, layout);
ABSL_DECLARE_FLAG(int, year);
ABSL_DECLARE_FLAG(int, threads);
ABSL_DECLARE_FLAG(std::string, table2);
ABSL_DECLARE_FLAG(std::string, table3);
ABSL_DECLARE_FLAG(std::string, table4);
ABSL_DECLARE_FLAG(std::string, format);
// gongkai deadline.
ABSL_DECLARE_FLAG(std::string, received);
ABSL_DECLARE_FLAG(std::string, channel);
ABSL_DECLARE_FLAG(std::string, correction_requested);
ABSL_DECLARE_FLAG(int, correction_period);
ABSL_DECLARE_FLAG(std::string, correction_received);
ABSL_DECLARE_FLAG(std::string, pause);
ABSL_DECLARE_FLAG(int, extension);
ABSL_DECLARE_FLAG(std::string, as_of);
ABSL_DECLARE_FLAG(bool, same_day);
ABSL_DECLARE_FLAG(bool, explain);
// gongkai notice.
ABSL_DECLARE_FLAG(std::string, case);
ABSL_DECLARE_FLAG(std::string, kind);
ABSL_DECLARE_FLAG(std::string, template);
ABSL_DECLARE_FLAG(std::string, details);
ABSL_DECLARE_FLAG(int64_t, serial);
ABSL_DECLARE_FLAG(int, consultation);
ABSL_DECLARE_FLAG(std::string, id);
ABSL_DECLARE_FLAG(std::string, out);
ABSL_DECLARE_FLAG(std::string, check);
// gongkai registry.
ABSL_DECLARE_FLAG(std::string, db);
ABSL_DECLARE_FLAG(int, version);
ABSL_DECLARE_FLAG(std::string, reason);
ABSL_DECLARE_FLAG(std::string, by);
ABSL_DECLARE_FLAG(std::string, fingerprint);
ABSL_DECLARE_FLAG(std::string, decision);
ABSL_DECLARE_FLAG(std::string, explanation);
ABSL_DECLARE_FLAG(std::string, under);
ABSL_DECLARE_FLAG(std::string, receipt);

#endif  // GONGKAI_TOOLS_CLI_FLAGS_H_
