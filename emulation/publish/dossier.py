"""The dossier's Word documents (docs/reference.md, "Dossier drafts"): each draft of `views.dossier` filled into
its .docx template with docxtpl, written under one folder that appears whole or not at all, the same inputs
giving the same bytes (zip entries in a fixed order and dated 1980-01-01, the core properties' dates set to the
documents' date).

A template is the shipped one (`templates/dossier/`) unless `--templates DIR` holds a file of the same name, or
an award form names its own report template (looked up in DIR, then beside rules.toml). Every template is read
and checked before anything is written: one that is not a readable .docx, or that uses a field the program does
not fill (`views.dossier.FIELDS`), is refused naming the file and the field."""

from __future__ import annotations

import datetime
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

from jinja2 import Environment, StrictUndefined, TemplateSyntaxError, UndefinedError, nodes

from ..errors import EmulationError
from ..files import atomic_folder
from ..views.dossier import FIELDS, Draft

SHIPPED = Path(__file__).resolve().parent / "templates" / "dossier"
TEMPLATE_FILES = {"proposal": "to-trinh.docx", "minutes": "bien-ban.docx", "report": "bao-cao-thanh-tich.docx"}
NAME_LIMIT = 120  # characters of a file name before ".docx"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_UNSAFE = re.compile(r'[\\/:*?"<>|]')


class TemplateRefused(EmulationError, ValueError):
    """A template the program cannot fill: `code` a message key, `params` its values (the file, the field)."""

    def __init__(self, code: str, **params: object):
        super().__init__(code)
        self.code, self.params = code, params


# ------------------------------------------------------------------------------------------------ templates


def _env() -> Environment:
    return Environment(autoescape=True, undefined=StrictUndefined)


def _sources(data: bytes) -> list[str]:
    """The template's text as docxtpl hands it to Jinja: the body, then the headers and footers."""
    from docx.oxml import parse_xml
    from docxtpl import DocxTemplate

    template = DocxTemplate(io.BytesIO(data))
    template.init_docx()
    sources = [template.patch_xml(template.get_xml())]
    for uri in (template.HEADER_URI, template.FOOTER_URI):
        for _, part in template.get_headers_footers(uri):
            sources.append(template.patch_xml(template.xml_to_string(parse_xml(part.blob))))
    return sources


def _allowed(kind: str) -> set[str]:
    """Every field of `kind` and each of its prefixes ("forms", "forms[]", "forms[].rows"…)."""
    allowed: set[str] = set()
    for field in FIELDS[kind]:
        parts = field.split(".")
        for end in range(1, len(parts) + 1):
            allowed.add(".".join(parts[:end]))
            if parts[end - 1].endswith("[]"):
                allowed.add(".".join(parts[: end - 1] + [parts[end - 1][:-2]]))
    return allowed


def _used(node: nodes.Node, scope: dict[str, str | None], found: list[tuple[str, str]]) -> None:
    """The fields an expression or statement reads, as (path, as written): a loop's variable stands for an item
    of what it loops over ("forms[]"); `loop` and names the template sets itself are its own."""
    if isinstance(node, nodes.For):
        _used(node.iter, scope, found)
        path = _path(node.iter, scope)
        inner = dict(scope)
        for target in node.target.find_all(nodes.Name) if not isinstance(node.target, nodes.Name) else [node.target]:
            inner[target.name] = f"{path[0]}[]" if path and path[0] else None
        inner["loop"] = None
        for child in [*node.body, *node.else_, *([node.test] if node.test else [])]:
            _used(child, inner, found)
        return
    if isinstance(node, nodes.Assign):
        _used(node.node, scope, found)
        for target in node.target.find_all(nodes.Name) if not isinstance(node.target, nodes.Name) else [node.target]:
            scope[target.name] = None
        return
    if isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)):
        path = _path(node, scope)
        if path is not None:
            if path[0] is not None:
                found.append((path[0], path[1]))
            if not isinstance(node, nodes.Getitem) or isinstance(node.arg, nodes.Const):
                return
    for child in node.iter_child_nodes():
        _used(child, scope, found)


def _path(node: nodes.Node, scope: dict[str, str | None]) -> tuple[str | None, str] | None:
    """(the field's path, or None for a name of the template's own; the expression as written), or None when
    the node is no field reference."""
    if isinstance(node, nodes.Name):
        return (scope[node.name], node.name) if node.name in scope else (node.name, node.name)
    if isinstance(node, nodes.Getattr) or (
        isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str)
    ):
        key = node.attr if isinstance(node, nodes.Getattr) else node.arg.value  # type: ignore[union-attr,attr-defined]
        base = _path(node.node, scope)
        if base is None:
            return None
        return (f"{base[0]}.{key}" if base[0] is not None else None, f"{base[1]}.{key}")
    return None


def check_template(data: bytes, kind: str, name: str) -> None:
    """Refuses a template that is not a readable .docx, whose Jinja does not parse, or that uses a field the
    program does not fill for `kind`."""
    try:
        sources = _sources(data)
    except Exception as error:  # noqa: BLE001 - whatever python-docx or zipfile raise on a damaged file
        raise TemplateRefused("bad_template", file=name, detail=type(error).__name__) from None
    allowed = _allowed(kind)
    for source in sources:
        try:
            tree = _env().parse(source)
        except TemplateSyntaxError as error:
            raise TemplateRefused("bad_template", file=name, detail=str(error.message)) from None
        found: list[tuple[str, str]] = []
        for child in tree.body:
            _used(child, {}, found)
        for path, written in found:
            if path not in allowed:
                raise TemplateRefused("unknown_field", file=name, field=written)


