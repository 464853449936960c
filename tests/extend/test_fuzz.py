"""Property-based: random malformed user tables give a ValidationError with problems, never another exception."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import regionalism as rg
from regionalism.data.catalog import resource

EXAMPLES = int(os.environ.get("REGIONALISM_FUZZ_EXAMPLES", "100"))  # benchmarks/fuzz_validate.py runs many more
TABLES = ("regions", "region_members", "memberships", "organizations")
CELL = st.one_of(
    st.sampled_from(["", "1992", "2008", "2030", "x", "full", "member", "Albania", "Korea", "Narnia", "345", "347",
                     "seecp", "rcc", "un_m49", "my_src", "2008-02-27", "none", "declaratory", "western_balkans"]),
    st.text(max_size=12),
    st.integers(-10_000, 10_000).map(str),
)


@st.composite
def tables(draw):
    name = draw(st.sampled_from(TABLES))
    columns = [f["name"] for f in resource(name).resource["schema"]["fields"]]
    header = draw(st.one_of(st.just(columns), st.permutations(columns),
                            st.lists(st.sampled_from(columns + ["junk", ""]), max_size=len(columns) + 2)))
    rows = draw(st.lists(st.lists(CELL, min_size=0, max_size=len(header) + 1), max_size=5))
    delim = draw(st.sampled_from([",", ",", ";", "\t"]))
    quote = lambda c: '"' + c.replace('"', '""') + '"' if any(ch in c for ch in (delim, '"', "\n", "\r")) else c  # noqa: E731
    text = "\n".join(delim.join(quote(c) for c in row) for row in [header] + rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "latin-1", "utf-16"]))
    data = text.encode(encoding, errors="replace")
    data = draw(st.one_of(st.just(data), st.binary(max_size=64), st.just(data[: len(data) // 2])))
    return name, data


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_malformed_tables_give_structured_errors(case):
    name, data = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.csv"
        path.write_bytes(data)
        try:
            out = rg.load(name, extra=path)
        except rg.ValidationError as exc:
            problems = exc.report.problems
            assert problems
            for p in problems:
                assert isinstance(p, rg.Problem) and p.file and p.kind and p.expected
        else:
            assert len(out) >= len(rg.load(name))
