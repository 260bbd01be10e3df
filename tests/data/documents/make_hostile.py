#!/usr/bin/env python3
"""Writes the hostile documents of docs/bad-input.md ("Published documents") into hostile/.

Standard library only; the same bytes on every run. Run it from anywhere; the files are checked
in, and tests/hardening/bad_input_test.cc reads them.
"""
import pathlib
import zipfile
import zlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "hostile"

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')


def docx(path, document_xml):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", document_xml)):
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main():
    OUT.mkdir(exist_ok=True)
    # A zip bomb: 20 MB of one character deflates about a thousandfold.
    docx(OUT / "zip-bomb.docx", "<w:document>" + " " * (20 << 20) + "</w:document>")
    # Billion laughs: entities that expand to 10^9 copies of "lol".
    lol = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
    docx(OUT / "billion-laughs.docx",
         '<?xml version="1.0"?><!DOCTYPE w:document [' + "".join(lol) + ']>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
    # The first half of a real fixture.
    whole = (HERE / "ooxml" / "report-2021.docx").read_bytes()
    (OUT / "truncated.docx").write_bytes(whole[: len(whole) // 2])
    pdf = (HERE / "pdf" / "wide.pdf").read_bytes()
    (OUT / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    # A real file whose table must be rebuilt (startxref points at nothing) and one of whose
    # object headers says 14205129: poppler sizes the rebuilt table by it (bench/pdf-cost.sh).
    renumbered = pdf.replace(b"\n646 0 obj", b"\n14205129 0 obj", 1)
    at = renumbered.rindex(b"startxref\n")
    (OUT / "xref-object-number.pdf").write_bytes(renumbered[:at] + b"startxref\n9\n%%EOF\n")
    (OUT / "xref-many-pages.pdf").write_bytes(pages_over_large_table(100, 1000000))
    # Not bounded yet (docs/import.md): bench/pdf-cost.sh measures them; no test reads them.
    (OUT / "unbounded-tounicode.pdf").write_bytes(fonts_sharing_a_wide_cmap(50))
    (OUT / "unbounded-deflate.pdf").write_bytes(deflated_content(256))


def pages_over_large_table(pages, size):
    """A valid PDF of `pages` pages of one word whose trailer says /Size `size`: poppler makes
    a table of `size` entries and copies it for every page (bench/pdf-cost.sh)."""
    content = b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + i) for i in range(pages)) +
               b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                b"/Resources << /Font << /F1 3 0 R >> >> >>"] * pages
    return pdf_file(objects, size)


def fonts_sharing_a_wide_cmap(fonts):
    """One page whose resources name `fonts` fonts, all with one 191-byte ToUnicode CMap that maps
    the 3-byte code <FFFFFF>: poppler loads every font of the page and gives each a table of 2^24
    entries (64 MB). Not bounded yet (docs/import.md): no test reads it; bench/pdf-cost.sh does."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /W def "
            b"1 begincodespacerange <000000> <FFFFFF> endcodespacerange "
            b"1 beginbfchar <FFFFFF> <0041> endbfchar endcmap end end")
    content = b"BT /F0 12 Tf 72 700 Td (Hello) Tj ET"
    names = b" ".join(b"/F%d %d 0 R" % (i, 6 + i) for i in range(fonts))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << " + names + b" >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"]
    objects += [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R >>"] * fonts
    return pdf_file(objects)


def deflated_content(megabytes):
    """One page whose content stream deflates about a thousandfold, to `megabytes` MB of spaces
    that poppler's lexer reads through. Not bounded yet, like the CMap above."""
    content = zlib.compress(b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET" + b" " * (megabytes << 20), 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content +
               b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    return pdf_file(objects)


def pdf_file(objects, size=None):
    """Numbers `objects` from 1 and writes them with a cross-reference table and a trailer whose
    /Size is `size` (by default, the true one)."""
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    size = len(objects) + 1 if size is None else size
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, table)

if __name__ == "__main__":
    main()