def templates(
    drafts: list[Draft], folder: Path | None, rules_folder: Path | None, forms: dict[str, str]
) -> dict[tuple[str, str], tuple[str, bytes]]:
    """Every template the drafts need, read and checked: (kind, form) → (its file, its bytes). `forms` maps an
    award form to its own report template's file name."""
    found: dict[tuple[str, str], tuple[str, bytes]] = {}
    for draft in drafts:
        key = (draft.kind, draft.form if draft.kind == "report" and draft.form in forms else "")
        if key in found:
            continue
        if key[1]:
            name = forms[draft.form]
            places = [place for place in (folder, rules_folder) if place is not None]
            path = next((place / name for place in places if (place / name).is_file()), None)
            if path is None:
                raise TemplateRefused(
                    "template_not_found", file=name, folders=", ".join(str(place) for place in places)
                )
        else:
            name = TEMPLATE_FILES[draft.kind]
            path = folder / name if folder is not None and (folder / name).is_file() else SHIPPED / name
        data = path.read_bytes()
        check_template(data, draft.kind, str(path))
        found[key] = (str(path), data)
    return found


# ------------------------------------------------------------------------------------------------- documents


def render(template: bytes, fields: dict, date: datetime.date) -> bytes:
    """One document: the template filled, its created and modified dates set to `date`, its zip made the same
    bytes for the same inputs."""
    from docxtpl import DocxTemplate

    document = DocxTemplate(io.BytesIO(template))
    document.render(fields, _env(), autoescape=True)
    for part in (
        document.docx.element.body,
        *(
            header._element
            for section in document.docx.sections
            for header in (section.header, section.first_page_header)
        ),
    ):
        _drop_empty_runs(part)
    properties = document.docx.core_properties
    properties.created = properties.modified = datetime.datetime(date.year, date.month, date.day)
    out = io.BytesIO()
    document.save(out)
    return fixed_zip(out.getvalue())


def _drop_empty_runs(element) -> None:
    """Removes the runs a run-level tag ({%r if … %}) leaves with no text and no properties."""
    from docx.oxml.ns import qn

    for run in list(element.iter(qn("w:r"))):
        if run.find(qn("w:rPr")) is None and all(child.tag == qn("w:t") and not child.text for child in run):
            run.getparent().remove(run)


def fixed_zip(data: bytes) -> bytes:
    """The same zip with its entries in a fixed order ([Content_Types].xml first, then by name), each dated
    1980-01-01 00:00:00 with the same attributes, compressed the same way."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in sorted(source.namelist(), key=lambda name: (name != "[Content_Types].xml", name)):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type, info.create_system, info.external_attr = zipfile.ZIP_DEFLATED, 0, 0o644 << 16
            target.writestr(info, source.read(name), compresslevel=6)
    return out.getvalue()


def file_names(drafts: list[Draft]) -> list[str]:
    """Each draft's file name: NFC, `\\/:*?"<>|` replaced by '-', at most 120 characters before .docx, and
    " (<code>)" added to every name that would equal another's (without regard to case)."""
    stems = [_UNSAFE.sub("-", unicodedata.normalize("NFC", draft.name)) for draft in drafts]
    short = [stem[:NAME_LIMIT] for stem in stems]
    folded = [stem.casefold() for stem in short]
    names = []
    for draft, stem, key in zip(drafts, stems, folded):
        if folded.count(key) > 1:
            suffix = f" ({_UNSAFE.sub('-', draft.code)})"
            stem = stem[: NAME_LIMIT - len(suffix)] + suffix
        names.append(stem[:NAME_LIMIT] + ".docx")
    return names


def report_files(table) -> dict[tuple[str, str], str]:
    """The file of each (unit, form) that `emulation dossier` writes a report for, from the year's proposal list
    (with its `unit_name` and `award` columns): what the year's page and the explorer link to."""
    from ..views.dossier import DRAFTED, LANG
    from ..views.words import word

    rows = table[table["status"].isin(DRAFTED)]
    drafts = [
        Draft("report", word("dossier.report_file", LANG, unit=name, form=form), unit, form, {})
        for unit, name, form in zip(rows["unit_id"], rows["unit_name"], rows["award"])
    ]
    return {(draft.code, draft.form): name for draft, name in zip(drafts, file_names(drafts))}


def dossier_folder(year: int | str) -> Path:
    """Where `emulation dossier` writes by default, from the folder it is run in."""
    return Path("dossiers") / str(year)


def write_dossier(
    drafts: list[Draft],
    out: Path,
    date: datetime.date,
    folder: Path | None = None,
    rules_folder: Path | None = None,
    forms: dict[str, str] | None = None,
) -> list[Path]:
    """Writes every draft under `out` (all of them or none); returns the paths written. Raises TemplateRefused
    before writing anything when a template is refused."""
    forms = forms or {}
    chosen = templates(drafts, folder, rules_folder, forms)
    names = file_names(drafts)
    with atomic_folder(out) as temporary:
        for draft, name in zip(drafts, names):
            key = (draft.kind, draft.form if draft.kind == "report" and draft.form in forms else "")
            path, template = chosen[key]
            try:
                data = render(template, draft.fields, date)
            except UndefinedError as error:  # a field the check could not see (an unusual expression)
                raise TemplateRefused("unknown_field", file=path, field=str(error.message)) from None
            (temporary / name).write_bytes(data)
    return [Path(out) / name for name in names]


def drafts_by_kind(drafts: list[Draft]) -> Iterator[tuple[str, int]]:
    """How many documents of each kind, in the order proposals, minutes, reports."""
    for kind in TEMPLATE_FILES:
        yield kind, sum(draft.kind == kind for draft in drafts)
