#include "document/pdf.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "common/utf8.h"
#include "document/pdf_layout.h"
#include "document/pdf_xref.h"

namespace gongkai::document {
namespace {

void Quiet(const std::string&, void*) {}

// poppler writes what it finds wrong with a file to stderr unless given a function for it;
// the stderr of the program embedding the library is not ours to write to. The function is
// poppler's process-wide setting, set once.
void SilencePoppler() {
  static const bool kSilenced = [] {
    poppler::set_debug_error_function(Quiet, nullptr);
    return true;
  }();
  (void)kSilenced;
}

// poppler's UTF-16 as UTF-8, with what is not text (an unpaired surrogate, a control
// character a damaged font maps to) as U+FFFD or a space, so that every text is valid UTF-8.
std::string Utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  const absl::string_view raw(bytes.data(), bytes.size());
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size();) {
    const size_t start = i;
    const char32_t c = NextCodePoint(raw, &i);
    if (c == kNotUtf8 || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
      AppendUtf8(0xFFFD, &out);
    } else if (c < 0x20 || c == 0x7F) {
      out.push_back(' ');
    } else {
      out.append(raw.data() + start, i - start);
    }
  }
  return out;
}

absl::StatusOr<Document> ReadUnguarded(absl::string_view bytes, const Limits& limits) {
  ASSIGN_OR_RETURN(const pdf::XrefClaim xref, pdf::LargestXrefClaim(bytes));
  if (xref.entries > limits.max_pdf_objects) {
    return absl::InvalidArgumentError(absl::StrCat(
        "pdf: byte ", xref.offset, ": \"", xref.text, "\" makes a cross-reference table of ",
        xref.entries, " entries, more than the limit of ", limits.max_pdf_objects,
        " (a damaged or hostile file)"));
  }
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (pdf == nullptr) {
    // Readers accept the header anywhere in the first kilobyte.
    if (bytes.substr(0, 1024).find("%PDF-") == absl::string_view::npos) {
      return absl::InvalidArgumentError("pdf: not a PDF (no %PDF- header)");
    }
    return absl::InvalidArgumentError(
        "pdf: damaged: poppler cannot open it (truncated, or its cross-reference table or "
        "trailer is broken)");
  }
  if (pdf->is_locked()) {
    return absl::InvalidArgumentError(
        "pdf: encrypted, and opening it needs a password; save an unprotected copy");
  }
  const int pages = pdf->pages();
  if (pages <= 0) return absl::InvalidArgumentError("pdf: the document has no pages");
  if (static_cast<size_t>(pages) > limits.max_pages) {
    return absl::InvalidArgumentError(
        absl::StrCat("pdf: ", pages, " pages, more than the limit of ", limits.max_pages));
  }
  if (xref.entries * pages > limits.max_pdf_xref_copies) {
    return absl::InvalidArgumentError(absl::StrCat(
        "pdf: ", pages, " pages and a cross-reference table of ", xref.entries, " entries (\"",
        xref.text, "\" at byte ", xref.offset, "): reading copies the table for every page, ",
        xref.entries * pages, " entries, more than the limit of ", limits.max_pdf_xref_copies));
  }
  Document doc;
  doc.format = Format::kPdf;
  doc.title = NormalizeSpace(Utf8(pdf->get_title()));
  if (pdf->is_encrypted()) {
    doc.notes.push_back(
        "the PDF is encrypted without a password to open it (its owner restricted copying or "
        "printing); its text was read all the same");
  }
  pdf::Carry carry;
  for (int p = 0; p < pages; ++p) {
    std::unique_ptr<poppler::page> page(pdf->create_page(p));
    if (page == nullptr) {
      return absl::InvalidArgumentError(
          absl::StrCat("pdf page ", p + 1, ": damaged, poppler cannot read it"));
    }
    std::vector<pdf::Word> page_words;
    for (const poppler::text_box& box : page->text_list()) {
      const poppler::rectf r = box.bbox();
      page_words.push_back(
          {r.left(), r.top(), r.right(), r.bottom(), Utf8(box.text()), box.has_space_after()});
    }
    RETURN_IF_ERROR(pdf::AddPage(p + 1, std::move(page_words), limits, &doc, &carry));
  }
  if (doc.blocks.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "pdf: no text layer ",
        pages == 1 ? "on its one page" : absl::StrCat("on any of its ", pages, " pages"),
        " (a scan?); a scanned report needs text recognition (OCR) first"));
  }
  return doc;
}

}  // namespace

absl::StatusOr<Document> ReadPdf(absl::string_view bytes, const Limits& limits) {
  if (bytes.size() > limits.max_input_bytes || bytes.size() > INT_MAX) {
    return absl::InvalidArgumentError(
        absl::StrCat("pdf: ", bytes.size(), " bytes, more than the limit of ",
                     std::min<size_t>(limits.max_input_bytes, INT_MAX)));
  }
  SilencePoppler();
  // poppler reports failure by returning null, but it allocates, and a C++ library may throw:
  // nothing may escape to the caller.
  try {
    return ReadUnguarded(bytes, limits);
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError("pdf: out of memory while reading the document");
  } catch (const std::exception& e) {
    return absl::InvalidArgumentError(absl::StrCat("pdf: poppler failed: ", e.what()));
  } catch (...) {
    return absl::InvalidArgumentError("pdf: poppler failed");
  }
}

}  // namespace gongkai::document
