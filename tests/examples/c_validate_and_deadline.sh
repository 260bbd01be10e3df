#!/usr/bin/env bash
# examples/c/validate_and_deadline.c as its reader would run it: on its own small report (two
# errors: status 1) and on a clean report file (status 0), printing the reply deadline each time.
set -uo pipefail
example=$1 root=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$example") ; status=$?
[ $status -eq 1 ] || fail "the built-in report: status $status, expected 1"
grep -q '^validation: 2 error(s)$' <<<"$out" || fail "no 'validation: 2 error(s)' line"
grep -q 'T3-balance' <<<"$out" || fail "no T3-balance finding"
grep -q 'DEADLINE_KIND_REPLY' <<<"$out" || fail "no reply deadline"
# Received Fri 2025-01-24 online: day one is Sun 01-26 (a made-up working day); 春节 01-28 ..
# 02-04 off, Sat 02-08 made up; the 20th working day is 2025-02-27.
grep -q '"textEn":"reply due 2025-02-27"' <<<"$out" || fail "reply not due 2025-02-27"
grep -qx "reply due: 2025-02-27" <<<"$out" || fail "gongkai_reply_due did not give 2025-02-27"

report=$(mktemp) && trap 'rm -f "$report"' EXIT
printf '{"agency":{"id":"d1","name":"示例区人民政府"},"year":2022}\n' > "$report"
out=$("$example" "$report") ; status=$?
[ $status -eq 0 ] || fail "a clean report: status $status, expected 0: $out"
grep -q '^validation: 0 error(s)$' <<<"$out" || fail "no 'validation: 0 error(s)' line"

"$example" /nonexistent/report.json 2>/dev/null ; status=$?
[ $status -eq 2 ] || fail "an unreadable file: status $status, expected 2"
echo "ok"
