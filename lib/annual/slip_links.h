// The disclosures that name an issuance slip, kept compact until Finish checks them.
#ifndef GONGKAI_LIB_ANNUAL_SLIP_LINKS_H_
#define GONGKAI_LIB_ANNUAL_SLIP_LINKS_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gongkai/v1/disclosure.pb.h"

namespace gongkai::annual {

// The links in the order added. A big agency has hundreds of thousands: each takes 24 bytes and
// its two ids' bytes, in 64 KiB chunks of text that grow one at a time, where a vector of
// structs holding two std::strings took 72 bytes and doubled (docs/performance.md, "Streaming").
class SlipLinks {
 public:
  struct Link {
    absl::string_view disclosure_id;
    absl::string_view slip_id;
    v1::PublicAttribute attribute;
    bool published;
  };

  // Appends a link. If an allocation fails (std::bad_alloc), nothing is appended.
  void Add(absl::string_view disclosure_id, absl::string_view slip_id,
           v1::PublicAttribute attribute, bool published);
  // Appends every link of `other`, in its order.
  void Append(const SlipLinks& other);
  // Keeps the first `size` links. Allocates nothing (it undoes a stream that ran out of memory).
  void Truncate(size_t size) noexcept;
  size_t size() const { return entries_.size(); }

  // Calls visit(const Link&) for each link in order; the views live until the next change.
  template <typename Visit>
  void ForEach(Visit visit) const {
    for (const Entry& e : entries_) {
      const absl::string_view text(chunks_[e.chunk]);
      visit(Link{text.substr(e.offset, e.disclosure_size),
                 text.substr(e.offset + e.disclosure_size, e.slip_size), e.attribute, e.published});
    }
  }

 private:
  static constexpr size_t kChunk = 64 * 1024;
  struct Entry {
    uint32_t chunk;  // index in chunks_
    uint32_t offset;
    uint32_t disclosure_size;  // then the slip id, right after
    uint32_t slip_size;
    v1::PublicAttribute attribute;
    bool published;
  };
  std::deque<Entry> entries_;  // grows by blocks, never moving what it holds
  std::vector<std::string> chunks_;
};

}  // namespace gongkai::annual

#endif  // GONGKAI_LIB_ANNUAL_SLIP_LINKS_H_
