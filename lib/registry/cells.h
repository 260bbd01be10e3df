// A version's compact cells: its figures in layout order as a small blob stored beside the
// report, so that roll-up, diff and status never parse a protobuf report. The blob is the
// layout id (varint length, bytes), then per cell of the layout one byte, present (bit 0) |
// unit (bits 1-2) | scale (bits 3-5), followed for a present cell by its units as a zigzag
// varint; then the report's member_ids (a varint count, each as varint length and bytes), which
// a roll-up of consolidated reports lists as Merge does.
#ifndef GONGKAI_LIB_REGISTRY_CELLS_H_
#define GONGKAI_LIB_REGISTRY_CELLS_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "report/figures.h"

namespace gongkai::registry {

std::string EncodeCells(const report::Figures& figures,
                        const google::protobuf::RepeatedPtrField<std::string>& member_ids);

// Into *f, whose vectors are reused (provenance left empty). DataLoss for a blob that does not
// decode (the store was altered); NotFound for a layout this library does not know.
// `member_ids` may be nullptr when they are not wanted.
absl::Status DecodeCells(absl::string_view blob, report::Figures* f,
                         std::vector<std::string>* member_ids = nullptr);

}  // namespace gongkai::registry

#endif  // GONGKAI_LIB_REGISTRY_CELLS_H_
