"""The outcome rule: which institutions count as security regionalism of a region in a year.

An :class:`OutcomeRule` states every disputable choice of the outcome as a
field, validated on construction. The default follows the seed article
(Mayer 2021): state-led formal institutions (organizations and agreements)
with at least three participating states of the region and no member outside
it, counted while in force (agreements from their *sourced* entry into
force), at any depth.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["OutcomeRule", "INSIDE_RULES", "IN_FORCE_RULES", "KINDS", "STATUSES"]

#: Named inside rules (a float share in (0, 1] is also accepted).
INSIDE_RULES: tuple[str, ...] = ("all", "no_outside_major_power")
#: When an agreement counts as in force.
IN_FORCE_RULES: tuple[str, ...] = ("entry_into_force", "signature")
#: Kinds of security institution.
KINDS: tuple[str, ...] = ("organization", "agreement")
#: Membership statuses of the ``memberships`` table.
STATUSES: tuple[str, ...] = ("full", "suspended", "associate", "observer")


@dataclass(frozen=True)
class OutcomeRule:
    """The rule that makes an institution count for a region in a year.

    Parameters
    ----------
    min_members : int, default 3
        Least number of the region's states that must participate (the
        article: "three or more"). At least 2.
    inside : {"all", "no_outside_major_power"} or float, default "all"
        When an institution is *exclusive* (security regionalism proper):
        ``"all"``: every member lies in the region; a float ``s`` in (0, 1]:
        at least the share ``s`` of its members lies in the region;
        ``"no_outside_major_power"``: no member from outside the region is a
        major power. Otherwise it is cooperation *from outside*.
    statuses : tuple of str, default ("full",)
        Membership statuses that make a state a participant of an
        organization (suspended members take no part by default). Any of
        ``full``, ``suspended``, ``associate``, ``observer``; must include
        ``full``.
    kinds : tuple of str, default ("organization", "agreement")
        Kinds of institution that count.
    in_force : {"entry_into_force", "signature"}, default "entry_into_force"
        ``"entry_into_force"``: a hand-coded agreement counts from its
        sourced entry into force; one whose entry into force is unknown does
        not count (it is named in a warning, never guessed). ATOP-derived
        agreements follow the members' obligation years ATOP codes.
        ``"signature"``: an agreement with unknown entry into force counts
        from its signature year (the older rule; flagged ``in_force_assumed``).
    min_depth : float, default 0.0
        Least additive depth (0-1) an institution-year must have to count.
        With 0.0 every institution counts, also one whose depth is not
        coded; above 0, an institution-year without a depth score does not
        count.

    Raises
    ------
    ValueError
        A field out of range, naming the value and the allowed ones.

    Examples
    --------
    >>> import regionalism as rg
    >>> rule = rg.OutcomeRule(kinds=("organization",), min_depth=0.3)
    >>> rule.min_members, rule.inside, rule.kinds
    (3, 'all', ('organization',))
    >>> rg.OutcomeRule(inside=1.5)
    Traceback (most recent call last):
    ...
    ValueError: OutcomeRule.inside must be 'all', 'no_outside_major_power' or a share in (0, 1]; got 1.5
    """

    min_members: int = 3
    inside: str | float = "all"
    statuses: tuple[str, ...] = ("full",)
    kinds: tuple[str, ...] = KINDS
    in_force: str = "entry_into_force"
    min_depth: float = 0.0

    def __post_init__(self) -> None:
        if isinstance(self.min_members, bool) or not isinstance(self.min_members, int) or self.min_members < 2:
            raise ValueError(f"OutcomeRule.min_members must be an integer >= 2; got {self.min_members!r}")
        ins = self.inside
        if isinstance(ins, str):
            if ins not in INSIDE_RULES:
                raise ValueError(f"OutcomeRule.inside must be 'all', 'no_outside_major_power' or a share in (0, 1]; "
                                 f"got {ins!r}")
        elif isinstance(ins, bool) or not isinstance(ins, (int, float)) or not (0 < float(ins) <= 1):
            raise ValueError(f"OutcomeRule.inside must be 'all', 'no_outside_major_power' or a share in (0, 1]; "
                             f"got {ins!r}")
        else:
            object.__setattr__(self, "inside", float(ins))
        for name, allowed in (("statuses", STATUSES), ("kinds", KINDS)):
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            value = tuple(value)
            bad = [v for v in value if v not in allowed]
            if bad or not value:
                raise ValueError(f"OutcomeRule.{name} must be a non-empty tuple of {', '.join(map(repr, allowed))}; "
                                 f"got {getattr(self, name)!r}")
            object.__setattr__(self, name, tuple(dict.fromkeys(value)))
        if "full" not in self.statuses:
            raise ValueError(f"OutcomeRule.statuses must include 'full'; got {self.statuses!r}")
        if self.in_force not in IN_FORCE_RULES:
            raise ValueError(f"OutcomeRule.in_force must be one of {', '.join(map(repr, IN_FORCE_RULES))}; "
                             f"got {self.in_force!r}")
        md = self.min_depth
        if isinstance(md, bool) or not isinstance(md, (int, float)) or not (0 <= float(md) <= 1):
            raise ValueError(f"OutcomeRule.min_depth must be a number in [0, 1]; got {md!r}")
        object.__setattr__(self, "min_depth", float(md))

    def as_dict(self) -> dict[str, Any]:
        """The rule as a plain dict (for ``DataFrame.attrs`` and reports).

        Examples
        --------
        >>> OutcomeRule().as_dict()["in_force"]
        'entry_into_force'
        """
        d = asdict(self)
        d["statuses"] = list(self.statuses)
        d["kinds"] = list(self.kinds)
        return d

    def describe(self) -> str:
        """One line stating the rule in words.

        Examples
        --------
        >>> print(OutcomeRule().describe())
        >= 3 participating states of the region (statuses full); exclusive when every member is in the region; kinds organization, agreement; agreements from entry into force; min depth 0
        """
        if self.inside == "all":
            ins = "every member is in the region"
        elif self.inside == "no_outside_major_power":
            ins = "no outside member is a major power"
        else:
            ins = f"at least {self.inside:g} of the members are in the region"
        force = "entry into force" if self.in_force == "entry_into_force" else "signature where entry into force is unknown"
        return (f">= {self.min_members} participating states of the region (statuses {', '.join(self.statuses)}); "
                f"exclusive when {ins}; kinds {', '.join(self.kinds)}; agreements from {force}; "
                f"min depth {self.min_depth:g}")
