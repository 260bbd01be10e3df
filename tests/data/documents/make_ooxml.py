#!/usr/bin/env python3
"""Writes ooxml/report-2021.docx and ooxml/report-2021.xlsx: the three statutory tables of a
2021-layout annual report (labels as /work/shared/spec/tables.md gives them; made-up numbers
that balance), with merged cells as Word and Excel users make them, in packages laid out as Word
and Excel write them. The C++ tests (tests/document/ooxml_fixture_test.cc) read both files and
expect the same grids. Deterministic: run it again and the bytes are the same.

Usage: python3 make_ooxml.py [OUTPUT_DIR]   (default: the ooxml folder beside this script)
"""

import os
import sys
import zipfile
from xml.sax.saxutils import escape

AGENCY = "示例市市场监督管理局"
TITLE = AGENCY + "2021年政府信息公开工作年度报告"

# ---- The grids: rows of (text, rowspan, colspan), each row listing the cells that start in it,
# ---- as an HTML table lists them. Numbers are strings as printed.

T3_COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
T3_LEAVES = [  # (group or None, label, counts by applicant column)
    (None, "（一）予以公开", [40, 3, 0, 1, 2, 0]),
    (None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [5, 1, 0, 0, 0, 0]),
    ("（三）不予公开", "1.属于国家秘密", [0, 0, 0, 0, 0, 0]),
    ("（三）不予公开", "2.其他法律行政法规禁止公开", [0, 0, 0, 0, 0, 0]),
    ("（三）不予公开", "3.危及“三安全一稳定”", [0, 0, 0, 0, 0, 0]),
    ("（三）不予公开", "4.保护第三方合法权益", [2, 0, 0, 0, 0, 0]),
    ("（三）不予公开", "5.属于三类内部事务信息", [0, 0, 0, 0, 0, 0]),
    ("（三）不予公开", "6.属于四类过程性信息", [1, 0, 0, 0, 0, 0]),
    ("（三）不予公开", "7.属于行政执法案卷", [0, 1, 0, 0, 0, 0]),
    ("（三）不予公开", "8.属于行政查询事项", [0, 0, 0, 0, 0, 0]),
    ("（四）无法提供", "1.本机关不掌握相关政府信息", [12, 1, 0, 0, 0, 1]),
    ("（四）无法提供", "2.没有现成信息需要另行制作", [3, 0, 0, 0, 0, 0]),
    ("（四）无法提供", "3.补正后申请内容仍不明确", [1, 0, 0, 0, 0, 0]),
    ("（五）不予处理", "1.信访举报投诉类申请", [4, 0, 0, 0, 0, 0]),
    ("（五）不予处理", "2.重复申请", [2, 0, 0, 0, 0, 0]),
    ("（五）不予处理", "3.要求提供公开出版物", [0, 0, 0, 0, 0, 0]),
    ("（五）不予处理", "4.无正当理由大量反复申请", [0, 0, 0, 0, 0, 0]),
    ("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", [1, 0, 0, 0, 0, 0]),
    ("（六）其他处理",
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", [1, 0, 0, 0, 0, 0]),
    ("（六）其他处理",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", [0, 0, 0, 0, 0, 0]),
    ("（六）其他处理", "3.其他", [2, 0, 0, 0, 0, 0]),
]
T3_CARRIED_OVER = [3, 0, 0, 0, 0, 0]
T3_CARRIED_FORWARD = [5, 1, 0, 0, 0, 0]


def with_total(counts):
    return counts + [sum(counts)]


def table2():
    rows = []
    sections = [
        ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
         [("规章", ["1", "0", "12"]), ("行政规范性文件", ["5", "2", "37"])]),
        ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", ["1520"])]),
        ("第二十条第（六）项", ["本年处理决定数量"], [("行政处罚", ["86"]), ("行政强制", ["4"])]),
        ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", ["12.5"])]),
    ]
    for label, columns, data in sections:
        rows.append([(label, 1, 4)])
        # A one-column section's column stretches over the table's three value columns.
        stretch = 3 - len(columns) + 1
        rows.append([("信息内容", 1, 1)] + [(c, 1, stretch if i == len(columns) - 1 else 1)
                                          for i, c in enumerate(columns)])
        for row_label, values in data:
            rows.append([(row_label, 1, 1)] + [(v, 1, stretch if i == len(values) - 1 else 1)
                                               for i, v in enumerate(values)])
    return rows


def table3():
    total = [sum(leaf[2][c] for leaf in T3_LEAVES) for c in range(6)]
    new = [total[c] + T3_CARRIED_FORWARD[c] - T3_CARRIED_OVER[c] for c in range(6)]
    number = lambda counts: [(str(n), 1, 1) for n in with_total(counts)]
    rows = [
        [("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
         ("申请人情况", 1, 7)],
        [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
        [(c, 1, 1) for c in T3_COLUMNS[1:]],
        [("一、本年新收政府信息公开申请数量", 1, 3)] + number(new),
        [("二、上年结转政府信息公开申请数量", 1, 3)] + number(T3_CARRIED_OVER),
    ]
    groups = {}
    for group, _, _ in T3_LEAVES:
        groups[group] = groups.get(group, 0) + 1
    for i, (group, label, counts) in enumerate(T3_LEAVES):
        row = [("三、本年度办理结果", len(T3_LEAVES) + 1, 1)] if i == 0 else []
        if group is None:
            row.append((label, 1, 2))
        else:
            if T3_LEAVES[i - 1][0] != group:
                row.append((group, groups[group], 1))
            row.append((label, 1, 1))
        rows.append(row + number(counts))
    rows.append([("（七）总计", 1, 2)] + number(total))
    rows.append([("四、结转下年度继续办理", 1, 3)] + number(T3_CARRIED_FORWARD))
    return rows


def table4():
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    groups = [[2, 1, 0, 1], [1, 0, 0, 1], [0, 1, 0, 0]]
    return [
        [("行政复议", 1, 5), ("行政诉讼", 1, 10)],
        [(r, 2, 1) for r in results] + [("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5)],
        [(r, 1, 1) for r in results * 2],
        [(str(n), 1, 1) for g in groups for n in with_total(g)],
    ]


TABLES = [
    ("二、主动公开政府信息情况", "表二", table2()),
    ("三、收到和处理政府信息公开申请情况", "表三", table3()),
    ("四、政府信息公开行政复议、行政诉讼情况", "表四", table4()),
]


def place(rows):
    """The grid positions of `rows`: [(row, column, text, rowspan, colspan)]."""
    taken = set()
    placed = []
    for r, row in enumerate(rows):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in taken:
                c += 1
            placed.append((r, c, text, rowspan, colspan))
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken.add((r + dr, c + dc))
            c += colspan
    return placed


def width(rows):
    return max(c + colspan for _, c, _, _, colspan in place(rows))


# ---- Shared package pieces.

FIXED_TIME = (2022, 1, 20, 9, 30, 0)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def write_zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def relationships(rels):
    body = "".join('<Relationship Id="rId%d" Type="%s" Target="%s"/>' % (i + 1, t, target)
                   for i, (t, target) in enumerate(rels))
    return XML_HEAD + '<Relationships xmlns="%s">%s</Relationships>' % (PKG_REL, body)


def content_types(overrides):
    return (XML_HEAD +
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' +
            "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides) +
            "</Types>")


def core_properties(title):
    return (XML_HEAD +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            "<dc:title>%s</dc:title><dc:creator>办公室</dc:creator>"
            "<cp:lastModifiedBy>办公室</cp:lastModifiedBy>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2022-01-20T09:30:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2022-01-20T09:30:00Z</dcterms:modified>'
            "</cp:coreProperties>" % escape(title))


def app_properties(application):
    return (XML_HEAD +
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
            'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
            'docPropsVTypes"><Application>%s</Application></Properties>' % application)


CORE_REL = PKG_REL + "/metadata/core-properties"
APP_REL = DOC_REL + "/extended-properties"
CORE_TYPE = ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
APP_TYPE = ("/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml")


# ---- Word.

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def runs(text, size=None):
    """`text` as Word keeps it: a long text in two runs (Word splits runs as it is edited)."""
    rpr = '<w:rPr><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (size, size) if size else ""
    parts = [text[:len(text) // 2], text[len(text) // 2:]] if len(text) > 12 else [text]
    return "".join('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(p))
                   for p in parts if p)


def paragraph(text, style=None, center=False, size=None):
    ppr = ""
    if style or center:
        ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "",
                                       '<w:jc w:val="center"/>' if center else "")
    return "<w:p>%s%s</w:p>" % (ppr, runs(text, size) if text else "")


def word_table(rows, widths):
    placed = place(rows)
    owner = {}
    for p in placed:
        r, c, _, rowspan, colspan = p
        for dr in range(rowspan):
            for dc in range(colspan):
                owner[(r + dr, c + dc)] = p
    borders = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % side
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    xml = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
           '<w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>%s</w:tblGrid>' %
           (borders, "".join('<w:gridCol w:w="%d"/>' % w for w in widths)))
    for r in range(len(rows)):
        xml += "<w:tr>"
        c = 0
        while c < len(widths):
            pr, pc, text, rowspan, colspan = owner[(r, c)]
            width_twips = sum(widths[pc:pc + colspan])
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % width_twips
            if colspan > 1:
                tcpr += '<w:gridSpan w:val="%d"/>' % colspan
            if rowspan > 1:
                # Word's vertical merge: "restart" in the first row, a bare w:vMerge below.
                tcpr += '<w:vMerge w:val="restart"/>' if pr == r else "<w:vMerge/>"
            tcpr += '<w:vAlign w:val="center"/>'
            content = paragraph(text if pr == r else "", center=True, size=18)
            xml += "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, content)
            c = pc + colspan
        xml += "</w:tr>"
    return xml + "</w:tbl>"


def docx_members():
    widths = {
        "表二": [2600, 2000, 2000, 2000],
        "表三": [900, 1300, 2500] + [620] * 7,
        "表四": [560] * 15,
    }
    body = paragraph(TITLE, style="Title", center=True)
    body += paragraph("本报告根据《中华人民共和国政府信息公开条例》第五十条编制。")
    body += paragraph("一、总体情况", style="Heading1")
    body += paragraph("2021年，本局坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作。")
    for heading, key, rows in TABLES:
        body += paragraph(heading, style="Heading1")
        body += word_table(rows, widths[key])
        body += paragraph("")
    body += paragraph("五、存在的主要问题及改进情况", style="Heading1")
    body += paragraph("政策解读形式较为单一。下一步将丰富解读形式。")
    body += paragraph("六、其他需要报告的事项", style="Heading1")
    body += paragraph("本年度未收取信息处理费。")
    document = (XML_HEAD + '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s'
                '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
                'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>' %
                (W_NS, DOC_REL, body))
    styles = (XML_HEAD + '<w:styles xmlns:w="%s">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:sz w:val="24"/><w:lang '
              'w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '</w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
              '<w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
              '<w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
              '<w:name w:val="Normal Table"/></w:style></w:styles>' % W_NS)
    settings = (XML_HEAD + '<w:settings xmlns:w="%s"><w:defaultTabStop w:val="420"/>'
                '<w:characterSpacingControl w:val="compressPunctuation"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '</w:settings>' % W_NS)
    fonts = (XML_HEAD + '<w:fonts xmlns:w="%s"><w:font w:name="宋体"><w:charset w:val="86"/>'
             '</w:font><w:font w:name="Times New Roman"/></w:fonts>' % W_NS)
    main_type = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    return [
        ("[Content_Types].xml", content_types([
            ("/word/document.xml", main_type + "document.main+xml"),
            ("/word/styles.xml", main_type + "styles+xml"),
            ("/word/settings.xml", main_type + "settings+xml"),
            ("/word/fontTable.xml", main_type + "fontTable+xml"),
            CORE_TYPE, APP_TYPE])),
        ("_rels/.rels", relationships([(DOC_REL + "/officeDocument", "word/document.xml"),
                                       (CORE_REL, "docProps/core.xml"),
                                       (APP_REL, "docProps/app.xml")])),
        ("docProps/core.xml", core_properties(TITLE)),
        ("docProps/app.xml", app_properties("Microsoft Office Word")),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", relationships([(DOC_REL + "/styles", "styles.xml"),
                                                        (DOC_REL + "/settings", "settings.xml"),
                                                        (DOC_REL + "/fontTable", "fontTable.xml")])),
        ("word/styles.xml", styles),
        ("word/settings.xml", settings),
        ("word/fontTable.xml", fonts),
    ]


# ---- Excel.

S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NUMBER = set("0123456789.")
# Texts typed with part of them formatted differently: Excel keeps these as rich-text runs.
RICH = {"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）":
        ("（本列数据的勾稽关系为：", "第一项加第二项之和，等于第三项加第四项之和）")}


def column_name(c):
    name = ""
    while c > 0:
        c, rem = divmod(c - 1, 26)
        name = chr(ord("A") + rem) + name
    return name


class SharedStrings:
    def __init__(self):
        self.texts = []
        self.index = {}
        self.uses = 0

    def add(self, text):
        self.uses += 1
        if text not in self.index:
            self.index[text] = len(self.texts)
            self.texts.append(text)
        return self.index[text]

    def xml(self):
        items = []
        for text in self.texts:
            if text in RICH:
                body = "".join('<r><rPr><sz val="9"/><rFont val="宋体"/><charset val="134"/>'
                               '</rPr><t>%s</t></r>' % escape(part) for part in RICH[text])
            else:
                body = "<t>%s</t>" % escape(text)
            # Excel in Chinese adds phonetic properties to every string.
            items.append('<si>%s<phoneticPr fontId="1" type="noConversion"/></si>' % body)
        return (XML_HEAD + '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' %
                (S_NS, self.uses, len(self.texts), "".join(items)))


def worksheet(title, rows, left, strings, numbers_as_text=False, total_formulas=False):
    """A sheet with `title` merged across row 1 and the table from row 3, column `left`."""
    top = 3
    w = width(rows)
    cells = {(1, left): '<c r="%s1" s="2" t="s"><v>%d</v></c>' % (column_name(left),
                                                                  strings.add(title))}
    merges = ["%s1:%s1" % (column_name(left), column_name(left + w - 1))]
    for c in range(left + 1, left + w):
        cells[(1, c)] = '<c r="%s1" s="2"/>' % column_name(c)
    for pr, pc, text, rowspan, colspan in place(rows):
        r, c = top + pr, left + pc
        ref = "%s%d" % (column_name(c), r)
        if not set(text) <= NUMBER:
            cells[(r, c)] = '<c r="%s" s="1" t="s"><v>%d</v></c>' % (ref, strings.add(text))
        elif numbers_as_text:  # typed as text ('12): Excel keeps a shared string
            cells[(r, c)] = '<c r="%s" s="1" t="s"><v>%d</v></c>' % (ref, strings.add(text))
        elif total_formulas and pc == w - 1:  # 总计 as a SUM of the row, its value saved
            cells[(r, c)] = '<c r="%s" s="1"><f>SUM(%s%d:%s%d)</f><v>%s</v></c>' % (
                ref, column_name(c - 6), r, column_name(c - 1), r, text)
        else:
            cells[(r, c)] = '<c r="%s" s="1"><v>%s</v></c>' % (ref, text)
        for dr in range(rowspan):
            for dc in range(colspan):
                if dr or dc:  # the merged area's other cells: blank, bordered
                    cells[(r + dr, c + dc)] = '<c r="%s%d" s="1"/>' % (column_name(c + dc), r + dr)
        if rowspan > 1 or colspan > 1:
            merges.append("%s:%s%d" % (ref, column_name(c + colspan - 1), r + rowspan - 1))
    last_row = top + len(rows) - 1
    sheet_rows = []
    for r in sorted({r for r, _ in cells}):
        row_cells = "".join(cells[key] for key in sorted(k for k in cells if k[0] == r))
        sheet_rows.append('<row r="%d" spans="%d:%d">%s</row>' % (r, left, left + w - 1, row_cells))
    return (XML_HEAD + '<worksheet xmlns="%s" xmlns:r="%s">'
            '<dimension ref="%s1:%s%d"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
            '<sheetFormatPr defaultRowHeight="14.25"/><sheetData>%s</sheetData>'
            '<mergeCells count="%d">%s</mergeCells>'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
            'footer="0.3"/></worksheet>' %
            (S_NS, DOC_REL, column_name(left), column_name(left + w - 1), last_row,
             "".join(sheet_rows), len(merges),
             "".join('<mergeCell ref="%s"/>' % m for m in merges)))


STYLES = (XML_HEAD + '<styleSheet xmlns="%s">'
          '<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/>'
          '<charset val="134"/></font><font><sz val="9"/><name val="等线"/><family val="3"/>'
          '<charset val="134"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill>'
          '<fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
          '<border><left style="thin"/><right style="thin"/><top style="thin"/>'
          '<bottom style="thin"/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
          '</cellStyleXfs><cellXfs count="3">'
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" '
          'applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
          '<alignment horizontal="center"/></xf></cellXfs>'
          '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>'
          "</styleSheet>" % S_NS)


def xlsx_members():
    strings = SharedStrings()
    sheets = []
    for heading, key, rows in TABLES:
        # 表三 starts in column B, as tables often do; 表四's numbers were typed as text.
        sheets.append((key, worksheet(heading, rows, 2 if key == "表三" else 1, strings,
                                      numbers_as_text=(key == "表四"),
                                      total_formulas=(key == "表三"))))
    workbook = (XML_HEAD + '<workbook xmlns="%s" xmlns:r="%s"><fileVersion appName="xl" '
                'lastEdited="7" lowestEdited="7" rupBuild="22228"/><workbookPr/>'
                '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" '
                'windowHeight="12300"/></bookViews><sheets>%s</sheets><calcPr calcId="191029"/>'
                "</workbook>" %
                (S_NS, DOC_REL, "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' %
                                        (name, i + 1, i + 1) for i, (name, _) in enumerate(sheets))))
    rels = [(DOC_REL + "/worksheet", "worksheets/sheet%d.xml" % (i + 1)) for i in range(len(sheets))]
    rels += [(DOC_REL + "/styles", "styles.xml"), (DOC_REL + "/sharedStrings", "sharedStrings.xml")]
    main_type = "application/vnd.openxmlformats-officedocument.spreadsheetml."
    return [
        ("[Content_Types].xml", content_types(
            [("/xl/workbook.xml", main_type + "sheet.main+xml")] +
            [("/xl/worksheets/sheet%d.xml" % (i + 1), main_type + "worksheet+xml")
             for i in range(len(sheets))] +
            [("/xl/styles.xml", main_type + "styles+xml"),
             ("/xl/sharedStrings.xml", main_type + "sharedStrings+xml"), CORE_TYPE, APP_TYPE])),
        ("_rels/.rels", relationships([(DOC_REL + "/officeDocument", "xl/workbook.xml"),
                                       (CORE_REL, "docProps/core.xml"),
                                       (APP_REL, "docProps/app.xml")])),
        ("docProps/core.xml", core_properties(TITLE)),
        ("docProps/app.xml", app_properties("Microsoft Excel")),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", relationships(rels)),
    ] + [("xl/worksheets/sheet%d.xml" % (i + 1), xml) for i, (_, xml) in enumerate(sheets)] + [
        ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", strings.xml()),
    ]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "ooxml")
    os.makedirs(out, exist_ok=True)
    write_zip(os.path.join(out, "report-2021.docx"), docx_members())
    write_zip(os.path.join(out, "report-2021.xlsx"), xlsx_members())


if __name__ == "__main__":
    main()
