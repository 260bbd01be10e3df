// UTF-8 validation: for text that crosses the API (protobuf's own check is not public API), and
// for the wire reader (cases/aggregate/wire.h), which must refuse exactly the string fields
// protobuf refuses, at the speed of the rest of the reader. Well-formed is RFC 3629 (no
// overlongs, no surrogates, nothing above U+10FFFF), which is what protobuf 3.21's
// IsStructurallyValidUTF8 accepts (tests/common/utf8_test.cc compares them).
#ifndef GONGKAI_LIB_COMMON_UTF8_H_
#define GONGKAI_LIB_COMMON_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"

namespace gongkai {

// The byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or
// nullopt if `text` is valid.
std::optional<size_t> FindInvalidUtf8(absl::string_view text);

// The byte offset of the first ASCII control character (C0 or DEL, absl::ascii_iscntrl) of
// `text`, or nullopt: text that must stay one line, or travel as XML 1.0 or as a NUL-terminated C
// string, cannot carry one.
std::optional<size_t> FindAsciiControl(absl::string_view text);

// What NextCodePoint gives for a byte that does not start a complete sequence.
inline constexpr char32_t kNotUtf8 = 0xFFFFFFFF;

// The code point that starts at text[*i] (*i < text.size()), advancing *i past it. A byte that
// does not start a complete sequence yields kNotUtf8 and advances *i by one; overlongs and
// surrogates are decoded (for text that passed FindInvalidUtf8, or to measure any text).
char32_t NextCodePoint(absl::string_view text, size_t* i);

// Appends the UTF-8 form of `c` (at most U+10FFFF) to *out.
void AppendUtf8(char32_t c, std::string* out);

// `text` in double quotes, for a message that names an input: well-formed UTF-8 as it is, so a
// Chinese date or name stays readable; backslash, double and single quote, and \n \r \t as
// absl::CHexEscape writes them; other control characters (C0, DEL, C1) and every byte that is not
// part of well-formed UTF-8 as \xNN. Nothing a terminal would act on passes unescaped.
std::string QuoteForMessage(absl::string_view text);

// The escaping both QuoteForMessage and the CLI's words use: well-formed, printable UTF-8 as it
// is; control characters (C0, DEL, C1) and bytes not part of well-formed UTF-8 as \xNN. With
// `c_escapes`, backslash and quotes are escaped and \n \r \t written as C does (QuoteForMessage);
// without, only the backslash is doubled.
std::string EscapeUnprintable(absl::string_view text, bool c_escapes);

// Whether the `size` bytes at `text` are well-formed UTF-8. The bytes from `text` up to
// `readable_end` (>= text + size) may be read but do not count: the caller's buffer, so that
// the last block need not be copied. Vectorised (SSSE3, 16 bytes a step, port/utf8_ssse3.h)
// where port::HaveSsse3(), else IsWellFormedUtf8Scalar (off x86-64, on older CPUs, and under
// GONGKAI_PORTABLE, port/cpu.h).
bool IsWellFormedUtf8(const uint8_t* text, size_t size, const uint8_t* readable_end);

// The same, portably (FindInvalidUtf8): the fallback, and the reference for the vectorised path.
bool IsWellFormedUtf8Scalar(const uint8_t* text, size_t size);

}  // namespace gongkai

#endif  // GONGKAI_LIB_COMMON_UTF8_H_
