#include "flags.h"

#include "absl/flags/flag.h"

// The help text is what `gongkai CMD --help` prints next to the flag.
ABSL_FLAG(std::string, type, "",
          "full name of the message type, e.g. gongkai.v1.Agency ('gongkai types' lists them)");
ABSL_FLAG(std::string, from, "", "format of the input: json or binary");
ABSL_FLAG(std::string, to, "", "format of the output: json or binary");
ABSL_FLAG(bool, pretty, false, "JSON output: indented, one field per line");
ABSL_FLAG(bool, proto_names, false,
          "JSON output: use the .proto field names (snake_case), not lowerCamelCase");
ABSL_FLAG(bool, emit_defaults, false, "JSON output: also print fields holding default values");
ABSL_FLAG(bool, ignore_unknown, false,
          "JSON input: skip fields the type does not have instead of failing");
// Each command that takes --output lists its own values (FlagUse::help); this text is the fallback.
ABSL_FLAG(std::string, output, "", "what to print (the values are in 'gongkai COMMAND --help')");
ABSL_FLAG(std::string, data, "",
          "the folder of records (agency.json, entered.json, disclosures.jsonl, slips.jsonl, "
          "applications.jsonl, remedies.jsonl; or .binpb streams)");
ABSL_FLAG(std::string, trace, "",
          "a cell key (t3.granted.total): list the records behind it instead");
ABSL_FLAG(std::string, previous, "", "the same agency's report of the previous year (JSON)");
ABSL_FLAG(bool, members, false,
          "the files after the report are the member reports it consolidates (roll-up check)");
ABSL_FLAG(std::string, agency, "", "the agency's full official name");
ABSL_FLAG(std::string, agency_id, "", "the agency's id, e.g. its 统一社会信用代码");
ABSL_FLAG(std::string, layout, "",
          "report layout: 2019 or 2021 (default: the one in force for --year)");
ABSL_FLAG(int, year, 0, "report year");
ABSL_FLAG(int, threads, 1,
          "threads parsing the records (1..64): the same output as 1, sooner on several cores");
ABSL_FLAG(std::string, format, "",
          "the document's format: html, docx, xlsx, pdf, csv or text (default: "
          "told from its content)");
ABSL_FLAG(std::string, table2, "", "CSV grid of table 二 (主动公开政府信息情况)");
ABSL_FLAG(std::string, table3, "", "CSV grid of table 三 (收到和处理政府信息公开申请情况)");
ABSL_FLAG(std::string, table4, "", "CSV grid of table 四 (政府信息公开行政复议、行政诉讼情况)");
// gongkai deadline. Abseil flag names cannot hold '-': correction_requested, not
// correction-requested. Dates are read by ParseDateFlag (dates.h), which takes several spellings.
ABSL_FLAG(
    std::string, received, "",
    "the receipt date under 第三十一条, a date: 2025-01-24, 2025/01/24, 20250124 or 2025年1月24日");
ABSL_FLAG(std::string, channel, "",
          "how the application arrived: in_person, signed_post, ordinary_letter, online or fax");
ABSL_FLAG(std::string, correction_requested, "",
          "the day a correction (补正) was requested (a date)");
ABSL_FLAG(int, correction_period, 0, "working days given to the applicant for the correction");
ABSL_FLAG(std::string, correction_received, "",
          "the day the corrected application arrived (a date): the reply period restarts");
ABSL_FLAG(std::string, pause, "",
          "consultations (征求意见) stopping the reply clock: FROM:TO[,FROM:TO...]; FROM: for one "
          "still open");
ABSL_FLAG(int, extension, 0, "approved extension of the reply period, 0..20 working days");
ABSL_FLAG(std::string, as_of, "",
          "the date to report on: 2025-01-24, 2025/01/24, 20250124 or 2025年1月24日");
ABSL_FLAG(bool, same_day, false, "count the start date as day 1 if it is a working day");
ABSL_FLAG(bool, explain, false, "list each deadline's start, stops, days off and make-up days");
// gongkai notice. `case` and `template` are C++ keywords, but only ever pasted into FLAGS_case.
ABSL_FLAG(std::string, case, "",
          "the application: one gongkai.v1.Application (JSON), or JSON lines of several with --id");
ABSL_FLAG(std::string, kind, "", "the notice: correction, extension, consultation, fee or reply");
ABSL_FLAG(std::string, template, "",
          "the agency's gongkai.v1.NoticeTemplate (JSON): name, 文号 scheme, contact, 复议机关");
ABSL_FLAG(std::string, details, "",
          "a gongkai.v1.NoticeDetails (JSON): what the notice says that the history does not hold");
ABSL_FLAG(int64_t, serial, 0, "the serial of the notice's 文号; 0 (default): no 文号");
ABSL_FLAG(int, consultation, 0,
          "for --kind consultation: which consultation, 0-based (default: the last)");
ABSL_FLAG(std::string, id, "", "the id of the application to use when --case holds several");
ABSL_FLAG(std::string, out, "", "write the result to this file instead of standard output");
ABSL_FLAG(std::string, check, "",
          "a notice written elsewhere (plain text, UTF-8) to check against the case");
// gongkai registry.
ABSL_FLAG(std::string, db, "", "the registry: one SQLite file ('gongkai registry --db F init')");
ABSL_FLAG(int, version, 0, "the version's number, 1, 2, ...; 0 (default): the latest");
ABSL_FLAG(std::string, reason, "",
          "why this version corrects the one before (更正); required from the second version");
ABSL_FLAG(std::string, by, "",
          "who does it, as recorded in the registry (default: the login name, $USER)");
ABSL_FLAG(std::string, fingerprint, "",
          "a finding's fingerprint, as 'gongkai registry findings' lists it");
ABSL_FLAG(std::string, decision, "",
          "explained (explained and accepted: it no longer blocks acceptance) or must-correct");
ABSL_FLAG(std::string, explanation, "", "why the finding is acceptable (needed for explained)");
ABSL_FLAG(std::string, under, "", "only this agency and the agencies below it (an agency id)");
ABSL_FLAG(std::string, receipt, "",
          "a receipt handed over earlier, SEQ:HASH ('gongkai registry head'): check that the "
          "chain still holds it");
