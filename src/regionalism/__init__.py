"""regionalism: comparative regionalism research in Python."""
from regionalism._version import __version__

__all__ = ["__version__"]
