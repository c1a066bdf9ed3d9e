"""Where the site's sources live, for links to edit a file or to see readers' reports.

Read once from the build's configuration (`repo_url` and `edit_uri` in mkdocs.yml, set by the
environment variable REPO_URL): the edit links of every page and the links to reported mistakes
all ask here. Without a repository address there are no such links.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import quote, urlencode

# Issues that readers open to report a mistake carry this label (.github/ISSUE_TEMPLATE).
REPORT_LABEL = "meldung"


@dataclass(frozen=True)
class Repository:
    """A repository on GitHub: its address and the edit path of the docs folder, e.g. edit/main/docs/."""

    url: str = ""
    edit_uri: str = ""

    def __bool__(self) -> bool:
        return bool(self.url)

    @property
    def _base(self) -> str:
        return self.url.rstrip("/") + "/"

    def edit_url(self, path: str) -> str | None:
        """Return the address that opens a file of the repository (e.g. directory/courses/x.yml) for editing."""
        if not self.url or not self.edit_uri:
            return None
        branch = posixpath.dirname(self.edit_uri.strip("/"))  # edit/main/docs/ → edit/main
        return f"{self._base}{branch}/{quote(path)}"

    def issues_url(self, label: str = REPORT_LABEL) -> str | None:
        """Return the address of the open issues carrying label."""
        if not self.url:
            return None
        return f"{self._base}issues?{urlencode({'q': f'is:issue is:open label:{label}'})}"
