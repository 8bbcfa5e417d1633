#!/usr/bin/env bash
# Checks the four editor-judged sets of real articles with the built jar and prints the per-rule table.
# usage: eval/judged/evaluate.sh [OUT_DIR] [extra check options, e.g. --config FILE]
# Needs target/claimcheck.jar (mvn -B -DskipTests package), python3, and ../shared beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=../shared
out=${1:-target/judged}; shift || true
rm -rf "$out"; mkdir -p "$out/in/polnear-train" "$out/in/polnear-train-more" "$out/in/modern-pool"
pick() {  # copies the articles a judged file names from a folder of ../shared
  python3 -c 'import json,sys,shutil
j=json.load(open(sys.argv[1]))
for a in j["articles"]: shutil.copy(f"{sys.argv[2]}/{a}.txt", sys.argv[3])' "$1" "$2" "$3"
}
pick "$shared/judged/polnear-train.json" "$shared/polnear/train/text" "$out/in/polnear-train"
pick eval/judged/polnear-train-more.json "$shared/polnear/train/text" "$out/in/polnear-train-more"
pick eval/judged/modern-pool.json "$shared/judged/modern-pool" "$out/in/modern-pool"
for s in polnear-train polnear-train-more modern-pool; do
  java -jar target/claimcheck.jar check --format json --fail-on never --quiet --out "$out/$s" "$@" "$out/in/$s"
done
java -jar target/claimcheck.jar check --format json --fail-on never --quiet --out "$out/modern-dev" "$@" "$shared/judged/modern-dev"
python3 eval/judged/score_rules.py "$shared" "$out" --supplement=eval/judged/shared-supplement.json \
  modern-dev="$shared/judged/modern-dev.json" polnear-train="$shared/judged/polnear-train.json" \
  modern-pool=eval/judged/modern-pool.json polnear-train-more=eval/judged/polnear-train-more.json
