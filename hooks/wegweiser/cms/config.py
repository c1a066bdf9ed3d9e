"""Decap CMS's config.yml, made from the JSON Schemas: one collection per kind of entry.

Each schema field becomes a widget: a text (German, or a map of languages) an object with a German
field and one collapsed object per other language, an enumeration a select, a reference to other
entries a relation, a date or a pattern a string checked by the same regular expression. A form
cannot hold the choice "'unknown' or contact details"; it shows the details, and the page's script
saves "unknown" when they stay empty (form_rules).
"""

from __future__ import annotations

from typing import Any

from babel import Locale

from ..catalogs import SOURCE_LANGUAGE
from ..schema import ANY_KIND_REFERENCES, COMMON, KINDS, REFERENCES, is_text, resolve, schema

ENTRY_FOLDER = "directory"
FORMAT_PREFIX = "wegweiser-"  # a file format per kind, registered by the page's script (admin.js.j2)
STATUSES = ("draft", "reviewed", "machine")
TRANSLATION = f"{COMMON}#/$defs/translation"
# JSON Schema formats that the form checks with a pattern of its own.
FORMAT_PATTERNS = {"date": r"^\d{4}-\d{2}-\d{2}$"}
MULTILINE = frozenset({"description", "cost", "eligibility", "registration", "target_group", "participation",
                       "note", "meetings", "hours", "text"})


def cms_config(languages: list[str], local_backend: str, *, repo: str = "", branch: str = "main") -> dict[str, Any]:
    """Return Decap's configuration: the GitHub backend with the editorial workflow and every kind of entry.

    local_backend is the address of decap-server's API, used when the form is opened on this computer.
    """
    return {
        "backend": {"name": "github", "repo": repo, "branch": branch},
        "publish_mode": "editorial_workflow",
        "local_backend": {"url": local_backend},
        "locale": SOURCE_LANGUAGE,
        "media_folder": "docs/assets/uploads",  # required by Decap; entries hold no files
        "collections": [collection(kind, languages) for kind in KINDS],
    }


def collection(kind: str, languages: list[str]) -> dict[str, Any]:
    """Return the collection of one kind: a folder of YAML files named by the entry's id."""
    kind_schema = schema(kind)
    required = set(kind_schema.get("required", ()))
    return {
        "name": kind, "label": kind_schema["title"], "folder": f"{ENTRY_FOLDER}/{kind}", "create": True,
        "extension": "yml", "format": f"{FORMAT_PREFIX}{kind}", "identifier_field": "id", "slug": "{{id}}",
        "summary": "{{id}}", "editor": {"preview": False},  # entries have no preview template
        "fields": [widget(kind, name, prop, name in required, languages)
                   for name, prop in kind_schema["properties"].items()],
    }


def widget(kind: str, name: str, prop: dict[str, Any], required: bool, languages: list[str]) -> dict[str, Any]:
    """Return the form field of one schema property."""
    node = resolve(prop)
    field: dict[str, Any] = {"name": name, "label": node.get("title", name), "required": required}
    if node.get("description"):
        field["hint"] = node["description"]
    return {**field, **_kind_of_widget(kind, name, node, required, languages)}


def _kind_of_widget(kind: str, name: str, node: dict[str, Any], required: bool,
                    languages: list[str]) -> dict[str, Any]:
    target = REFERENCES.get(kind, {}).get(name)
    if target:
        return {"widget": "relation", "collection": target, "value_field": "id", "search_fields": ["id"],
                "display_fields": ["id"], "multiple": node.get("type") == "array"}
    if is_text(node):
        return _text(name, required, languages)
    if "enum" in node:
        return {"widget": "select", "options": node["enum"]}
    items = resolve(node.get("items", {}))
    if node.get("type") == "array" and "enum" in items:
        return {"widget": "select", "multiple": True, "options": items["enum"]}
    if node.get("type") == "array":
        return _list(kind, name, node.get("title", name), items, languages)
    objects = [resolve(option) for option in node.get("anyOf", [node]) if "properties" in resolve(option)]
    if objects:
        inner = set(objects[0].get("required", ())) if required else set()
        return {"widget": "object", "collapsed": not required,
                "fields": [widget(kind, sub, sub_prop, sub in inner, languages)
                           for sub, sub_prop in objects[0]["properties"].items()]}
    return _scalar(name, node)


def _list(kind: str, name: str, title: str, items: dict[str, Any], languages: list[str]) -> dict[str, Any]:
    """A list: of single values or texts, each item labelled with the list's title; else of objects."""
    if name in ANY_KIND_REFERENCES.values() or "properties" not in items or is_text(items):
        return {"widget": "list", "field": widget(kind, "item", {"title": title, **items}, True, languages)}
    required = set(items.get("required", ()))
    return {"widget": "list", "collapsed": True,
            "fields": [widget(kind, sub, prop, sub in required, languages)
                       for sub, prop in items["properties"].items()]}


def _text(name: str, required: bool, languages: list[str]) -> dict[str, Any]:
    """A text: German (required when the text is) and, collapsed, a translation per other language.

    Each language is labelled by its German name (Babel's), as the form speaks German.
    """
    kind_of_text = "text" if name in MULTILINE else "string"
    translation = resolve({"$ref": TRANSLATION})["properties"]
    names = Locale.parse(SOURCE_LANGUAGE).languages
    return {"widget": "object", "fields": [
        {"name": SOURCE_LANGUAGE, "label": names[SOURCE_LANGUAGE], "widget": kind_of_text, "required": required},
        *({"name": language, "label": names[language], "widget": "object", "collapsed": True, "required": False,
           "fields": [{"name": "text", "label": translation["text"]["title"], "widget": kind_of_text,
                       "required": False},
                      {"name": "status", "label": translation["status"]["title"], "widget": "select",
                       "options": list(STATUSES), "default": STATUSES[0], "required": False}]}
          for language in languages if language != SOURCE_LANGUAGE)]}


def _scalar(name: str, node: dict[str, Any]) -> dict[str, Any]:
    types = node.get("type")
    if types == "boolean":
        return {"widget": "boolean"}
    if types in ("integer", "number"):
        return {"widget": "number", "value_type": "int" if types == "integer" else "float",
                **{key: node[key] for key in ("minimum", "maximum") if key in node}}
    if "const" in node:
        return {"widget": "hidden", "default": node["const"]}
    pattern = node.get("pattern") or FORMAT_PATTERNS.get(node.get("format", ""))
    field: dict[str, Any] = {"widget": "text" if name in MULTILINE else "string"}
    if pattern and pattern != r"\S":
        field["pattern"] = [pattern, node.get("description") or pattern]
    return field



def form_rules() -> dict[str, dict[str, str]]:
    """Return, per kind, the fields whose schema allows a word instead of details ("contact: unknown").

    The form shows the details; when they stay empty, the page's script saves the word.
    """
    rules: dict[str, dict[str, str]] = {}
    for kind in KINDS:
        for name, prop in schema(kind)["properties"].items():
            words = [option["const"] for option in resolve(prop).get("anyOf", ()) if "const" in option]
            if words:
                rules.setdefault(kind, {})[name] = words[0]
    return rules
