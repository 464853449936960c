"""Deprecated: the checks of a user's tables moved to :mod:`regionalism.data.user_checks`
(``check_folder`` and ``check_csv`` stay available from :mod:`regionalism.extend`)."""
from regionalism._shared.lazy import deprecated_module
from regionalism.data.user_checks import (OVERLAY_TABLES, STATE_FIELDS, OverlayCheck, check_csv, check_folder,
                                          check_overlay)

deprecated_module(__name__, "regionalism.data.user_checks")

__all__ = ["OverlayCheck", "check_overlay", "check_folder", "check_csv", "OVERLAY_TABLES", "STATE_FIELDS"]
