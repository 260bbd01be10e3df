#!/usr/bin/env python3
"""(g) Table 三 through the C API from Python against the same call from C++.

One gongkai.cases.Table3.add call over a length-delimited stream of N generated applications
(default 10^6, the cached stream of gongkai_bench_stream), timed from Python with
time.perf_counter, and the same gongkai_table3_add over the same bytes timed from C++
(gongkai_bench_capi) in the same run: repetitions alternate between the two (which goes first
alternates too) so that load on the machine falls on both alike. Prints one JSON object with
every time, the medians and the minimums, and their ratios (Python / C++).

Runs with Debian's /usr/bin/python3; PYTHONPATH must hold the built package (BUILD/python)
and GONGKAI_LIBRARY name BUILD/lib/libgongkai.so (bench/run-full.sh sets both).

usage: table3_capi_bench.py --build BUILD [--records N] [--repetitions R]
"""

import argparse
import json
import statistics
import subprocess
import sys
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", required=True, help="the CMake build directory")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--repetitions", type=int, default=15)
    args = parser.parse_args()

    from gongkai.cases import Table3  # after PYTHONPATH is in place

    path = subprocess.run(
        [f"{args.build}/bench/gongkai_bench_stream", f"--records={args.records}", "--generate_only"],
        check=True, capture_output=True, text=True).stdout.strip()
    with open(path, "rb") as f:
        data = f.read()

    def python_once():
        table = Table3(2025)
        start = time.perf_counter()
        table.add(data)
        return time.perf_counter() - start

    def cpp_once():
        out = subprocess.run([f"{args.build}/bench/gongkai_bench_capi", path, "1"],
                             check=True, capture_output=True, text=True).stdout
        return json.loads(out)[0]

    python_once()  # warm-up: the library's first calls build its tables
    python_times, cpp_times = [], []
    for r in range(args.repetitions):
        if r % 2 == 0:
            cpp_times.append(cpp_once())
            python_times.append(python_once())
        else:
            python_times.append(python_once())
            cpp_times.append(cpp_once())
    python_median = statistics.median(python_times)
    cpp_median = statistics.median(cpp_times)
    json.dump({
        "name": "capi_python",
        "records": args.records,
        "bytes": len(data),
        "python_seconds": python_times,
        "cpp_seconds": cpp_times,
        "python_median_seconds": python_median,
        "cpp_median_seconds": cpp_median,
        "python_records_per_second": args.records / python_median,
        "cpp_records_per_second": args.records / cpp_median,
        "ratio_python_to_cpp": python_median / cpp_median,
        "python_min_seconds": min(python_times),
        "cpp_min_seconds": min(cpp_times),
        "ratio_of_minimums": min(python_times) / min(cpp_times),
    }, sys.stdout)
    print()


if __name__ == "__main__":
    main()
