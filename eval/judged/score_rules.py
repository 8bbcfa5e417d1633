#!/usr/bin/env python3
"""Per-rule precision of ClaimCheck reports against editor judgements on real articles.

usage: score_rules.py SHARED_DIR REPORTS_ROOT [--supplement=FILE] SET...
  SET is NAME=JUDGED.json. A supplement ({"sets": {NAME: {"texts", "judged"}}}) adds judgements to the set of
  that name: findings of the shared sets that their files do not cover. Judged files either carry the first 80 characters of each finding's evidence (the
  format of ../shared/judged, read as is) or its character offsets "start"/"end" plus "texts", the folder under
  SHARED_DIR that holds the articles (the format of eval/judged, which keeps no third-party text). Reports are
  REPORTS_ROOT/NAME/ARTICLE(.report).json. A finding is matched as ../shared/judged/score.py matches it: same
  article and category, evidence prefix. Prints per rule: findings, TP, FP, debatable, unjudged, precision
  (unjudged counted false .. true); then per set and overall: precision, judged true problems still found,
  findings per article judged clean."""
import json, os, sys
from collections import Counter, defaultdict


def norm(s):
    return " ".join((s or "").split()).lower()


def with_evidence(shared, texts, entries):
    for e in entries:
        if "evidence" not in e:
            with open(os.path.join(shared, texts, e["article"] + ".txt"), encoding="utf-8") as f:
                text = f.read()
                e["evidence"] = "" if e["start"] < 0 else " ".join(text[e["start"]:e["end"]].split())[:80]
    return entries


def load(shared, path, name, supplements):
    j = json.load(open(path, encoding="utf-8"))
    if "texts" in j:
        with_evidence(shared, j["texts"], j["judged"])
    for sup in supplements:
        extra = sup.get("sets", {}).get(name)
        if extra:
            j["judged"].extend(with_evidence(shared, extra["texts"], extra["judged"]))
    return j


def report(root, name, art):
    for p in (os.path.join(root, name, art + ".report.json"), os.path.join(root, name, art + ".json")):
        if os.path.exists(p):
            return json.load(open(p, encoding="utf-8"))
    sys.exit(f"no report for {art} in {os.path.join(root, name)}")


def main(shared, root, *args):
    supplements = [json.load(open(a.split("=", 1)[1], encoding="utf-8")) for a in args if a.startswith("--supplement=")]
    sets = [a for a in args if not a.startswith("--")]
    per_rule = defaultdict(Counter)
    lines = []
    for spec in sets:
        name, path = spec.split("=", 1)
        j = load(shared, path, name, supplements)
        by = defaultdict(list)
        for e in j["judged"]:
            by[(e["article"], e["category"])].append(e)
        found, clean_findings, c = set(), 0, Counter()
        for art in j["articles"]:
            used = set()
            for f in report(root, name, art)["findings"]:
                ev = [norm(x.get("text")) for x in f.get("evidence", [])] or [""]
                cands = [e for e in by[(art, f["category"])]
                         if any(x.startswith(norm(e["evidence"])[:80]) or (norm(e["evidence"])
                                and norm(e["evidence"]).startswith(x[:80]) and len(x) >= 6) for x in ev)]
                cands.sort(key=lambda e: (id(e) in used, e["ruleId"] != f["ruleId"]))
                hit = cands[0] if cands else None
                v = "unjudged"
                if hit is not None:
                    used.add(id(hit))
                    v = hit["verdict"]
                    if v == "TP":
                        found.add(id(hit))
                per_rule[f["ruleId"]][v] += 1
                c[v] += 1
                clean_findings += art in j["clean"]
        n_tp = sum(1 for e in j["judged"] if e["verdict"] == "TP")
        lines.append((name, len(j["articles"]), c, len(found), n_tp, clean_findings, len(j["clean"])))
    print("| rule | findings | TP | FP | debatable | unjudged | precision |\n|---|---|---|---|---|---|---|")
    for r in sorted(per_rule):
        print(row(r, per_rule[r]))
    total = sum((l[2] for l in lines), Counter())
    print(row("**all**", total))
    print("\n| set | articles | findings | TP | FP | debatable | unjudged | precision | true problems found | findings per clean article |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, n, c, f, t, cf, cn in lines:
        print(f"| {name} | {n} | {sum(c.values())} | {c['TP']} | {c['FP']} | {c['debatable']} | {c['unjudged']} | "
              f"{prec(c)} | {f}/{t} | {cf / max(1, cn):.1f} ({cn} clean) |")
    f_all, t_all = sum(l[3] for l in lines), sum(l[4] for l in lines)
    print(f"\nAll sets: precision {prec(total)}; judged true problems still found {f_all}/{t_all} "
          f"({f_all / max(1, t_all):.0%}); unjudged {total['unjudged']} of {sum(total.values())}")


def prec(c):
    d = c["TP"] + c["FP"] + c["unjudged"]
    return f"{c['TP'] / max(1, d):.2f}..{(c['TP'] + c['unjudged']) / max(1, d):.2f}"


def row(r, c):
    return f"| {r} | {sum(c.values())} | {c['TP']} | {c['FP']} | {c['debatable']} | {c['unjudged']} | {prec(c)} |"


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
