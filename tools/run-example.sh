#!/usr/bin/env bash
# README's main command: set up, build, and run the main job on the bundled example data.
# Until the report engine exists, the job shows the library's version and message types and
# converts the example agency record from JSON to the wire format and back.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cli="$GONGKAI_BUILD/bin/gongkai"
example="$GONGKAI_ROOT/examples/agency.json"
"$cli" --version
echo "Message types:"
"$cli" types | sed 's/^/  /'
echo "examples/agency.json through the wire format and back:"
"$cli" convert --type gongkai.v1.Agency --from json --to binary "$example" |
  "$cli" convert --type gongkai.v1.Agency --from binary --to json --pretty
