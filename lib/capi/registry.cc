// The filing registry module of the C API: a thin layer over lib/registry.
#include "gongkai/registry.h"

#include <memory>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "capi/guard.h"
#include "common/status_macros.h"
#include "gongkai/v1/registry.pb.h"
#include "gongkai/v1/report.pb.h"
#include "registry/registry.h"

struct gongkai_registry {
  std::unique_ptr<gongkai::registry::Registry> registry;
};

namespace {

namespace capi = gongkai::capi;
namespace registry = gongkai::registry;
namespace v1 = gongkai::v1;

// A NUL-terminated argument that may be NULL for "".
absl::string_view OptionalText(const char* text) {
  return text == nullptr ? absl::string_view("") : absl::string_view(text);
}

absl::StatusOr<registry::Actor> ActorArg(const char* actor) {
  RETURN_IF_ERROR(capi::RequireNonNull(actor, "actor"));
  return registry::Actor{actor};
}

// A version number: 0 for the latest, never negative.
absl::Status NumberArg(int number, absl::string_view param) {
  if (number >= 0) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat(param, ": ", number, " is negative (0 is the latest version)"));
}

// The checks of every call that names a version: the handle, the outputs, the agency, the number.
absl::Status VersionArgs(gongkai_buffer** out, const gongkai_registry* handle,
                         const char* agency_id, int number) {
  RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
  RETURN_IF_ERROR(capi::RequireNonNull(handle, "registry"));
  RETURN_IF_ERROR(capi::RequireNonNull(agency_id, "agency_id"));
  return NumberArg(number, "number");
}

// The core's Disposition for a gongkai_disposition; InvalidArgument for any other int.
absl::StatusOr<v1::Disposition> DispositionArg(gongkai_disposition disposition) {
  switch (static_cast<int>(disposition)) {
    case GONGKAI_DISPOSITION_EXPLAINED:
      return v1::DISPOSITION_EXPLAINED;
    case GONGKAI_DISPOSITION_MUST_CORRECT:
      return v1::DISPOSITION_MUST_CORRECT;
    default:
      return absl::InvalidArgumentError(absl::StrCat(
          "disposition: ", static_cast<int>(disposition), " is neither ",
          "GONGKAI_DISPOSITION_EXPLAINED (1) nor GONGKAI_DISPOSITION_MUST_CORRECT (2)"));
  }
}

}  // namespace

extern "C" {

gongkai_code gongkai_registry_open(gongkai_registry** out, const char* path, int create) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(path, "path"));
    registry::OpenOptions options;
    options.create = create != 0;
    ASSIGN_OR_RETURN(std::unique_ptr<registry::Registry> opened,
                     registry::Registry::Open(path, options));
    *out = new gongkai_registry{std::move(opened)};
    return absl::OkStatus();
  });
}

void gongkai_registry_free(gongkai_registry* handle) { delete handle; }

gongkai_code gongkai_registry_agencies_put(gongkai_registry* handle, gongkai_format format,
                                           const uint8_t* data, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(handle, "registry"));
    v1::RegistryAgencyList agencies;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "agencies", &agencies));
    return handle->registry->PutAgencies(agencies);
  });
}

gongkai_code gongkai_registry_agencies_import(gongkai_registry* handle, const uint8_t* text,
                                              size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(handle, "registry"));
    absl::string_view view;
    RETURN_IF_ERROR(capi::ViewBytes(text, size, "text", &view));
    ASSIGN_OR_RETURN(v1::RegistryAgencyList agencies, registry::Registry::ParseAgencyList(view));
    return handle->registry->PutAgencies(agencies);
  });
}

gongkai_code gongkai_registry_agencies_list(gongkai_buffer** out, gongkai_registry* handle,
                                            gongkai_format format) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(handle, "registry"));
    RETURN_IF_ERROR(capi::ToEncoding(format).status());
    ASSIGN_OR_RETURN(v1::RegistryAgencyList agencies, handle->registry->ListAgencies());
    return capi::Output(format, agencies, out);
  });
}

gongkai_code gongkai_registry_file(gongkai_buffer** out, gongkai_registry* handle,
                                   gongkai_format format, const uint8_t* data, size_t size,
                                   const char* actor, const char* reason) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(handle, "registry"));
    ASSIGN_OR_RETURN(registry::Actor who, ActorArg(actor));
    v1::AnnualReport report;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "report", &report));
    ASSIGN_OR_RETURN(v1::FiledVersion filed,
                     handle->registry->File(report, who, OptionalText(reason)));
    return capi::Output(format, filed, out);
  });
}

gongkai_code gongkai_registry_version_get(gongkai_buffer** out, gongkai_registry* handle,
                                          gongkai_format format, const char* agency_id, int year,
                                          int number) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(VersionArgs(out, handle, agency_id, number));
    RETURN_IF_ERROR(capi::ToEncoding(format).status());
    ASSIGN_OR_RETURN(v1::FiledVersion version,
                     handle->registry->GetVersion(agency_id, year, number));
    return capi::Output(format, version, out);
  });
}

gongkai_code gongkai_registry_report_get(gongkai_buffer** out, gongkai_registry* handle,
                                         gongkai_format format, const char* agency_id, int year,
                                         int number) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(VersionArgs(out, handle, agency_id, number));
    RETURN_IF_ERROR(capi::ToEncoding(format).status());
    ASSIGN_OR_RETURN(v1::AnnualReport report, handle->registry->GetReport(agency_id, year, number));
    return capi::Output(format, report, out);
  });
}

