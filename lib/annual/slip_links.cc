#include "annual/slip_links.h"

#include <algorithm>
#include <limits>
#include <new>
#include <utility>

namespace gongkai::annual {

void SlipLinks::Add(absl::string_view disclosure_id, absl::string_view slip_id,
                    v1::PublicAttribute attribute, bool published) {
  const size_t n = disclosure_id.size() + slip_id.size();
  // Ids of protobuf strings are under 2 GiB each, so their sizes fit; a chunk holds one link's
  // ids at least, so an offset does too.
  if (chunks_.empty() || chunks_.back().capacity() - chunks_.back().size() < n) {
    if (chunks_.size() >= std::numeric_limits<uint32_t>::max()) throw std::bad_alloc();
    std::string chunk;
    chunk.reserve(std::max(kChunk, n));
    chunks_.push_back(std::move(chunk));
  }
  std::string& text = chunks_.back();
  const size_t offset = text.size();
  text.append(disclosure_id.data(), disclosure_id.size());  // within the capacity: no allocation
  text.append(slip_id.data(), slip_id.size());
  try {
    entries_.push_back(Entry{static_cast<uint32_t>(chunks_.size() - 1),
                             static_cast<uint32_t>(offset),
                             static_cast<uint32_t>(disclosure_id.size()),
                             static_cast<uint32_t>(slip_id.size()), attribute, published});
  } catch (...) {
    text.resize(offset);
    throw;
  }
}

void SlipLinks::Append(const SlipLinks& other) {
  other.ForEach([&](const Link& link) {
    Add(link.disclosure_id, link.slip_id, link.attribute, link.published);
  });
}

void SlipLinks::Truncate(size_t size) noexcept {
  if (size >= entries_.size()) return;
  entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(size), entries_.end());
  if (entries_.empty()) {
    chunks_.clear();
    return;
  }
  const Entry& last = entries_.back();
  // Shrinking: neither allocates. The last chunk keeps its capacity for the next links.
  chunks_.erase(chunks_.begin() + last.chunk + 1, chunks_.end());
  chunks_.back().resize(last.offset + last.disclosure_size + last.slip_size);
}

}  // namespace gongkai::annual
