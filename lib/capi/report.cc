// The report module of the C API: a thin layer over lib/report.
#include "gongkai/report.h"

#include <memory>
#include <vector>

#include "absl/strings/str_cat.h"
#include "capi/buffer.h"
#include "capi/guard.h"
#include "common/status_macros.h"
#include "gongkai/v1/report.pb.h"
#include "report/import/grid.h"
#include "report/layout.h"
#include "report/merge.h"
#include "report/render/render.h"
#include "report/validate.h"

struct gongkai_validate_options {
  std::unique_ptr<gongkai::v1::AnnualReport> previous;
  std::vector<gongkai::v1::AnnualReport> members;
};

namespace {

namespace capi = gongkai::capi;
namespace messages = gongkai::messages;
namespace report = gongkai::report;
namespace v1 = gongkai::v1;

absl::StatusOr<std::vector<v1::AnnualReport>> ParseReportStream(gongkai_format format,
                                                                const uint8_t* data, size_t size,
                                                                absl::string_view param) {
  absl::string_view stream;
  RETURN_IF_ERROR(gongkai::capi::ViewBytes(data, size, param, &stream));
  ASSIGN_OR_RETURN(messages::Encoding encoding, capi::ToEncoding(format));
  std::vector<v1::AnnualReport> reports;
  v1::AnnualReport scratch;
  absl::Status status = messages::ForEachInStream(
      encoding, stream, &scratch, [&](size_t, const google::protobuf::Message& m) {
        reports.push_back(static_cast<const v1::AnnualReport&>(m));
        return absl::OkStatus();
      });
  if (!status.ok()) return absl::Status(status.code(), absl::StrCat(param, ": ", status.message()));
  return reports;
}

// The renderer's format for a gongkai_render_output; InvalidArgument for any other value.
absl::StatusOr<report::RenderFormat> ToRenderFormat(gongkai_render_output output) {
  switch (static_cast<int>(output)) {
    case GONGKAI_RENDER_TEXT:
      return report::RenderFormat::kText;
    case GONGKAI_RENDER_MARKDOWN:
      return report::RenderFormat::kMarkdown;
    case GONGKAI_RENDER_CSV:
      return report::RenderFormat::kCsv;
    case GONGKAI_RENDER_CSV_LABELS:
      return report::RenderFormat::kCsvWithLabels;
    case GONGKAI_RENDER_JSON:
      return report::RenderFormat::kJson;
    case GONGKAI_RENDER_HTML:
      return report::RenderFormat::kHtml;
    case GONGKAI_RENDER_HTML_DOCUMENT:
      return report::RenderFormat::kHtmlDocument;
    default:
      return absl::InvalidArgumentError(absl::StrCat(
          "output: ", static_cast<int>(output),
          " is not a gongkai_render_output (GONGKAI_RENDER_TEXT (1) .. _HTML_DOCUMENT (7))"));
  }
}

}  // namespace

extern "C" {

gongkai_code gongkai_layout_ids(gongkai_buffer** out) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    std::string text;
    for (const report::Layout* layout : report::BuiltinLayouts())
      absl::StrAppend(&text, layout->id(), "\n");
    *out = capi::NewBuffer(std::move(text));
    return absl::OkStatus();
  });
}

gongkai_code gongkai_layout_get(gongkai_buffer** out, gongkai_format format, const char* id,
                                int year) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(id, "id"));
    ASSIGN_OR_RETURN(const report::Layout* layout, report::LayoutFor(id, year));
    return capi::Output(format, layout->spec(), out);
  });
}

gongkai_code gongkai_validate_options_new(gongkai_validate_options** out) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    *out = new gongkai_validate_options();
    return absl::OkStatus();
  });
}

void gongkai_validate_options_free(gongkai_validate_options* options) { delete options; }

gongkai_code gongkai_validate_options_set_previous(gongkai_validate_options* options,
                                                   gongkai_format format, const uint8_t* report,
                                                   size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(options, "options"));
    auto previous = std::make_unique<v1::AnnualReport>();
    RETURN_IF_ERROR(capi::ParseArg(format, report, size, "report", previous.get()));
    options->previous = std::move(previous);
    return absl::OkStatus();
  });
}

gongkai_code gongkai_validate_options_set_members(gongkai_validate_options* options,
                                                  gongkai_format format, const uint8_t* stream,
                                                  size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(options, "options"));
    ASSIGN_OR_RETURN(std::vector<v1::AnnualReport> members,
                     ParseReportStream(format, stream, size, "stream"));
    options->members = std::move(members);
    return absl::OkStatus();
  });
}

gongkai_code gongkai_report_validate(gongkai_buffer** out, int* error_count,
                                     const gongkai_validate_options* options, gongkai_format format,
                                     const uint8_t* data, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    v1::AnnualReport report;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "report", &report));
    report::ValidationContext context;
    if (options != nullptr) {
      context.previous = options->previous.get();
      for (const v1::AnnualReport& m : options->members) context.members.push_back(&m);
    }
    ASSIGN_OR_RETURN(v1::ValidationResult result, report::Validate(report, context));
    RETURN_IF_ERROR(capi::Output(format, result, out));
    if (error_count != nullptr) *error_count = result.error_count();
    return absl::OkStatus();
  });
}

gongkai_code gongkai_report_merge(gongkai_buffer** out, gongkai_format format,
                                  const uint8_t* parent, size_t parent_size, const uint8_t* reports,
                                  size_t reports_size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    v1::Agency agency;
    RETURN_IF_ERROR(capi::ParseArg(format, parent, parent_size, "parent", &agency));
    ASSIGN_OR_RETURN(std::vector<v1::AnnualReport> members,
                     ParseReportStream(format, reports, reports_size, "reports"));
    std::vector<const v1::AnnualReport*> pointers;
    for (const v1::AnnualReport& m : members) pointers.push_back(&m);
    ASSIGN_OR_RETURN(v1::AnnualReport merged, report::Merge(pointers, agency));
    return capi::Output(format, merged, out);
  });
}

gongkai_code gongkai_report_import_grid(gongkai_buffer** out, gongkai_format format,
                                        const uint8_t* data, size_t size, const char* table,
                                        const char* csv, size_t csv_size, const char* source_name) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(table, "table"));
    v1::AnnualReport report;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "report", &report));
    absl::string_view text;
    RETURN_IF_ERROR(gongkai::capi::ViewBytes(csv, csv_size, "csv", &text));
    ASSIGN_OR_RETURN(v1::ImportResult result,
                     report::ImportIntoReport(report, table, text,
                                              source_name == nullptr ? "grid" : source_name));
    return capi::Output(format, result, out);
  });
}

gongkai_code gongkai_report_render(gongkai_buffer** out, gongkai_format format,
                                   gongkai_render_output output, const uint8_t* data, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    ASSIGN_OR_RETURN(report::RenderFormat render_format, ToRenderFormat(output));
    v1::AnnualReport report;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "report", &report));
    ASSIGN_OR_RETURN(std::string text, report::Render(report, render_format));
    *out = capi::NewBuffer(std::move(text));
    return absl::OkStatus();
  });
}

}  // extern "C"
