#include "document/html.h"

#include <gumbo.h>

#include <cstddef>
#include <cstdlib>
#include <new>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "document/html_charset.h"
#include "document/html_nesting.h"
#include "document/html_tree.h"

namespace gongkai::document {
namespace {

// Every block gumbo allocates during one parse, freed together when the arena goes.
// gumbo_destroy_output is not used: it frees the tree recursively, one C stack frame per level
// of nesting, and overflows a small thread stack on a page nested a few thousand deep.
class GumboArena {
 public:
  GumboArena() = default;
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;
  ~GumboArena() {
    while (blocks_ != nullptr) {
      Header* next = blocks_->next;
      std::free(blocks_);
      blocks_ = next;
    }
  }

  static void* Allocate(void* arena, size_t size) {
    auto* self = static_cast<GumboArena*>(arena);
    void* raw = std::malloc(sizeof(Header) + size);
    // Gumbo uses what it gets unchecked and cannot unwind an exception: it has no way to fail.
    if (raw == nullptr) std::abort();
    auto* header = new (raw) Header{nullptr, self->blocks_};
    if (self->blocks_ != nullptr) self->blocks_->prev = header;
    self->blocks_ = header;
    return header + 1;
  }

  static void Deallocate(void* arena, void* block) {
    if (block == nullptr) return;
    auto* self = static_cast<GumboArena*>(arena);
    Header* header = static_cast<Header*>(block) - 1;
    (header->prev != nullptr ? header->prev->next : self->blocks_) = header->next;
    if (header->next != nullptr) header->next->prev = header->prev;
    std::free(header);
  }

 private:
  // Before each block, keeping it aligned as malloc's own.
  struct alignas(std::max_align_t) Header {
    Header* prev;
    Header* next;
  };
  Header* blocks_ = nullptr;  // the newest first
};

}  // namespace

absl::StatusOr<Document> ReadHtml(absl::string_view bytes, const Limits& limits) {
  if (bytes.size() > limits.max_input_bytes) {
    return absl::InvalidArgumentError(absl::StrCat("html: ", bytes.size(),
                                                   " bytes, more than the limit of ",
                                                   limits.max_input_bytes, " (max_input_bytes)"));
  }
  if (bytes.size() > limits.max_html_bytes) {
    return absl::InvalidArgumentError(absl::StrCat("html: ", bytes.size(),
                                                   " bytes, more than the limit of ",
                                                   limits.max_html_bytes, " (max_html_bytes)"));
  }
  // Gumbo reads UTF-8 only: the charset is settled first, from the raw bytes.
  ASSIGN_OR_RETURN(Decoded decoded, DecodeHtml(bytes));
  ASSIGN_OR_RETURN(const std::string html, BoundNesting(decoded.utf8, limits.max_depth));
  Document doc;
  doc.format = Format::kHtml;
  if (!decoded.note.empty()) doc.notes.push_back(std::move(decoded.note));

  GumboArena arena;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &GumboArena::Allocate;
  options.deallocator = &GumboArena::Deallocate;
  options.userdata = &arena;
  // Parse errors are not read; gumbo copies its stack of open elements into each one it keeps.
  options.max_errors = 0;
  const GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  RETURN_IF_ERROR(ReadTree(output->document, limits, &doc));
  return doc;
}

}  // namespace gongkai::document
