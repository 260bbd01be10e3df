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


if __name__ == "__main__":
    main()
