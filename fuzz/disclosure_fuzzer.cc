// The disclosure module: gongkai_disclosure_check and _timeliness, the 索引号 registry
// (gongkai_index_registry_new with a scheme, _add, _next), the issuance slip
// (gongkai_slip_replay and _apply_event with workflow streams) and gongkai_remedy_check.
//
// Input: selector, then parts. Selector bit 0: JSON or binary; bits 1-3: the operation.
//   0 disclosure check and timeliness: RECORD \ AS_OF (text)
//   1 registry: SCHEME \ DATE \ INDEX \ INDEX ... (each part added, or used for next when
//     it is empty)
//   2 slip replay: SLIP \ WORKFLOWS          3 slip apply_event: SLIP \ EVENT \ WORKFLOWS
//   4 remedy check: RECORD                   5-7 as 0-2 with the other parts empty
// Promises checked beyond fuzz_support.h: an index accepted once is refused the second time
// (ALREADY_EXISTS), and so is one next() made; a slip apply_event makes replays.
#include <string>

#include "fuzz_support.h"

namespace {

using gongkai::fuzz::Bytes;
using gongkai::fuzz::CallForBuffer;
using gongkai::fuzz::Checked;
using gongkai::fuzz::Fail;
using gongkai::fuzz::National;

void Disclosure(gongkai_format format, const std::string& record, const std::string& as_of) {
  Checked(gongkai_disclosure_check(format, Bytes(record), record.size()),
          "gongkai_disclosure_check");
  CallForBuffer(
      "gongkai_disclosure_timeliness",
      [&](gongkai_buffer** out) {
        return gongkai_disclosure_timeliness(out, National(), nullptr, format, Bytes(record),
                                             record.size(),
                                             as_of.empty() ? "2025-12-31" : as_of.c_str());
      },
      nullptr);
}

void Registry(gongkai_format format, gongkai::fuzz::Input& in) {
  const std::string scheme = in.Part();
  const std::string date = in.Part();
  gongkai_index_registry* r = nullptr;
  if (Checked(gongkai_index_registry_new(&r, format, scheme.empty() ? nullptr : Bytes(scheme),
                                         scheme.size()),
              "gongkai_index_registry_new") != GONGKAI_OK) {
    return;
  }
  for (int i = 0; i < 64; ++i) {
    const std::string index = in.Part();
    const std::string owner = "record-" + std::to_string(i);
    if (index.empty()) {
      std::string made;
      if (CallForBuffer(
              "gongkai_index_registry_next",
              [&](gongkai_buffer** out) {
                return gongkai_index_registry_next(out, r, date.c_str(), owner.c_str());
              },
              &made) != GONGKAI_OK) {
        if (date.empty()) break;
        continue;
      }
      if (made.empty()) Fail("gongkai_index_registry_next", "made an empty index");
      // A scheme with a control character is refused, so every index made is a C string.
      if (made.find('\0') != std::string::npos)
        Fail("gongkai_index_registry_next", "made an index with a NUL");
      if (Checked(gongkai_index_registry_add(r, made.c_str(), "again"),
                  "gongkai_index_registry_add") != GONGKAI_ALREADY_EXISTS) {
        Fail("gongkai_index_registry_next", "made an index that is not recorded");
      }
      continue;
    }
    if (Checked(gongkai_index_registry_add(r, index.c_str(), owner.c_str()),
                "gongkai_index_registry_add") == GONGKAI_OK) {
      if (Checked(gongkai_index_registry_add(r, index.c_str(), "again"),
                  "gongkai_index_registry_add") != GONGKAI_ALREADY_EXISTS) {
        Fail("gongkai_index_registry_add", "accepted an index twice");
      }
    }
  }
  gongkai_index_registry_free(r);
}

gongkai_code Replay(gongkai_format format, const std::string& slip, const std::string& workflows) {
  return CallForBuffer(
      "gongkai_slip_replay",
      [&](gongkai_buffer** out) {
        return gongkai_slip_replay(out, format, Bytes(slip), slip.size(),
                                   workflows.empty() ? nullptr : Bytes(workflows),
                                   workflows.size());
      },
      nullptr);
}

void ApplySlipEvent(gongkai_format format, const std::string& slip, const std::string& event,
                    const std::string& workflows) {
  std::string next;
  if (CallForBuffer(
          "gongkai_slip_apply_event",
          [&](gongkai_buffer** out) {
            return gongkai_slip_apply_event(
                out, format, Bytes(slip), slip.size(), Bytes(event), event.size(),
                workflows.empty() ? nullptr : Bytes(workflows), workflows.size());
          },
          &next) != GONGKAI_OK) {
    return;
  }
  if (Replay(format, next, workflows) != GONGKAI_OK) {
    Fail("slip apply_event made a slip replay refuses", gongkai_last_error_message());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::Input in(data, size);
  const uint8_t selector = in.Byte();
  const gongkai_format format = gongkai::fuzz::FormatOf(selector);
  switch ((selector >> 1) & 7) {
    case 0: {
      const std::string record = in.Part();
      Disclosure(format, record, in.Rest());
      break;
    }
    case 1:
      Registry(format, in);
      break;
    case 2: {
      const std::string slip = in.Part();
      Replay(format, slip, in.Rest());
      break;
    }
    case 3: {
      const std::string slip = in.Part();
      const std::string event = in.Part();
      ApplySlipEvent(format, slip, event, in.Rest());
      break;
    }
    case 4: {
      const std::string record = in.Rest();
      Checked(gongkai_remedy_check(format, Bytes(record), record.size()), "gongkai_remedy_check");
      break;
    }
    case 5:
      Disclosure(format, in.Rest(), std::string());
      break;
    case 6:
      Replay(format, in.Rest(), std::string());
      break;
    default: {
      const std::string slip = in.Part();
      ApplySlipEvent(format, slip, in.Rest(), std::string());
      break;
    }
  }
  return 0;
}
