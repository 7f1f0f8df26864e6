#!/usr/bin/env bash
# Sums the results of every test assembly in a saved `dotnet test` log into one line:
# "N passed, N failed, N skipped". Reads the VSTest line ("Passed!  - Failed: 0, Passed: 5, ...")
# and the Microsoft.Testing.Platform summary block.
# usage: dotnet test 2>&1 | tee test.log; scripts/test-summary.sh test.log
set -euo pipefail
awk '
  /(Passed|Failed)!  - Failed:/ { gsub(/[ ,]+/," "); for(i=1;i<=NF;i++){ if($i=="Failed:")f+=$(i+1); if($i=="Passed:")p+=$(i+1); if($i=="Skipped:")s+=$(i+1)} ; seen=1 }
  /^Test run summary:/ { mtp=1; seen=1 }
  mtp && /^ +failed: /    { f+=$2 }
  mtp && /^ +succeeded: / { p+=$2 }
  mtp && /^ +skipped: /   { s+=$2 }
  mtp && /^ +duration: /  { mtp=0 }
  END { if (seen) printf "%d passed, %d failed, %d skipped\n", p, f, s; else { print "no dotnet test summary found" > "/dev/stderr"; exit 1 } }
' "$1"
