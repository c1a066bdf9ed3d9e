"""The /admin/ folder of the built site: the form page, its generated configuration and Decap's files.

Decap CMS and the YAML library come from the npm registry (package-lock.json) and are copied from
node_modules at build time; nothing is loaded from another server.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from ..html import environment
from .config import cms_config, form_rules

DECAP = Path("decap-cms") / "dist"
YAML_MODULE = Path("yaml") / "browser" / "dist"
GITHUB = "github.com"
LICENCE_AND_BUNDLE = ("decap-cms.js", "decap-cms.js.LICENSE.txt")
LOCAL_BACKEND = "http://localhost:8081/api/v1"  # where decap-server listens by default


def github_repo(repo_url: str) -> str:
    """Return owner/name of a GitHub address such as https://github.com/owner/name, else ''."""
    parts = urlsplit(repo_url)
    path = parts.path.strip("/").removesuffix(".git")
    return path if parts.hostname == GITHUB and path.count("/") == 1 else ""


def policy(local_backend: str) -> str:
    """Return the form page's Content-Security-Policy."""
    backend = "{0.scheme}://{0.netloc}".format(urlsplit(local_backend))
    return ("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data: blob: https://avatars.githubusercontent.com; font-src 'self' data:; "
            f"connect-src 'self' https://api.github.com {backend}; object-src 'none'; base-uri 'self'; "
            "form-action 'self'")


def write_admin(out: Path, languages: list[str], node_modules: Path, *, repo_url: str = "",
                local_backend: str = LOCAL_BACKEND) -> list[Path]:
    """Write the form into out (e.g. site/admin); return the files written."""
    repo = github_repo(repo_url)
    out.mkdir(parents=True, exist_ok=True)
    config = cms_config(languages, local_backend, repo=repo)
    env = environment()
    texts = {
        "index.html": env.get_template("admin.html.j2").render(policy=policy(local_backend), repo=repo),
        "admin.js": env.loader.get_source(env, "admin.js.j2")[0],
        "manual-init.js": env.loader.get_source(env, "manual-init.js.j2")[0],
        "config.yml": yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=1000),
        "form-rules.json": json.dumps(form_rules(), ensure_ascii=False, indent=2, sort_keys=True) + "\n",
    }
    written = []
    for name, text in texts.items():
        (out / name).write_text(text, encoding="utf-8", newline="\n")
        written.append(out / name)
    for source in _decap_files(node_modules):
        written.append(Path(shutil.copy2(source, out / source.name)))
    shutil.copytree(node_modules / YAML_MODULE, out / "yaml", dirs_exist_ok=True)
    return written


def _decap_files(node_modules: Path) -> list[Path]:
    """Return Decap's bundle, the chunks it loads on demand and its licence notes (no source maps)."""
    folder = node_modules / DECAP
    if not (folder / "decap-cms.js").is_file():
        raise FileNotFoundError(f"{folder / 'decap-cms.js'} is missing: run `npm ci` (make does) first")
    return sorted(path for path in folder.iterdir()
                  if path.name.endswith((".decap-cms.js", ".wasm")) or path.name in LICENCE_AND_BUNDLE)
