#!/usr/bin/env bash
# Imports every PDF under a folder with the gongkai tool and counts the files the PDF reader's
# cross-reference check refuses (lib/document/pdf_xref.h, B125, B126), naming each with the
# reader's message. For checking the check against real files that are not in the repository,
# such as pdf.js's test/pdfs; docs/import.md quotes a run.
#   tools/check-pdf-corpus.sh DIR [GONGKAI]     (GONGKAI: default build/bin/gongkai)
set -euo pipefail
dir=${1:?usage: check-pdf-corpus.sh DIR [GONGKAI]}
gongkai=${2:-"$(cd "$(dirname "$0")/.." && pwd)/build/bin/gongkai"}
files=0
refused=0
while IFS= read -r -d '' pdf; do
  files=$((files + 1))
  # Any exit status: most of these files are not annual reports. A file poppler hangs on is
  # stopped after 60 s and named.
  message=$(timeout 60 "$gongkai" import "$pdf" --format pdf --year 2023 2>&1 >/dev/null | head -n 1) ||
    [ $? -ne 124 ] || message="timed out after 60 s"
  case $message in
    *"cross-reference table of"* | *"checking its cross-reference declarations"* | "timed out"*)
      refused=$((refused + 1))
      echo "$pdf: $message" ;;
  esac
done < <(find "$dir" -type f -iname '*.pdf' -print0 | sort -z)
echo "$files PDF files, $refused refused by the cross-reference check or timed out"
