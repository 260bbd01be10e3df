/*
 * gongkai/report.h: the annual report (政府信息公开工作年度报告): layouts, validation with
 * explanations, roll-up, import from a spreadsheet grid, and rendering.
 *
 * Reports are gongkai.v1.AnnualReport messages; findings come back as gongkai.v1.ValidationResult.
 * Every message argument is in the `format` the call names (gongkai_format, gongkai/common.h);
 * outputs use the same format. A stream of reports is length-delimited binary (a varint size
 * before each message) or JSON lines (one message per line).
 * Thread safety: the functions here may be called from any number of threads at once; so may
 * gongkai_report_validate with the same gongkai_validate_options, which must not be changed
 * (set_previous, set_members, free) while another thread uses it.
 */
#ifndef GONGKAI_REPORT_H_
#define GONGKAI_REPORT_H_

#include "gongkai/buffer.h"
#include "gongkai/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The ids of the built-in layouts ("2019", "2021"), sorted, each followed by "\n".
 * Returns GONGKAI_OK, or GONGKAI_INVALID_ARGUMENT if out is NULL. */
GONGKAI_API gongkai_code gongkai_layout_ids(gongkai_buffer** out);

/* The description of layout `id` (NUL-terminated) as a gongkai.v1.LayoutSpec: tables, keys,
 * statutory labels, value kinds, rules. An empty id with a year selects the layout in force
 * for that year. Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for a NULL out or id or an
 * unknown format; GONGKAI_NOT_FOUND for an unknown id or a year no layout covers. */
GONGKAI_API gongkai_code gongkai_layout_get(gongkai_buffer** out, gongkai_format format,
                                            const char* id, int year);

/* What a report is checked against besides itself; default: nothing. */
typedef struct gongkai_validate_options gongkai_validate_options;

/* A new, empty options object. Returns GONGKAI_OK, or GONGKAI_INVALID_ARGUMENT if out is
 * NULL. Free it with gongkai_validate_options_free. */
GONGKAI_API gongkai_code gongkai_validate_options_new(gongkai_validate_options** out);

/* Frees options; NULL does nothing. */
GONGKAI_API void gongkai_validate_options_free(gongkai_validate_options* options);

/* The same agency's report of the previous year, for the cross-year rules; replaces any
 * earlier one. Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT if options is NULL, the format is
 * unknown or the bytes are not a report (the options are then unchanged). */
GONGKAI_API gongkai_code gongkai_validate_options_set_previous(gongkai_validate_options* options,
                                                               gongkai_format format,
                                                               const uint8_t* report, size_t size);

/* The member reports a consolidated report must equal the sum of (the roll-up rule), as a
 * stream; replaces any earlier ones. An empty stream clears them. Errors as for
 * set_previous, naming the message of the stream that is wrong. */
GONGKAI_API gongkai_code gongkai_validate_options_set_members(gongkai_validate_options* options,
                                                              gongkai_format format,
                                                              const uint8_t* stream, size_t size);

/*
 * Checks a report against every rule of its layout and writes a gongkai.v1.ValidationResult
 * to *out: each finding with its rule id, severity, cells (key, statutory label, value),
 * expected and actual values and a one-line explanation in Chinese and English. A report that
 * breaks rules is not a failure: the result lists the findings and *error_count (if not NULL)
 * their number of errors. `options` may be NULL.
 * Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL out, a malformed report, previous
 * report or member (a key the layout lacks, a value of the wrong kind, a previous report not
 * of year-1, members of another year or layout); GONGKAI_NOT_FOUND for an unknown layout;
 * GONGKAI_OUT_OF_RANGE for a year outside 2019..2100 or a sum beyond 64 bits.
 */
GONGKAI_API gongkai_code gongkai_report_validate(gongkai_buffer** out, int* error_count,
                                                 const gongkai_validate_options* options,
                                                 gongkai_format format, const uint8_t* report,
                                                 size_t size);

/*
 * Merges a stream of reports of one year and layout into the consolidated report of
 * `parent` (a gongkai.v1.Agency): the cell-wise sum, member_ids listing the members,
 * narrative left empty. Merging is associative and commutative.
 * Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL out, an empty stream, a malformed
 * message, or reports of different years or layouts (naming the message); GONGKAI_OUT_OF_RANGE
 * when a sum exceeds 64 bits (naming the cell).
 */
GONGKAI_API gongkai_code gongkai_report_merge(gongkai_buffer** out, gongkai_format format,
                                              const uint8_t* parent, size_t parent_size,
                                              const uint8_t* reports, size_t reports_size);

