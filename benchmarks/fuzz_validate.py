"""Fuzz the checks of user data: random malformed tables must give structured errors only.

Feeds random tables (shuffled, missing and unknown columns; cells that are
valid, wrong-typed, out of range, unknown states, names, quotes, line breaks,
stray delimiters, control characters; other delimiters and encodings; random
bytes; broken ``datapackage.json``) to ``rg.load(name, extra=...)`` and counts
the outcomes. Every failure must be a ``ValidationError`` carrying a report
of problems; anything else is printed and counted as unstructured.

Usage::

    python benchmarks/fuzz_validate.py [N] [--seed S]

Prints how many inputs were tried, how many were accepted, how many gave a
ValidationError, and how many raised any other exception (must be 0).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

TABLES = ("regions", "region_members", "organizations", "memberships", "security_design",
          "agreements", "agreement_parties")
CELLS = ["", "0", "1", "2", "-1", "1992", "2008", "2030", "1800", "1e3", "3.5", "NaN", "none", "full", "observer",
         "member", "declaratory", "operational", "security", "consensus", "organization", "agreement",
         "Albania", "Korea", "Narnia", "BIH", "SRB", "339", "345", "347", "999", "seecp", "asean", "rcc",
         "western_balkans", "central_asia", "my_src", "un_m49", "seecp_about", "un_m49:p. 3; seecp_about",
         "2008-02-27", "2008-13-45", "x" * 300, "é", "Ünïcödé", '"quoted, comma"', "a\nb", "  339 ", "3\u0663\u0669",
         "\t", ";", "|", "=1+1", "__import__('os')", "\x00", "\x7f", "🙂", "True", "false", "null", "[]", "{}"]


def random_table(rng: random.Random, columns: list[str]) -> bytes:
    cols = list(columns)
    r = rng.random()
    if r < 0.2:
        cols = rng.sample(cols, rng.randint(0, len(cols)))
    elif r < 0.3:
        cols = cols + [rng.choice(["extra", "ccode", "", "note", "Id"])]
    elif r < 0.4:
        rng.shuffle(cols)
    rows = []
    for _ in range(rng.randint(0, 6)):
        width = len(cols) if rng.random() < 0.85 else rng.randint(0, len(cols) + 2)
        rows.append([rng.choice(CELLS) for _ in range(width)])
    delim = rng.choice([",", ",", ",", ";", "\t", "|"])

    def quote(cell: str) -> str:
        if any(ch in cell for ch in (delim, '"', "\n")) and rng.random() < 0.8:
            return '"' + cell.replace('"', '""') + '"'
        return cell

    text = "\n".join(delim.join(quote(c) for c in row) for row in [cols] + rows)
    if rng.random() < 0.5:
        text += "\n"
    enc = rng.choice(["utf-8", "utf-8", "utf-8", "utf-8-sig", "latin-1", "utf-16", "cp1252"])
    data = text.encode(enc, errors="replace")
    r = rng.random()
    if r < 0.05:
        data = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 200)))
    elif r < 0.1 and data:
        cut = rng.randint(0, len(data))
        data = data[:cut]
    elif r < 0.13:
        data = b""
    return data


def random_descriptor(rng: random.Random, tables: list[str]) -> bytes:
    r = rng.random()
    if r < 0.15:
        return b"{not json"
    if r < 0.25:
        return json.dumps(rng.choice([[], {}, {"resources": "x"}, {"resources": [1, {"name": 1}]}, None])).encode()
    if r < 0.3:
        return json.dumps({"resources": [{"name": "regions", "path": "../../etc/passwd"}]}).encode()
    res = [{"name": t if rng.random() < 0.9 else "states_x", "path": f"{t}.csv"} for t in tables]
    return json.dumps({"x_regionalism": {"overlay": True}, "resources": res}).encode()


def run(n: int, seed: int, *, verbose: bool = True) -> dict[str, int]:
    import regionalism as rg
    from regionalism.data.catalog import resource

    columns = {t: [f["name"] for f in resource(t).resource["schema"]["fields"]] for t in TABLES}
    rng = random.Random(seed)
    counts = {"tried": 0, "accepted": 0, "validation_error": 0, "unstructured": 0}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for i in range(n):
            case = base / f"case{i}"
            case.mkdir()
            if rng.random() < 0.75:
                name = rng.choice(TABLES)
                target = case / f"{name}.csv"
                target.write_bytes(random_table(rng, columns[name]))
            else:
                tables = rng.sample(TABLES, rng.randint(1, 3))
                for t in tables:
                    (case / f"{t}.csv").write_bytes(random_table(rng, columns[t]))
                if rng.random() < 0.7:
                    (case / "references.bib").write_text("@misc{my_src,\n  title = {x}\n}\n", encoding="utf-8")
                (case / "datapackage.json").write_bytes(random_descriptor(rng, tables))
                name, target = tables[0], case
            counts["tried"] += 1
            if verbose and counts["tried"] % 1000 == 0:
                print(f"... {counts['tried']} tried, {counts['unstructured']} unstructured", file=sys.stderr, flush=True)
            try:
                rg.load(name, extra=target)
                counts["accepted"] += 1
            except rg.ValidationError as exc:
                assert exc.report.problems, "ValidationError without problems"
                counts["validation_error"] += 1
            except Exception:  # noqa: BLE001 - counting exactly these is the point
                counts["unstructured"] += 1
                if verbose:
                    print(f"--- unstructured exception on case {i} ({name}):", file=sys.stderr)
                    traceback.print_exc()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=20261129)
    args = parser.parse_args()
    t0 = time.perf_counter()
    counts = run(args.n, args.seed)
    dt = time.perf_counter() - t0
    print(f"tried {counts['tried']} random inputs in {dt:.0f} s ({1000 * dt / max(counts['tried'], 1):.1f} ms each): "
          f"{counts['accepted']} accepted, {counts['validation_error']} ValidationError, "
          f"{counts['unstructured']} unstructured exceptions")
    sys.exit(1 if counts["unstructured"] else 0)


if __name__ == "__main__":
    main()
