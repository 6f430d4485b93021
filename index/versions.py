"""The installed version of a library, read without importing it (or importlib.metadata).

A saved index records the versions of the libraries that shaped it (nltk, simplemma) or
whose figures it keeps (wordfreq), and loading it compares them; importing those
libraries to ask costs 0.1-0.4 s each, and importlib.metadata's first use 0.1 s, at every
start of a one-question run. A package installed by pip has a ``NAME-VERSION.dist-info``
folder beside it: its name says the version.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path


@cache
def installed_version(name: str) -> str:
    """The version of the installed distribution ``name`` (a top-level package of the same
    name); "" when it is not installed."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.origin:
        return ""
    site = Path(spec.origin).parent.parent
    found = sorted(site.glob(f"{name}-*.dist-info"))
    if len(found) == 1:
        return found[0].name[len(name) + 1 : -len(".dist-info")]
    from importlib import metadata  # an unusual install: ask the slow, general way

    return metadata.version(name)
