// The wire-compatibility gate of the protobuf schemas (docs/api-stability.md; how to update the
// baseline: docs/hardening.md, "Proto compatibility"). Compares the schemas compiled into the
// library (the generated descriptor pool) with the descriptor set of the last release kept in
// tests/hardening/proto_baseline.binpb, and lists every change a stored record or an older
// reader would notice:
//  - a file, message, enum, field or enum value of the baseline that is gone, unless its number
//    (and name) is now reserved;
//  - a field whose name, type, message or enum type, label (repeated or not), oneof or JSON
//    name changed; an enum value renamed;
//  - a reserved number range or name of the baseline that is no longer reserved;
//  - an enum whose value 0 is not *_UNSPECIFIED (the project's rule for every enum).
// New files, messages, fields and values are compatible and are not reported.
//
// Usage: gongkai_proto_compat BASELINE            exit 0 when compatible, 1 listing each change
//        gongkai_proto_compat --self-test BASELINE the gate itself: a baseline with a field the
//                                                  schemas lack must be reported by name
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "google/protobuf/descriptor.h"
#include "google/protobuf/descriptor.pb.h"

// Links the generated code of every .proto file (gongkai_proto, whole archive via gongkai_core).
namespace pb = google::protobuf;

namespace {

std::vector<std::string> problems;

void Problem(const std::string& what) { problems.push_back(what); }

bool Reserved(const pb::Descriptor& d, int number) { return d.IsReservedNumber(number); }

std::string FieldType(const pb::FieldDescriptorProto& f) {
  std::string t = pb::FieldDescriptorProto::Type_Name(f.type());
  if (!f.type_name().empty()) t += " " + f.type_name().substr(f.type_name()[0] == '.' ? 1 : 0);
  return t;
}

std::string FieldType(const pb::FieldDescriptor& f) {
  pb::FieldDescriptorProto p;
  f.CopyTo(&p);
  if (f.message_type() != nullptr) p.set_type_name(f.message_type()->full_name());
  if (f.enum_type() != nullptr) p.set_type_name(f.enum_type()->full_name());
  return FieldType(p);
}

// The oneof a baseline field belongs to ("" for none; proto3 `optional` is its own kind).
std::string OneofOf(const pb::DescriptorProto& m, const pb::FieldDescriptorProto& f) {
  if (!f.has_oneof_index()) return "";
  if (f.proto3_optional()) return "(optional)";
  return m.oneof_decl(f.oneof_index()).name();
}
std::string OneofOf(const pb::FieldDescriptor& f) {
  if (f.has_optional_keyword() && f.containing_oneof() != nullptr &&
      f.containing_oneof()->is_synthetic()) {
    return "(optional)";
  }
  return f.containing_oneof() == nullptr ? "" : f.containing_oneof()->name();
}

void CompareEnum(const pb::EnumDescriptorProto& old_enum, const std::string& full_name) {
  const pb::EnumDescriptor* now =
      pb::DescriptorPool::generated_pool()->FindEnumTypeByName(full_name);
  if (now == nullptr) {
    Problem("enum " + full_name + " was removed");
    return;
  }
  for (const pb::EnumValueDescriptorProto& v : old_enum.value()) {
    const pb::EnumValueDescriptor* current = now->FindValueByNumber(v.number());
    const std::string where = full_name + "." + v.name() + " (" + std::to_string(v.number()) + ")";
    if (current == nullptr) {
      if (!now->IsReservedNumber(v.number()) || !now->IsReservedName(v.name())) {
        Problem("enum value " + where + " was removed without reserving its number and name");
      }
      continue;
    }
    if (current->name() != v.name())
      Problem("enum value " + where + " was renamed to " + current->name());
  }
  for (const pb::EnumDescriptorProto::EnumReservedRange& r : old_enum.reserved_range()) {
    for (int n = r.start(); n <= r.end(); ++n) {  // enum ranges are inclusive
      if (!now->IsReservedNumber(n)) {
        Problem("enum " + full_name + ": number " + std::to_string(n) + " is no longer reserved");
        break;
      }
    }
  }
  for (const std::string& name : old_enum.reserved_name()) {
    if (!now->IsReservedName(name))
      Problem("enum " + full_name + ": name " + name + " is no longer reserved");
  }
}

void CompareMessage(const pb::DescriptorProto& old_message, const std::string& full_name) {
  const pb::Descriptor* now =
      pb::DescriptorPool::generated_pool()->FindMessageTypeByName(full_name);
  if (now == nullptr) {
    Problem("message " + full_name + " was removed");
    return;
  }
  for (const pb::FieldDescriptorProto& f : old_message.field()) {
    const std::string where =
        full_name + "." + f.name() + " (field " + std::to_string(f.number()) + ")";
    const pb::FieldDescriptor* current = now->FindFieldByNumber(f.number());
    if (current == nullptr) {
      if (!Reserved(*now, f.number()) || !now->IsReservedName(f.name())) {
        Problem("field " + where + " was removed without reserving its number and name");
      }
      continue;
    }
    if (current->name() != f.name())
      Problem("field " + where + " was renamed to " + current->name());
    if (FieldType(*current) != FieldType(f)) {
      Problem("field " + where + ": type changed from " + FieldType(f) + " to " +
              FieldType(*current));
    }
    const bool was_repeated = f.label() == pb::FieldDescriptorProto::LABEL_REPEATED;
    if (current->is_repeated() != was_repeated) {
      Problem("field " + where + (was_repeated ? ": no longer repeated" : ": now repeated"));
    }
    if (OneofOf(*current) != OneofOf(old_message, f)) {
      Problem("field " + where + ": oneof changed from \"" + OneofOf(old_message, f) + "\" to \"" +
              OneofOf(*current) + "\"");
    }
    if (f.has_json_name() && current->json_name() != f.json_name()) {
      Problem("field " + where + ": JSON name changed from " + f.json_name() + " to " +
              current->json_name());
    }
  }
  for (const pb::DescriptorProto::ReservedRange& r : old_message.reserved_range()) {
    for (int n = r.start(); n < r.end(); ++n) {  // message ranges are end-exclusive
      if (!now->IsReservedNumber(n)) {
        Problem("message " + full_name + ": field number " + std::to_string(n) +
                " is no longer reserved");
        break;
      }
    }
  }
  for (const std::string& name : old_message.reserved_name()) {
    if (!now->IsReservedName(name))
      Problem("message " + full_name + ": name " + name + " is no longer reserved");
  }
  for (const pb::DescriptorProto& nested : old_message.nested_type()) {
    CompareMessage(nested, full_name + "." + nested.name());
  }
  for (const pb::EnumDescriptorProto& e : old_message.enum_type())
    CompareEnum(e, full_name + "." + e.name());
}

// The project's rule for every enum of the current schemas: value 0 is <PREFIX>_UNSPECIFIED.
void CheckUnspecified(const pb::EnumDescriptor& e) {
  const pb::EnumValueDescriptor* zero = e.FindValueByNumber(0);
  if (zero == nullptr || zero->name().size() < 12 ||
      zero->name().compare(zero->name().size() - 12, 12, "_UNSPECIFIED") != 0 ||
      e.value(0) != zero) {
    Problem("enum " + e.full_name() + ": the first value must be *_UNSPECIFIED = 0");
  }
}
void CheckUnspecified(const pb::Descriptor& d) {
  for (int i = 0; i < d.enum_type_count(); ++i) CheckUnspecified(*d.enum_type(i));
  for (int i = 0; i < d.nested_type_count(); ++i) CheckUnspecified(*d.nested_type(i));
}

void Compare(const pb::FileDescriptorSet& baseline) {
  std::set<std::string> files;
  for (const pb::FileDescriptorProto& file : baseline.file()) {
    if (file.package() != "gongkai.v1") continue;  // imports of other packages, if any
    files.insert(file.name());
    const pb::FileDescriptor* now =
        pb::DescriptorPool::generated_pool()->FindFileByName(file.name());
    if (now == nullptr) {
      Problem("file " + file.name() + " was removed (or is no longer compiled into the library)");
      continue;
    }
    const std::string prefix = file.package() + ".";
    for (const pb::DescriptorProto& m : file.message_type()) CompareMessage(m, prefix + m.name());
    for (const pb::EnumDescriptorProto& e : file.enum_type()) CompareEnum(e, prefix + e.name());
    for (int i = 0; i < now->enum_type_count(); ++i) CheckUnspecified(*now->enum_type(i));
    for (int i = 0; i < now->message_type_count(); ++i) CheckUnspecified(*now->message_type(i));
  }
  if (files.empty()) Problem("the baseline describes no gongkai.v1 file");
}

bool Load(const char* path, pb::FileDescriptorSet* set) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return in && set->ParseFromString(bytes.str());
}

}  // namespace

