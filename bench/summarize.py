#!/usr/bin/env python3
"""Tables of the full benchmark run, with every target read as a ratio (docs/performance.md).

Reads RESULTS/bench.json (Google Benchmark, with repetitions), RESULTS/stream.json
(gongkai_bench_stream), RESULTS/capi.json (table3_capi_bench.py) and RESULTS/machine.txt, and
prints Markdown. Times are medians of the repetitions, in CPU time of the benchmark's thread.

usage: summarize.py RESULTS
"""

import json
import os
import sys


def load(path):
    with open(path) as f:
        return json.load(f)


def medians(bench):
    """name -> the median aggregate's entry."""
    out = {}
    for b in bench["benchmarks"]:
        if b.get("aggregate_name") == "median":
            out[b["run_name"]] = b
        elif b.get("run_type") == "iteration" and b["run_name"] not in out and b.get("repetitions", 1) <= 1:
            out[b["run_name"]] = b
    return out


SECONDS = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def seconds(entry):
    return entry["cpu_time"] * SECONDS[entry["time_unit"]]


def rate(x):
    for unit, scale in (("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if x >= scale:
            return f"{x / scale:.3g} {unit}"
    return f"{x:.3g}"


def mark(ok):
    return "met" if ok else "**missed**"


def main():
    results = sys.argv[1]
    m = medians(load(os.path.join(results, "bench.json")))
    out = []
    machine = os.path.join(results, "machine.txt")
    if os.path.exists(machine):
        out.append("## Machine\n")
        out.append("```")
        out.append(open(machine).read().rstrip())
        out.append("```\n")

    sizes = sorted({int(k.split("/")[2]) for k in m if k.startswith("table3/stream/")})
    out.append("## Table 三 (medians; records/s and bytes/s of the form each path reads)\n")
    out.append("| records | (a) stream | (a) MB/s | (b) columns | (c) SQLite | reference (messages) "
               "| (b)/(c) ≥ 50 | (a)/(c) ≥ 2 | (a) ≥ 500 MB/s | (a)/reference |")
    out.append("|---|---|---|---|---|---|---|---|---|---|")
    for n in sizes:
        a, b = (m.get(f"table3/{k}/{n}") for k in ("stream", "columns"))
        c = m.get(f"table3/sqlite/{n}/0")
        ref = m.get(f"table3/stream_messages/{n}")
        if not (a and b and c):
            continue
        ta, tb, tc = seconds(a), seconds(b), seconds(c)
        mbps = a["bytes_per_second"] / 1e6
        row = [f"{n:,}", f"{rate(n / ta)}/s", f"{mbps:.0f}", f"{rate(n / tb)}/s", f"{rate(n / tc)}/s",
               f"{rate(n / seconds(ref))}/s" if ref else "—",
               f"{tc / tb:.0f}× {mark(tc / tb >= 50)}", f"{tc / ta:.2f}× {mark(tc / ta >= 2)}",
               mark(mbps >= 500), f"{seconds(ref) / ta:.1f}×" if ref else "—"]
        out.append("| " + " | ".join(row) + " |")
    out.append("")
    out.append("Cost per record as the size grows (ns/record):\n")
    paths = ("stream", "columns", "sqlite", "sqlite_by_date", "stream_messages", "columns_build", "messages")
    names = {"sqlite": "sqlite/{n}/0", "sqlite_by_date": "sqlite_by_date/{n}/1"}
    out.append("| records | " + " | ".join(paths) + " |")
    out.append("|---" * (len(paths) + 1) + "|")
    for n in sizes:
        cells = []
        for k in paths:
            e = m.get("table3/" + names.get(k, k + "/{n}").format(n=n))
            cells.append(f"{seconds(e) / n * 1e9:.1f}" if e else "—")
        out.append(f"| {n:,} | " + " | ".join(cells) + " |")
    out.append("")

    out.append("## (d) Deadlines: n working days after a date\n")
    out.append("| working days | lookup (library) | walk | walk / lookup (≥ 50 at 40) |")
    out.append("|---|---|---|---|")
    lookups = {}
    for n in (20, 40, 400):
        lk, wk = (m.get(f"deadline/{k}/{n}") for k in ("lookup", "walk"))
        if not (lk and wk):
            continue
        lookups[n] = seconds(lk)
        row = [str(n), f"{seconds(lk) * 1e9:.1f} ns", f"{seconds(wk) * 1e9:.0f} ns",
               f"{seconds(wk) / seconds(lk):.1f}×" + (f" {mark(seconds(wk) / seconds(lk) >= 50)}" if n == 40 else "")]
        out.append("| " + " | ".join(row) + " |")
    if 20 in lookups and 400 in lookups:
        out.append(f"\nFlat as the span grows: lookup at 400 / at 20 = {lookups[400] / lookups[20]:.2f}.")
    out.append("")

    out.append("## (e) Roll-up and (f) validation\n")
    out.append("| benchmark | median | rate | target |")
    out.append("|---|---|---|---|")
    for name, e in sorted(m.items()):
        if not name.startswith("report/"):
            continue
        t = seconds(e)
        target = ""
        if name.startswith("report/merge/"):
            target = f"< 10 ms: {mark(t < 0.010)}"
        elif name.startswith("report/validate/"):
            target = f"≥ 100k/s: {mark(1 / t >= 100000)}"
        out.append(f"| {name} | {t * 1e3:.3f} ms | {rate(e.get('items_per_second', 0))}/s | {target} |")
    out.append("")

    stream = os.path.join(results, "stream.json")
    if os.path.exists(stream):
        s = load(stream)
        growth = s["peak_rss_growth_bytes"] / 2**20
        out.append("## Streaming memory\n")
        out.append(f"{s['records']:,} records ({s['bytes'] / 1e9:.2f} GB) read in "
                   f"{s['chunk_bytes'] >> 20} MiB chunks: {s['seconds']:.1f} s, "
                   f"{rate(s['records_per_second'])} records/s, {s['bytes_per_second'] / 1e6:.0f} MB/s; "
                   f"peak RSS grew by {growth:.1f} MiB (< 16 MB: {mark(s['peak_rss_growth_bytes'] < 16e6)}).\n")

    capi = os.path.join(results, "capi.json")
    if os.path.exists(capi):
        c = load(capi)
        out.append("## (g) The C API from Python\n")
        out.append(f"One Table3.add over {c['records']:,} records ({c['bytes'] / 1e6:.0f} MB): Python "
                   f"{c['python_median_seconds'] * 1e3:.1f} ms, C++ {c['cpp_median_seconds'] * 1e3:.1f} ms "
                   f"(medians of {len(c['python_seconds'])}); Python / C++ = {c['ratio_python_to_cpp']:.3f} "
                   f"(within 10%: {mark(c['ratio_python_to_cpp'] <= 1.10)}); fastest runs "
                   f"{c['python_min_seconds'] * 1e3:.1f} ms and {c['cpp_min_seconds'] * 1e3:.1f} ms, "
                   f"ratio {c['ratio_of_minimums']:.3f}.\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