/*
 * Reads one statutory table from the CSV grid a person copies out of a spreadsheet or a
 * published web page (`table` is "t2", "t3" or "t4"; `csv` is UTF-8, numbers only or with the
 * label columns) into `report`, and writes a gongkai.v1.ImportResult to *out: the report with
 * that table's cells replaced, and a warning for each variant of the published text accepted
 * (half-width brackets, thousands separators, full-width digits, blanks read as zero).
 * `source_name` (NUL-terminated, may be NULL) names the grid in provenance and messages.
 * Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL arguments, a malformed report, or a
 * grid of the wrong shape (the message says which line and how many cells were expected);
 * GONGKAI_NOT_FOUND for an unknown table or layout.
 */
GONGKAI_API gongkai_code gongkai_report_import_grid(gongkai_buffer** out, gongkai_format format,
                                                    const uint8_t* report, size_t report_size,
                                                    const char* table, const char* csv,
                                                    size_t csv_size, const char* source_name);

/*
 * Reads a whole published annual report: a saved web page, a Word (.docx) or Excel (.xlsx)
 * file, a PDF, or a CSV/text export, in UTF-8 or GB18030/GBK (docs/import.md). Finds tables
 * 二, 三 and 四 by their statutory labels, tells the layout from their shape and the agency and
 * year from the title, and writes a gongkai.v1.ImportResult to *out: the report (every cell's
 * provenance naming the table, row and column it was read from, the narrative sections), the
 * warnings (variants of the statutory text, the encoding, a layout not in force for the year),
 * and the document's format and title. `options` is a gongkai.v1.ImportOptions in `format`
 * (source name, document format, agency, year, layout), or NULL with options_size 0 for the
 * defaults. Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL arguments, malformed
 * options, a document that cannot be read or passes a reader's bound on hostile input (size,
 * zip ratio, nesting, a PDF's cross-reference table; the message says where and which), one
 * without a year in its title when none is given, or tables that no layout explains (the
 * message says, for each layout, which table was not found or which row did not read);
 * GONGKAI_NOT_FOUND for an unknown layout; GONGKAI_OUT_OF_RANGE for a year outside the
 * library's range. Not yet bounded: what poppler builds while it reads a PDF page, such as
 * streams that decode to gigabytes and fonts' ToUnicode maps (up to 64 MB a font; a 6.7 KB page
 * of 50 fonts takes 3.2 GB) (docs/import.md, "Hostile input"); import PDFs from untrusted
 * sources in a process with memory and time limits.
 */
GONGKAI_API gongkai_code gongkai_report_import_document(gongkai_buffer** out, gongkai_format format,
                                                        const uint8_t* options, size_t options_size,
                                                        const uint8_t* document,
                                                        size_t document_size);

/*
 * Compares the figures the report's narrative (overview, problems, other_matters) states with
 * the table cells they restate, and writes a gongkai.v1.ValidationResult of warnings (rules
 * "N-...", docs/import.md) to *out. Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL
 * arguments or a malformed report; GONGKAI_NOT_FOUND for an unknown layout.
 */
GONGKAI_API gongkai_code gongkai_report_check_narrative(gongkai_buffer** out, gongkai_format format,
                                                        const uint8_t* report, size_t size);

/* What gongkai_report_render writes. */
typedef enum gongkai_render_output GONGKAI_ENUM_BASE {
  GONGKAI_RENDER_TEXT = 1,         /* aligned for a terminal */
  GONGKAI_RENDER_MARKDOWN = 2,     /* GitHub-flavoured pipe tables */
  GONGKAI_RENDER_CSV = 3,          /* the numbers-only grids gongkai_report_import_grid reads */
  GONGKAI_RENDER_CSV_LABELS = 4,   /* the same grids with the row label cells first */
  GONGKAI_RENDER_JSON = 5,         /* the report in the protobuf JSON mapping */
  GONGKAI_RENDER_HTML = 6,         /* a fragment with the statutory merged cells */
  GONGKAI_RENDER_HTML_DOCUMENT = 7 /* a complete UTF-8 page */
} gongkai_render_output;

/*
 * Renders a report (in `format`) as `output`. The result is UTF-8 text in *out.
 * Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL out, an output outside
 * gongkai_render_output or a malformed report; GONGKAI_NOT_FOUND for an unknown layout.
 */
GONGKAI_API gongkai_code gongkai_report_render(gongkai_buffer** out, gongkai_format format,
                                               gongkai_render_output output, const uint8_t* report,
                                               size_t size);

#ifdef __cplusplus
}
#endif

#endif /* GONGKAI_REPORT_H_ */
