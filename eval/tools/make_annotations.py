#!/usr/bin/env python3
"""Turns the hand-written annotation specs in eval/tools/specs/*.py into eval/annotations/*.json.

Why a generator: offsets typed by hand are always wrong somewhere. A spec names each span by its text (plus, when
the text occurs more than once, either an occurrence index `n` or a context snippet `ctx` that contains it), and
this script finds the offsets and checks text[start:end] == text before writing anything. Python str offsets equal
Java String offsets for these texts (no characters outside the Basic Multilingual Plane; checked below).

Usage (from the repo root or anywhere):  python3 eval/tools/make_annotations.py
Stdlib only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SPECS = os.path.join(HERE, "specs")
OUT = os.path.join(REPO, "eval", "annotations")

KINDS = {"statistic", "ranking", "event", "prediction", "quote", "opinion"}
UNITS_FIXED = {"percent", "times", "currency", "fraction"}
BOUNDS = {None, "up-to", "at-least", "more-than", "less-than"}
CATEGORIES = {"unsupported-assertion", "weak-sourcing", "duplicated-sourcing", "inconsistency",
              "missing-context", "structure"}


class SpecError(Exception):
    pass


def article_path(ref):
    """Resolves an article reference the same way AnnotationSet.java does."""
    if ref.startswith("polnear:"):
        return os.path.join(REPO, "..", "shared", "polnear", ref[len("polnear:"):])
    return os.path.join(REPO, ref)


def locate(text, snippet, n=None, ctx=None, ctx_n=None):
    """Offsets of `snippet` in `text`. Ambiguity is an error unless n or ctx disambiguates it."""
    base = 0
    hay = text
    if ctx is not None:
        cstart = locate(text, ctx, ctx_n)[0]
        base, hay = cstart, text[cstart:cstart + len(ctx)]
    hits = []
    i = hay.find(snippet)
    while i >= 0:
        hits.append(i)
        i = hay.find(snippet, i + 1)
    if not hits:
        raise SpecError("not found: %r%s" % (snippet, " in ctx %r" % ctx if ctx else ""))
    if n is None:
        if len(hits) > 1:
            raise SpecError("ambiguous (%d hits), give n= or ctx=: %r" % (len(hits), snippet))
        n = 0
    if n >= len(hits):
        raise SpecError("occurrence %d of %r does not exist (%d hits)" % (n, snippet, len(hits)))
    start = base + hits[n]
    return start, start + len(snippet)


class Builder:
    """The functions a spec calls. Each records one annotation with resolved offsets."""

    def __init__(self, text):
        self.text = text
        self.claims, self.quantities, self.rankings, self.vague, self.findings = [], [], [], [], []

    def _span(self, snippet, n, ctx, ctx_n):
        s, e = locate(self.text, snippet, n, ctx, ctx_n)
        assert self.text[s:e] == snippet
        return {"start": s, "end": e, "text": snippet}

    def C(self, kind, snippet, n=None, ctx=None, ctx_n=None):
        if kind not in KINDS:
            raise SpecError("bad claim kind %r" % kind)
        self.claims.append({**self._span(snippet, n, ctx, ctx_n), "kind": kind})

    def Q(self, snippet, value, unit, currency=None, max=None, approx=False, bound=None,
          n=None, ctx=None, ctx_n=None):
        if bound not in BOUNDS:
            raise SpecError("bad bound %r" % bound)
        if unit is not None and unit not in UNITS_FIXED and not unit.replace(" ", "").isalpha():
            raise SpecError("bad unit %r" % unit)
        if (unit == "currency") != (currency is not None):
            raise SpecError("currency goes with unit 'currency' only: %r" % snippet)
        self.quantities.append({**self._span(snippet, n, ctx, ctx_n), "value": float(value),
                                "max": None if max is None else float(max), "unit": unit,
                                "currency": currency, "approximate": approx, "bound": bound})

    def R(self, snippet, entity, rank, category, scope=None, n=None, ctx=None, ctx_n=None):
        self.rankings.append({**self._span(snippet, n, ctx, ctx_n), "entity": entity, "rank": int(rank),
                              "category": category, "scope": scope})

    def V(self, snippet, n=None, ctx=None, ctx_n=None):
        self.vague.append(self._span(snippet, n, ctx, ctx_n))

    def F(self, category, snippet, why, n=None, ctx=None, ctx_n=None):
        if category not in CATEGORIES:
            raise SpecError("bad finding category %r" % category)
        self.findings.append({"category": category, **self._span(snippet, n, ctx, ctx_n), "why": why})


def build(spec_file):
    with open(spec_file, encoding="utf-8") as f:
        source = f.read()
    first = source.splitlines()[0]
    if not first.startswith("ARTICLE = "):
        raise SpecError("%s: first line must be ARTICLE = '...'" % spec_file)
    ref = first.split("=", 1)[1].strip().strip("'\"")
    with open(article_path(ref), encoding="utf-8") as f:
        text = f.read()
    if any(ord(ch) > 0xFFFF for ch in text):
        raise SpecError("%s has astral characters: Python and Java offsets would differ" % ref)
    b = Builder(text)
    namespace = {"C": b.C, "Q": b.Q, "R": b.R, "V": b.V, "F": b.F}
    exec(compile(source, spec_file, "exec"), namespace)
    for group in (b.claims, b.quantities, b.rankings, b.vague, b.findings):
        group.sort(key=lambda a: (a["start"], a["end"]))
    return {"article": ref, "claims": b.claims, "quantities": b.quantities, "rankings": b.rankings,
            "vagueAttributions": b.vague, "findings": b.findings}


def main():
    os.makedirs(OUT, exist_ok=True)
    failed = False
    totals = {}
    for name in sorted(os.listdir(SPECS)):
        if not name.endswith(".py"):
            continue
        try:
            ann = build(os.path.join(SPECS, name))
        except SpecError as e:
            print("%s: %s" % (name, e), file=sys.stderr)
            failed = True
            continue
        out = os.path.join(OUT, name[:-3] + ".json")
        with open(out, "w", encoding="utf-8") as f:
            json.dump(ann, f, indent=1, ensure_ascii=False)
            f.write("\n")
        for key in ("claims", "quantities", "rankings", "vagueAttributions"):
            totals[key] = totals.get(key, 0) + len(ann[key])
        for fd in ann["findings"]:
            totals["finding:" + fd["category"]] = totals.get("finding:" + fd["category"], 0) + 1
        totals["articles"] = totals.get("articles", 0) + 1
    for k in sorted(totals):
        print("%-35s %d" % (k, totals[k]))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
