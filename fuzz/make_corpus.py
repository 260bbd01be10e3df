#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target into fuzz/corpus/NAME/ (checked in).

Usage: fuzz/make_corpus.py BUILD_DIR    (a normal build: BUILD_DIR/bin/gongkai converts JSON to
binary and lists the message types). Run it again after a change of the input layout of a
target (fuzz/*_fuzzer.cc say what the selector byte and the parts mean) or to add seeds; the
files are named by the hash of their contents, so existing seeds keep their names.

Seeds come from the examples (examples/district, examples/reports), the published tables of
tests/data/published and small hand-written records; each is written in both formats.
"""
import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
BUILD = pathlib.Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "build"
CLI = BUILD / "bin" / "gongkai"


def part(data):
    """One part of a fuzz input (fuzz/fuzz_support.h): backslashes doubled, then a terminator."""
    if isinstance(data, str):
        data = data.encode()
    return data.replace(b"\\", b"\\\\") + b"\\|"


def text(data):
    return data.encode() if isinstance(data, str) else data


def to_binary(type_name, json_text):
    with tempfile.NamedTemporaryFile("wb", suffix=".json", delete=False) as f:
        f.write(text(json_text))
    try:
        return subprocess.run([str(CLI), "convert", "--type=" + type_name, "--from=json", "--to=binary", f.name],
                              check=True, capture_output=True).stdout
    finally:
        os.unlink(f.name)


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def stream(type_name, json_lines, binary):
    """Records as JSON lines, or length-delimited binary."""
    if not binary:
        return ("\n".join(json_lines) + "\n").encode()
    return b"".join(varint(len(m)) + m for m in (to_binary(type_name, line) for line in json_lines))


def msg(type_name, json_text, binary):
    return to_binary(type_name, json_text) if binary else text(json_text)


class Seeds:
    def __init__(self, name):
        self.dir = CORPUS / name
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True)
        self.count = 0

    def add(self, data):
        digest = hashlib.sha1(data).hexdigest()
        (self.dir / digest).write_bytes(data)
        self.count += 1


def lines(path, n):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()][:n]


def compact(json_text):
    return json.dumps(json.loads(json_text), ensure_ascii=False, separators=(",", ":"))


DISTRICT = ROOT / "examples" / "district"
APPLICATIONS = lines(DISTRICT / "applications.jsonl", 40)
DISCLOSURES = lines(DISTRICT / "disclosures.jsonl", 30)
SLIPS = lines(DISTRICT / "slips.jsonl", 20)
REMEDIES = lines(DISTRICT / "remedies.jsonl", 10)
AGENCY = compact((DISTRICT / "agency.json").read_text(encoding="utf-8"))
ENTERED = compact((DISTRICT / "entered.json").read_text(encoding="utf-8"))

CALENDAR_LAYERS = [
    '{"id":"local","version":"1","years":[{"year":2026,"daysOff":[{"first":{"year":2026,"month":9,"day":1},'
    '"last":{"year":2026,"month":9,"day":2},"name":"雪顿节"}],"makeupWorkingDays":[{"year":2026,"month":9,"day":5}]}]}',
    '{"id":"cn-2027","version":"2026-11-04","years":[{"year":2027,"notice":"国办发明电〔2026〕1号","daysOff":['
    '{"first":{"year":2027,"month":1,"day":1},"last":{"year":2027,"month":1,"day":3},"name":"元旦"},'
    '{"first":{"year":2027,"month":2,"day":6},"last":{"year":2027,"month":2,"day":14},"name":"春节"}],'
    '"makeupWorkingDays":[{"year":2027,"month":2,"day":20},{"year":2027,"month":1,"day":31}]}]}',
    '{"id":"x","years":[{"year":2008,"daysOff":[{"first":{"year":2008,"month":1,"day":1},"last":{"year":2008,"month":1,"day":1}}]},'
    '{"year":2100,"makeupWorkingDays":[{"year":2100,"month":12,"day":25}]}]}',
    '{"id":"empty"}',
]
WORKFLOWS = [
    '{"id":"short","description":"two steps","steps":[{"role":"SLIP_ROLE_DRAFTING_UNIT","action":"SLIP_ACTION_PROPOSE"},'
    '{"role":"SLIP_ROLE_SECRECY_REVIEWER","action":"SLIP_ACTION_PASS_SECRECY"},{"role":"SLIP_ROLE_SIGNER","action":"SLIP_ACTION_SIGN"}]}',
]
MAPPING = '{"layout":"2021","rows":[{"outcome":"OUTCOME_ALREADY_PUBLIC","row":"granted"},{"outcome":"OUTCOME_OTHER","row":"other"}]}'
SCHEMES = [
    '{"template":"{org}/{yyyy}-{nnnnn}","organisationCode":"11110105MB0000000X"}',
    '{"template":"{org}/{yyyy}{mm}-{nnnnn}","organisationCode":"11341702486344515H"}',
    '{"template":"{yyyy}-{nn}"}',
]
REPORTS = {}  # (year, layout) -> report JSON, filled by imports below


def import_report(year, layout, prefix, agency="示例区人民政府"):
    args = [str(CLI), "import", "--year", str(year), "--agency", agency, "--agency_id", "a" + str(year)]
    if layout:
        args += ["--layout", layout]
    for t in ("2", "3", "4"):
        args += ["--table" + t, str(prefix) + ".t" + t + ".csv"]
    out = subprocess.run(args, check=True, capture_output=True).stdout.decode()
    return compact(out)


def types():
    return subprocess.run([str(CLI), "types"], check=True, capture_output=True).stdout.decode().split()


def main():
    if not CLI.exists():
        sys.exit(f"{CLI} not found: build the tree first, or pass the build folder")
    type_names = types()
    published = ROOT / "tests" / "data" / "published"
    reports = [
        import_report(2020, "2019", published / "pingtan-2020"),
        import_report(2023, "2021", published / "pingtan-2023"),
        import_report(2024, "", published / "pingtan-2024"),
        import_report(2019, "2019", published / "shanghai-szfbgt-2019", "上海市人民政府办公厅"),
        import_report(2023, "2021", ROOT / "examples" / "reports" / "district-a", "示例市甲区人民政府"),
        import_report(2023, "2021", ROOT / "examples" / "reports" / "district-b", "示例市乙区人民政府"),
    ]
    examples = {
        "gongkai.v1.Agency": [AGENCY],
        "gongkai.v1.Application": APPLICATIONS[:6],
        "gongkai.v1.Disclosure": DISCLOSURES[:4],
        "gongkai.v1.IssuanceSlip": SLIPS[:4],
        "gongkai.v1.Remedy": REMEDIES[:3],
        "gongkai.v1.AnnualReport": [ENTERED] + reports[:2],
        "gongkai.v1.CalendarSpec": CALENDAR_LAYERS,
        "gongkai.v1.SlipWorkflow": WORKFLOWS,
        "gongkai.v1.OutcomeMapping": [MAPPING],
        "gongkai.v1.IndexScheme": SCHEMES,
        "gongkai.v1.AnnualRequest": ['{"agency":' + AGENCY + ',"year":2025,"entered":' + ENTERED + '}'],
    }

    # message: selector (bit 0 JSON, bits 1-3 print flags, bit 4 ignore unknown), type index, message.
    s = Seeds("message")
    for i, name in enumerate(type_names):
        for j, example in enumerate(examples.get(name, ["{}"])):
            s.add(bytes([1 | (j % 8) << 1, i]) + text(example))
            s.add(bytes([(j % 8) << 1, i]) + to_binary(name, example))
        s.add(bytes([0x11, i]) + b'{"unknownField":1}')

    # json: selector bit 0 ignore unknown; bit 1 clear: a record type (bits 2-3), set: any type,
    # the next byte its index into the type names. The records as they are and as protobuf's
    # other spellings give them, and the cases the fast reader must leave to protobuf.
    s = Seeds("json")
    records = [DISCLOSURES[:4], SLIPS[:3], APPLICATIONS[:4], REMEDIES[:3]]  # the target's order
    for kind, examples_of in enumerate(records):
        for j, line in enumerate(examples_of):
            s.add(bytes([kind << 2 | (j & 1)]) + text(line))
        s.add(bytes([kind << 2]) + text(examples_of[0]).replace(b'"agencyId"', b'"agency_id"'))
        s.add(bytes([kind << 2 | 1]) + text(examples_of[0])[:-1] + b',"unknownField":{"a":[1]}}')
    disclosure_cases = [
        '{}', '{"kind":2}', '{"kind":77}', '{"kind":"2"}', '{"kind":"NOPE"}', '{"kind":null}',
        '{"article20Item":"7"}', '{"article20Item":7.0}', '{"article20Item":"07"}',
        '{"article20Item":2147483648}', '{"title":"a\\nb\\"c\\u00e9\\ud83d\\ude00"}',
        '{"title":"\\ud800"}', '{"agencyId":"a","agency_id":"b"}', '{"id":"a","id":"b"}',
        '{"keywords":"a"}', '{"generated":{}}', '{"":1}', '{"x":{"":1}}', '{id:"x"}',
        "{'id':'x'}", '{"id":"x"} {}', '\ufeff{"id":"x"}', '{"id":"x"}\f',
    ]
    for case in disclosure_cases:
        for ignore in (0, 1):
            s.add(bytes([ignore]) + text(case))
    for i, name in enumerate(type_names):
        s.add(bytes([2, i]) + text(examples.get(name, ["{}"])[0]))

    # report: selector bit 0 format, bits 1-3 operation, bits 4-6 render output.
    s = Seeds("report")
    for binary in (False, True):
        f = 0 if binary else 1
        for r in reports:
            m = msg("gongkai.v1.AnnualReport", r, binary)
            s.add(bytes([f | 0 << 1]) + m)
            s.add(bytes([f | 3 << 1]) + m)
        for k in range(8):
            s.add(bytes([f | 2 << 1 | k << 4]) + msg("gongkai.v1.AnnualReport", reports[k % 3], binary))
        members = stream("gongkai.v1.AnnualReport", reports[4:6], binary)
        parent = msg("gongkai.v1.Agency", '{"id":"city","name":"示例市人民政府"}', binary)
        s.add(bytes([f | 4 << 1]) + part(parent) + members)
        s.add(bytes([f | 5 << 1]) + part(parent) + members)
        s.add(bytes([f | 1 << 1]) + part(msg("gongkai.v1.AnnualReport", reports[2], binary)) +
              part(msg("gongkai.v1.AnnualReport", reports[1], binary)) + b"")
        s.add(bytes([f | 6 << 1]) + part(msg("gongkai.v1.AnnualReport", reports[1], binary)) +
              msg("gongkai.v1.AnnualReport", reports[2], binary))
        s.add(bytes([f | 7 << 1]) + part(members) + msg("gongkai.v1.AnnualReport", reports[4], binary))

    # import_grid: selector bit 0 format, bits 1-2 table, bits 3-4 base report.
    s = Seeds("import_grid")
    grids = [(published / "pingtan-2020", 0), (published / "pingtan-2023", 1), (published / "pingtan-2024", 2),
             (published / "shanghai-szfbgt-2019", 0), (ROOT / "examples" / "reports" / "district-a", 1)]
    for prefix, base in grids:
        for t in range(3):
            csv = (pathlib.Path(str(prefix) + ".t" + str(t + 2) + ".csv")).read_bytes()
            s.add(bytes([1 | t << 1 | base << 3]) + csv)
            s.add(bytes([0 | t << 1 | base << 3]) + csv)
    s.add(bytes([1 | 1 << 1 | 3 << 3]) + part(reports[4]) +
          (ROOT / "examples" / "reports" / "district-b.t3.csv").read_bytes())

    # calendar: selector bit 0 format, bit 1 over the national calendar, bits 2-7 n - 1.
    s = Seeds("calendar")
    for layer in CALENDAR_LAYERS:
        for national in (0, 2):
            s.add(bytes([1 | national | 4 << 2]) + text(layer))
            s.add(bytes([0 | national | 19 << 2]) + to_binary("gongkai.v1.CalendarSpec", layer))

    # cases: selector bit 0 format, bits 1-2 operation (3: table 三, year bits 3-5, bit 6 checks,
    # bit 7 a mapping).
    s = Seeds("cases")
    for binary in (False, True):
        f = 0 if binary else 1
        for a in APPLICATIONS[:12]:
            s.add(bytes([f | 0 << 1]) + msg("gongkai.v1.Application", a, binary))
            record = json.loads(a)
            events = record.get("events", [])
            if len(events) >= 2:
                head = dict(record, events=events[:-1])
                s.add(bytes([f | 1 << 1]) + part(msg("gongkai.v1.Application", json.dumps(head, ensure_ascii=False), binary)) +
                      msg("gongkai.v1.Event", json.dumps(events[-1], ensure_ascii=False), binary))
            s.add(bytes([f | 2 << 1 | 1 << 3]) + part(msg("gongkai.v1.Application", a, binary)) + b"2025-03-01")
        for year in (2025 - 2019, 2024 - 2019):
            for check in (0, 0x40):
                s.add(bytes([f | 3 << 1 | year << 3 | check]) + stream("gongkai.v1.Application", APPLICATIONS[:20], binary))
                s.add(bytes([f | 3 << 1 | year << 3 | check | 0x80]) +
                      part(msg("gongkai.v1.OutcomeMapping", MAPPING, binary)) +
                      stream("gongkai.v1.Application", APPLICATIONS[:10], binary))

    # annual: selector bit 0 format, bits 1-2 kind, bit 3 request from the input, bits 4-5 request,
    # bit 6 checks.
    s = Seeds("annual")
    kinds = [("gongkai.v1.Disclosure", DISCLOSURES), ("gongkai.v1.IssuanceSlip", SLIPS),
             ("gongkai.v1.Application", APPLICATIONS), ("gongkai.v1.Remedy", REMEDIES)]
    for binary in (False, True):
        f = 0 if binary else 1
        for k, (type_name, records) in enumerate(kinds):
            for r in range(4):
                for check in (0, 0x40):
                    s.add(bytes([f | k << 1 | r << 4 | check]) + stream(type_name, records[:8], binary))
            request = '{"agency":' + AGENCY + ',"year":2025,"entered":' + ENTERED + '}'
            for check in (0, 0x40):
                s.add(bytes([f | k << 1 | 8 | check]) + part(msg("gongkai.v1.AnnualRequest", request, binary)) +
                      stream(type_name, records[:5], binary))

    # disclosure: selector bit 0 format, bits 1-3 operation.
    s = Seeds("disclosure")
    for binary in (False, True):
        f = 0 if binary else 1
        for d in DISCLOSURES[:8]:
            s.add(bytes([f | 0 << 1]) + part(msg("gongkai.v1.Disclosure", d, binary)) + b"2025-12-31")
            s.add(bytes([f | 5 << 1]) + msg("gongkai.v1.Disclosure", d, binary))
        for scheme in SCHEMES:
            indexes = [json.loads(d).get("indexNumber", "") for d in DISCLOSURES[:5]]
            s.add(bytes([f | 1 << 1]) + part(msg("gongkai.v1.IndexScheme", scheme, binary)) + part("2025-03-01") +
                  b"".join(part(i) for i in indexes) + part("") + part("") + b"11110105MB0000000X/2025-00001")
        workflows = stream("gongkai.v1.SlipWorkflow", WORKFLOWS, binary)
        for sl in SLIPS[:8]:
            s.add(bytes([f | 2 << 1]) + part(msg("gongkai.v1.IssuanceSlip", sl, binary)) + workflows)
            s.add(bytes([f | 6 << 1]) + msg("gongkai.v1.IssuanceSlip", sl, binary))
            record = json.loads(sl)
            events = record.get("events", [])
            if events:
                head = msg("gongkai.v1.IssuanceSlip", json.dumps(dict(record, events=events[:-1]), ensure_ascii=False), binary)
                last = msg("gongkai.v1.SlipEvent", json.dumps(events[-1], ensure_ascii=False), binary)
                s.add(bytes([f | 3 << 1]) + part(head) + part(last) + workflows)
                s.add(bytes([f | 7 << 1]) + part(head) + last)
        for r in REMEDIES[:5]:
            s.add(bytes([f | 4 << 1]) + msg("gongkai.v1.Remedy", r, binary))

    # cli: selector bits 0-3 the folder's file, then WORDS \ CONTENT.
    s = Seeds("cli")
    report_json = reports[1].encode()
    commands = [
        (0, "validate\nf", report_json), (0, "validate\nf\n--output=json\n--previous\nf", report_json),
        (0, "validate\n--members\nf\nf", reports[4].encode()), (0, "render\nf\n--output\nhtml-document", report_json),
        (0, "render\nf\n--output=csv-labels", report_json), (0, "merge\nf\nf\n--agency=市\n--agency_id=c", report_json),
        (0, "import\n--year=2023\n--agency=区\n--table3\nf", (ROOT / "examples/reports/district-a.t3.csv").read_bytes()),
        (0, "import\n--year\n2020\n--layout\n2019\n--agency=区\n--table2=f",
         (published / "pingtan-2020.t2.csv").read_bytes()),
        (0, "convert\n--type=gongkai.v1.Application\n--from=json\n--to=binary\nf", APPLICATIONS[0].encode()),
        (0, "convert\n--type=gongkai.v1.Application\n--from=binary\n--to=json\n--pretty\nf",
         to_binary("gongkai.v1.Application", APPLICATIONS[1])),
        (0, "cases\nstatus\nf\n--as_of=2025-06-30", "\n".join(APPLICATIONS[:10]).encode()),
        (0, "deadline\n--received=2024-02-02\n--pause=2024-02-05:2024-02-20\n--explain", b""),
        (0, "calendar\n--year=2024", b""), (0, "help\nreport", b""), (0, "types", b""),
        (0, "report\n--year=2025\n--data=d", AGENCY.encode()),
        (5, "report\n--year=2025\n--data=d\n--output=json", "\n".join(APPLICATIONS[:10]).encode()),
        (3, "report\n--year=2025\n--data\nd\n--output=markdown", "\n".join(DISCLOSURES[:10]).encode()),
        (4, "report\n--year=2025\n--data=d\n--output=html", "\n".join(SLIPS[:10]).encode()),
        (6, "report\n--year=2025\n--data=d\n--trace=t4.cases.reconsideration_upheld", "\n".join(REMEDIES).encode()),
        (1, "report\n--year=2025\n--data=d", ENTERED.encode()),
        (9, "report\n--year=2025\n--data=d", stream("gongkai.v1.Application", APPLICATIONS[:5], True)),
    ]
    for selector, words, content in commands:
        s.add(bytes([selector]) + part(words) + content)

    # registry: selector bit 0 format, bits 1-2 operation, bits 3-4 the agency filed for, bits
    # 5-7 year and number.
    s = Seeds("registry")
    tree = "id,name,level,parent\nP,示例省人民政府,1,\nC,示例市人民政府,2,P\nD,示例区人民政府,3,C\n"
    csvs = [tree, tree.replace("\n", "\r\n"), "\ufeff" + tree,
            "id,name,level,parent,first_year,last_year\ncity,示例市人民政府,市级,,2019,\n"
            "a,\"示例市甲区人民政府\",县级,city,2019,2023\nb,示例市乙区人民政府,3,city,2024,\n",
            "id,name,level,parent\nx,甲,3,y\ny,乙,3,x\n"]
    agency_list = ('{"agencies":[{"agency":{"id":"city","name":"示例市人民政府","level":"AGENCY_LEVEL_CITY"}},'
                   '{"agency":{"id":"a","name":"示例市甲区人民政府","level":"AGENCY_LEVEL_COUNTY",'
                   '"parentId":"city"},"firstYear":2019,"lastYear":2023}]}')
    for csv in csvs + [agency_list]:
        s.add(bytes([0]) + csv.encode())
    for binary in (False, True):
        f = 0 if binary else 1
        s.add(bytes([f | 1 << 1]) + msg("gongkai.v1.RegistryAgencyList", agency_list, binary))
        for target in range(4):
            for r in reports[target::4]:
                s.add(bytes([f | 2 << 1 | target << 3]) + msg("gongkai.v1.AnnualReport", r, binary))
        receipt = msg("gongkai.v1.RegistryReceipt", '{"sequence":"2","hash":"' + "0" * 64 + '"}', binary)
        for k in range(8):
            s.add(bytes([f | 3 << 1 | k << 5]) + part("D") + part("0" * 32) + part("已说明") + receipt)
        s.add(bytes([f | 3 << 1 | 5 << 5]) + part("") + part("") + part("") + b"")

    # The document targets take a document's bytes whole: real and made documents of each format,
    # and the example report rendered as a page and as CSV (UTF-8 and GB18030).
    docs = ROOT / "tests/data/documents"
    page = subprocess.run([str(CLI), "render", "--output=html-document", "-"], input=reports[4].encode(),
                          capture_output=True, check=True).stdout
    grid = subprocess.run([str(CLI), "render", "--output=csv-labels", "-"], input=reports[4].encode(),
                          capture_output=True, check=True).stdout
    seeds = {
        "import_html": [page, (published / "pages/shanghai-szfbgt-2019.html").read_bytes()],
        "import_docx": [(docs / "ooxml/report-2021.docx").read_bytes()],
        "import_xlsx": [(docs / "ooxml/report-2021.xlsx").read_bytes()],
        "import_pdf": [(docs / "pdf/wide.pdf").read_bytes(), (docs / "pdf/no-text.pdf").read_bytes()],
        "import_text": [grid, grid.decode().encode("gb18030"),
                        "示例区2023年政府信息公开工作年度报告\n".encode() +
                        grid.replace(b",", b"\t").replace(b"# ", b"")],
    }
    for name, contents in seeds.items():
        s = Seeds(name)
        for content in contents:
            s.add(content)

    for d in sorted(CORPUS.iterdir()):
        print(f"{d.name}: {len(list(d.iterdir()))} seeds")


if __name__ == "__main__":
    main()
