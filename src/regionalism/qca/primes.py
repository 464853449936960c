"""Exact prime implicant generation and minimal covers of prime implicant charts.

Prime implicants are found on the dense implicant lattice with numpy: a
boolean array with one axis per condition and ``k + 1`` positions per axis
(the ``k`` values plus "condition absent") is filled by AND-reduction along
each axis, which marks every implicant whose minterms are all positive or
don't-care rows. An implicant is prime when none of its immediate
generalizations is allowed. This is equivalent to the Quine-McCluskey
procedure (Quine 1952; McCluskey 1956) but vectorized; it needs
``prod(k_i + 1)`` booleans (3**16 = 43 million bytes for 16 binary conditions).

Minimal covers of the prime implicant chart are found exactly (Petrick-style
branch and bound on bitsets) after removing essential prime implicants.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from regionalism.qca.expressions import Implicant, sort_key

#: largest implicant lattice (number of cells) handled by the dense algorithm
MAX_LATTICE = 200_000_000


def _lattice_size(noflevels: Sequence[int]) -> int:
    return int(np.prod([lv + 1 for lv in noflevels], dtype=object))


def prime_implicants(on_rows: np.ndarray, dc_rows: np.ndarray,
                     noflevels: Sequence[int]) -> list[Implicant]:
    """All prime implicants covering at least one positive row.

    Parameters
    ----------
    on_rows : ndarray of int
        0-based row indices (mixed radix, first condition most significant)
        of the positive configurations.
    dc_rows : ndarray of int
        0-based row indices usable as don't-cares (e.g. remainders).
    noflevels : sequence of int
        Number of levels of each condition.

    Returns
    -------
    list of tuple
        Prime implicants (``-1`` = condition absent), in R QCA order.

    Examples
    --------
    >>> prime_implicants(np.array([2, 3]), np.array([], dtype=int), [2, 2])
    [(1, -1)]
    """
    k = len(noflevels)
    on_rows = np.asarray(on_rows, dtype=np.int64)
    dc_rows = np.asarray(dc_rows, dtype=np.int64)
    if on_rows.size == 0:
        return []
    if k == 0:
        return [()]
    if _lattice_size(noflevels) > MAX_LATTICE:
        return _prime_implicants_sparse(on_rows, dc_rows, noflevels)
    shape = tuple(noflevels)
    total = int(np.prod(shape))
    allowed = np.zeros(total, dtype=bool)
    allowed[on_rows] = True
    allowed[dc_rows] = True
    has_on = np.zeros(total, dtype=bool)
    has_on[on_rows] = True
    allowed = allowed.reshape(shape)
    has_on = has_on.reshape(shape)
    for j in range(k):
        allowed = np.concatenate([allowed, allowed.all(axis=j, keepdims=True)], axis=j)
        has_on = np.concatenate([has_on, has_on.any(axis=j, keepdims=True)], axis=j)
    candidate = allowed & has_on
    del has_on
    for j in range(k):
        lv = noflevels[j]
        parent = np.take(allowed, [lv], axis=j)  # the "absent" slice along axis j
        sl = [slice(None)] * k
        sl[j] = slice(0, lv)
        candidate[tuple(sl)] &= ~parent
    idx = np.nonzero(candidate)
    vals = np.stack(idx, axis=1)
    for j, lv in enumerate(noflevels):
        vals[vals[:, j] == lv, j] = -1
    pis = [tuple(int(v) for v in row) for row in vals]
    pis.sort(key=sort_key)
    return pis


def _prime_implicants_sparse(on_rows: np.ndarray, dc_rows: np.ndarray,
                             noflevels: Sequence[int]) -> list[Implicant]:
    """Quine-McCluskey on sets of implicants (for lattices too large to hold densely)."""
    from regionalism.qca.truth_table import decode_rows

    allowed_rows = np.union1d(on_rows, dc_rows)
    current = {tuple(int(v) for v in r) for r in decode_rows(allowed_rows, noflevels)}
    on_set = {tuple(int(v) for v in r) for r in decode_rows(on_rows, noflevels)}
    k = len(noflevels)
    primes: set[Implicant] = set()
    while current:
        merged: set[Implicant] = set()
        used: set[Implicant] = set()
        for imp in current:
            for j in range(k):
                if imp[j] == -1:
                    continue
                siblings = [imp[:j] + (v,) + imp[j + 1:] for v in range(noflevels[j])]
                if all(s in current for s in siblings):
                    merged.add(imp[:j] + (-1,) + imp[j + 1:])
                    used.update(siblings)
        primes.update(current - used)
        current = merged

    def covers_on(imp: Implicant) -> bool:
        return any(all(i == -1 or i == v for i, v in zip(imp, row)) for row in on_set)

    out = [p for p in primes if covers_on(p)]
    out.sort(key=sort_key)
    return out


def coverage_matrix(implicants: Sequence[Implicant], rows: np.ndarray) -> np.ndarray:
    """Boolean matrix (implicants x rows): does the implicant cover the row?

    Parameters
    ----------
    implicants : sequence of tuple
    rows : ndarray, shape (n_rows, n_conditions)
        Condition values of the rows.
    """
    imps = np.asarray(implicants, dtype=np.int64).reshape(len(implicants), -1)
    rows = np.asarray(rows, dtype=np.int64)
    out = np.zeros((imps.shape[0], rows.shape[0]), dtype=bool)
    if imps.size == 0 or rows.size == 0:
        return out
    step = max(1, int(2e7 // max(1, rows.shape[0] * rows.shape[1])))
    for s in range(0, imps.shape[0], step):
        block = imps[s:s + step, None, :]
        out[s:s + step] = ((block == -1) | (block == rows[None, :, :])).all(axis=2)
    return out


def _bits(matrix: np.ndarray) -> list[int]:
    """Rows of a boolean matrix as Python integer bitsets (column i = bit i)."""
    if matrix.shape[1] == 0:
        return [0] * matrix.shape[0]
    packed = np.packbits(matrix, axis=1, bitorder="little")
    return [int.from_bytes(r.tobytes(), "little") for r in packed]


def row_dominance(chart: np.ndarray) -> np.ndarray:
    """Indices of prime implicants kept after removing dominated ones.

    A prime implicant is dominated when another one covers a proper superset
    of its columns, or the same columns and comes earlier in the order.
    """
    bits = _bits(chart)
    keep = []
    for i, b in enumerate(bits):
        dominated = False
        for j, c in enumerate(bits):
            if i == j:
                continue
            if b & c == b and (b != c or j < i):
                dominated = True
                break
        if not dominated:
            keep.append(i)
    return np.array(keep, dtype=np.int64)


def essential_implicants(chart: np.ndarray) -> list[int]:
    """Indices of essential prime implicants (sole cover of some column)."""
    counts = chart.sum(axis=0)
    ess = set()
    for col in np.nonzero(counts == 1)[0]:
        ess.add(int(np.nonzero(chart[:, col])[0][0]))
    return sorted(ess)


def minimal_covers(chart: np.ndarray, *, all_sol: bool = False,
                   max_solutions: int | None = None) -> list[tuple[int, ...]]:
    """All minimal covers of a prime implicant chart.

    Parameters
    ----------
    chart : ndarray of bool, shape (n_implicants, n_columns)
    all_sol : bool
        False: all covers with the minimum number of prime implicants (R's
        default). True: all irredundant covers, whatever their size.
    max_solutions : int, optional
        Stop after this many covers (None: no limit).

    Returns
    -------
    list of tuple of int
        Each cover as sorted implicant indices; sorted by size, then
        lexicographically.

    Notes
    -----
    Essential implicants are fixed first and columns that contain another
    column are dropped (they are covered whenever the smaller one is). The
    remaining chart is solved by branch and bound: branch on the column with
    the fewest candidates, exclude implicants already tried in sibling
    branches (so every cover is generated once), and prune with a lower
    bound given by a greedy set of columns sharing no implicant.
    """
    n_imp, n_col = chart.shape
    if n_col == 0:
        return [()]
    if not chart.any(axis=0).all():
        raise ValueError("the prime implicant chart has a column no implicant covers")
    essential = essential_implicants(chart)
    ess_t = tuple(essential)
    covered = chart[essential].any(axis=0) if essential else np.zeros(n_col, dtype=bool)
    if covered.all():
        return [ess_t]
    sub = chart[:, ~covered].copy()
    sub[essential] = False
    # implicant bitsets of each remaining column; drop columns containing another one
    col_sets = _bits(np.ascontiguousarray(sub.T))
    order = sorted(range(len(col_sets)), key=lambda c: bin(col_sets[c]).count("1"))
    kept: list[int] = []
    for c in order:
        s = col_sets[c]
        if not any(col_sets[d] & s == col_sets[d] for d in kept):
            kept.append(c)
    cols = [col_sets[c] for c in kept]
    imp_cols: dict[int, int] = {}
    for ci, s in enumerate(cols):
        x = s
        while x:
            low = x & -x
            i = low.bit_length() - 1
            imp_cols[i] = imp_cols.get(i, 0) | (1 << ci)
            x ^= low
    all_cols = (1 << len(cols)) - 1
    found: list[tuple[int, ...]] = []

    def lower_bound(uncov: int, allowed: int) -> int:
        used, count = 0, 0
        x = uncov
        cand = []
        while x:
            low = x & -x
            c = low.bit_length() - 1
            cand.append((bin(cols[c] & allowed).count("1"), c))
            x ^= low
        for _, c in sorted(cand):
            s = cols[c] & allowed
            if not s & used:
                used |= s
                count += 1
        return count

    def search(chosen: list[int], uncov: int, allowed: int, limit: int | None) -> None:
        if max_solutions is not None and len(found) >= max_solutions:
            return
        if uncov == 0:
            found.append(tuple(sorted(chosen)))
            return
        best_c, best_n = -1, 1 << 30
        x = uncov
        while x:
            low = x & -x
            c = low.bit_length() - 1
            n = bin(cols[c] & allowed).count("1")
            if n < best_n:
                best_c, best_n = c, n
                if n <= 1:
                    break
            x ^= low
        if best_n == 0:
            return
        if limit is not None and len(chosen) + lower_bound(uncov, allowed) > limit:
            return
        branch = cols[best_c] & allowed
        while branch:
            low = branch & -branch
            i = low.bit_length() - 1
            chosen.append(i)
            search(chosen, uncov & ~imp_cols[i], allowed & ~low, limit)
            chosen.pop()
            allowed &= ~low  # covers with i were all found in the branch above
            branch ^= low

    everything = (1 << n_imp) - 1
    if all_sol:
        search([], all_cols, everything, None)
        sols = []
        for sol in found:
            cov = 0
            for i in sol:
                cov |= imp_cols[i]
            redundant = False
            for i in sol:
                rest = 0
                for j in sol:
                    if j != i:
                        rest |= imp_cols[j]
                if rest == all_cols:
                    redundant = True
                    break
            if not redundant:
                sols.append(tuple(sorted(ess_t + sol)))
        return sorted(set(sols), key=lambda s: (len(s), s))
    size = max(1, lower_bound(all_cols, everything))
    while not found:
        search([], all_cols, everything, size)
        size += 1
    return sorted({tuple(sorted(ess_t + s)) for s in found}, key=lambda s: (len(s), s))
