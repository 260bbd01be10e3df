#include "slip/names.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "gongkai/v1/slip.pb.h"
#include "google/protobuf/descriptor.h"

namespace gongkai::slip {
namespace {

// Read from the descriptor, so that a value added to the .proto is named without a change
// here. Every enum's value 0 is <PREFIX>UNSPECIFIED, which gives the prefix to strip.
std::string Short(const google::protobuf::EnumDescriptor* type, int value) {
  const google::protobuf::EnumValueDescriptor* v = type->FindValueByNumber(value);
  if (v == nullptr) return absl::StrCat(type->name(), "(", value, ")");
  absl::string_view prefix = type->value(0)->name();
  prefix = absl::StripSuffix(prefix, "UNSPECIFIED");
  return std::string(absl::StripPrefix(v->name(), prefix));
}

}  // namespace

std::string ActionName(int a) { return Short(v1::SlipAction_descriptor(), a); }
std::string RoleName(int r) { return Short(v1::SlipRole_descriptor(), r); }
std::string AttributeName(int a) { return Short(v1::PublicAttribute_descriptor(), a); }
std::string GroundName(int g) { return Short(v1::WithholdGround_descriptor(), g); }
std::string OriginName(int o) { return Short(v1::DocumentOrigin_descriptor(), o); }
std::string StatusName(int s) { return Short(v1::SlipStatus_descriptor(), s); }

}  // namespace gongkai::slip