int main(int argc, char** argv) {
  const bool self_test = argc == 3 && std::string(argv[1]) == "--self-test";
  if (argc != 2 && !self_test) {
    std::fprintf(stderr, "usage: %s [--self-test] BASELINE.binpb\n", argv[0]);
    return 2;
  }
  pb::FileDescriptorSet baseline;
  if (!Load(argv[argc - 1], &baseline)) {
    std::fprintf(stderr, "proto compat: cannot read the descriptor set %s\n", argv[argc - 1]);
    return 2;
  }
  if (self_test) {
    // A field the schemas lack, and a value of an enum: both must be reported by name.
    for (pb::FileDescriptorProto& file : *baseline.mutable_file()) {
      for (pb::DescriptorProto& m : *file.mutable_message_type()) {
        if (m.name() == "Agency") {
          pb::FieldDescriptorProto* f = m.add_field();
          f->set_name("removed_for_test");
          f->set_number(99);
          f->set_type(pb::FieldDescriptorProto::TYPE_STRING);
          f->set_label(pb::FieldDescriptorProto::LABEL_OPTIONAL);
          m.mutable_field(0)->set_type(
              pb::FieldDescriptorProto::TYPE_BYTES);  // Agency.id: string -> bytes
        }
      }
      for (pb::EnumDescriptorProto& e : *file.mutable_enum_type()) {
        if (e.name() == "AgencyLevel") {
          pb::EnumValueDescriptorProto* v = e.add_value();
          v->set_name("AGENCY_LEVEL_REMOVED_FOR_TEST");
          v->set_number(77);
        }
      }
    }
    Compare(baseline);
    const std::string expected[] = {
        "gongkai.v1.Agency.removed_for_test (field 99) was removed",
        "gongkai.v1.Agency.id (field 1): type changed from TYPE_BYTES to TYPE_STRING",
        "gongkai.v1.AgencyLevel.AGENCY_LEVEL_REMOVED_FOR_TEST (77) was removed"};
    int missing = 0;
    for (const std::string& e : expected) {
      bool found = false;
      for (const std::string& p : problems) found |= p.find(e) != std::string::npos;
      if (!found) {
        std::fprintf(stderr, "proto compat self-test: not reported: %s\n", e.c_str());
        ++missing;
      }
    }
    std::printf("proto compat self-test: %zu changes reported, %d expected ones missing\n",
                problems.size(), missing);
    return missing == 0 && problems.size() == 3 ? 0 : 1;
  }
  Compare(baseline);
  for (const std::string& p : problems) std::fprintf(stderr, "proto compat: %s\n", p.c_str());
  if (!problems.empty()) {
    std::fprintf(
        stderr,
        "%zu incompatible change(s) against %s. Wire compatibility is ABI: reserve removed numbers "
        "and names, never change a field's type or number (docs/api-stability.md).\n",
        problems.size(), argv[1]);
    return 1;
  }
  int messages = 0;
  for (const pb::FileDescriptorProto& file : baseline.file()) messages += file.message_type_size();
  std::printf("proto compat: %d files, %d top-level messages compatible with the baseline\n",
              baseline.file_size(), messages);
  return 0;
}
