"""The one kind of build problem a maintainer is told about in a sentence, not a traceback.

Catalogue problems have their own type (`CatalogError`, with positions); this covers the rest
of a build outside MkDocs: a `{{ ... }}` on a hand-written page, a file that would be written
twice, the configuration, the second engine, and the checks over the built site.
"""

from __future__ import annotations


class BuildError(Exception):
    """A problem with the site's files or its build, with a message that says where."""
