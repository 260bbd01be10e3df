#!/usr/bin/env bash
# README's test command: set up, build, and run every test (C++, C, header, ABI, install, CLI,
# Python, benchmark smoke) through CTest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ctest --test-dir "$GONGKAI_BUILD" --output-on-failure -j "$(nproc)"
