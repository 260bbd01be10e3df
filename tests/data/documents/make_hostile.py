#!/usr/bin/env python3
"""Writes the hostile documents of docs/bad-input.md ("Published documents") into hostile/.

Standard library only; the same bytes on every run. Run it from anywhere; the files are checked
in, and tests/hardening/bad_input_test.cc reads them.
"""
import pathlib
import zipfile

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
    # object headers says 14205129: poppler sizes the rebuilt table by it (1.1 GB, 14 s).
    renumbered = pdf.replace(b"\n646 0 obj", b"\n14205129 0 obj", 1)
    at = renumbered.rindex(b"startxref\n")
    (OUT / "xref-object-number.pdf").write_bytes(renumbered[:at] + b"startxref\n9\n%%EOF\n")
    (OUT / "xref-many-pages.pdf").write_bytes(pages_over_large_table(100, 1000000))


def pages_over_large_table(pages, size):
    """A valid PDF of `pages` pages of one word whose trailer says /Size `size`: poppler makes
    a table of `size` entries and copies it for every page (13 s for 100 pages and 1000000)."""
    content = b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + i) for i in range(pages)) +
               b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                b"/Resources << /Font << /F1 3 0 R >> >> >>"] * pages
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, table)


if __name__ == "__main__":
    main()