gongkai_code gongkai_registry_lock(gongkai_buffer** out, gongkai_registry* handle,
                                   gongkai_format format, const char* agency_id, int year,
                                   int number, const char* actor) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(VersionArgs(out, handle, agency_id, number));
    ASSIGN_OR_RETURN(registry::Actor who, ActorArg(actor));
    // Before the change: a bad format must not leave a lock that was never reported.
    RETURN_IF_ERROR(capi::ToEncoding(format).status());
    ASSIGN_OR_RETURN(v1::FiledVersion locked, handle->registry->Lock(agency_id, year, number, who));
    return capi::Output(format, locked, out);
  });
}

gongkai_code gongkai_registry_findings(gongkai_buffer** out, gongkai_registry* handle,
                                       gongkai_format format, const char* agency_id, int year,
                                       int number) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(VersionArgs(out, handle, agency_id, number));
    RETURN_IF_ERROR(capi::ToEncoding(format).status());
    ASSIGN_OR_RETURN(v1::RegistryFindingList findings,
                     handle->registry->Findings(agency_id, year, number));
    return capi::Output(format, findings, out);
  });
}

gongkai_code gongkai_registry_dispose(gongkai_registry* handle, const char* agency_id, int year,
                                      const char* fingerprint, gongkai_disposition disposition,
                                      const char* explanation, const char* actor) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(handle, "registry"));
    RETURN_IF_ERROR(capi::RequireNonNull(agency_id, "agency_id"));
    RETURN_IF_ERROR(capi::RequireNonNull(fingerprint, "fingerprint"));
    ASSIGN_OR_RETURN(v1::Disposition decided, DispositionArg(disposition));
    ASSIGN_OR_RETURN(registry::Actor who, ActorArg(actor));
    return handle->registry->Dispose(agency_id, year, fingerprint, decided,
                                     OptionalText(explanation), who);
  });
}

gongkai_code gongkai_registry_accept(gongkai_buffer** out, gongkai_registry* handle,
                                     gongkai_format format, const char* agency_id, int year,
                                     int number, const char* actor) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(VersionArgs(out, handle, agency_id, number));
    ASSIGN_OR_RETURN(registry::Actor who, ActorArg(actor));
    RETURN_IF_ERROR(capi::ToEncoding(format).status());  // before the change, as in lock
    ASSIGN_OR_RETURN(v1::FiledVersion accepted,
                     handle->registry->Accept(agency_id, year, number, who));
    return capi::Output(format, accepted, out);
  });
}

gongkai_code gongkai_registry_diff(gongkai_buffer** out, gongkai_registry* handle,
                                   gongkai_format format, const char* agency_id, int year,
                                   int from_number, int to_number) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(VersionArgs(out, handle, agency_id, from_number));
    RETURN_IF_ERROR(NumberArg(to_number, "to_number"));
    RETURN_IF_ERROR(capi::ToEncoding(format).status());
    ASSIGN_OR_RETURN(v1::VersionDiff diff,
                     handle->registry->Diff(agency_id, year, from_number, to_number));
    return capi::Output(format, diff, out);
  });
}

gongkai_code gongkai_registry_rollup(gongkai_buffer** out, gongkai_registry* handle,
                                     gongkai_format format, const char* agency_id, int year) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(VersionArgs(out, handle, agency_id, 0));
    RETURN_IF_ERROR(capi::ToEncoding(format).status());
    ASSIGN_OR_RETURN(v1::RollupResult rollup, handle->registry->Rollup(agency_id, year));
    return capi::Output(format, rollup, out);
  });
}

gongkai_code gongkai_registry_status(gongkai_buffer** out, gongkai_registry* handle,
                                     gongkai_format format, int year, const char* under) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(handle, "registry"));
    RETURN_IF_ERROR(capi::ToEncoding(format).status());
    ASSIGN_OR_RETURN(v1::RegistryStatus status,
                     handle->registry->Status(year, OptionalText(under)));
    return capi::Output(format, status, out);
  });
}

gongkai_code gongkai_registry_verify(gongkai_buffer** out, gongkai_registry* handle,
                                     gongkai_format format) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(handle, "registry"));
    RETURN_IF_ERROR(capi::ToEncoding(format).status());
    ASSIGN_OR_RETURN(v1::RegistryVerification verification, handle->registry->Verify());
    return capi::Output(format, verification, out);
  });
}

gongkai_code gongkai_registry_head(gongkai_buffer** out, gongkai_registry* handle,
                                   gongkai_format format) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(handle, "registry"));
    RETURN_IF_ERROR(capi::ToEncoding(format).status());
    ASSIGN_OR_RETURN(v1::RegistryReceipt head, handle->registry->Head());
    return capi::Output(format, head, out);
  });
}

gongkai_code gongkai_registry_check_receipt(gongkai_registry* handle, gongkai_format format,
                                            const uint8_t* data, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(handle, "registry"));
    v1::RegistryReceipt receipt;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "receipt", &receipt));
    return handle->registry->CheckReceipt(receipt);
  });
}

}  // extern "C"
