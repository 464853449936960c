"""Case-oriented comparison: attribute tables, Mill's methods and case selection."""

from regionalism.cases.comparison import (
    AttributeTable, attribute_table, dichotomize, joint_method, method_of_agreement,
    method_of_difference,
)
from regionalism.cases.selection import select_cases

__all__ = ["AttributeTable", "attribute_table", "dichotomize", "joint_method",
           "method_of_agreement", "method_of_difference", "select_cases"]
