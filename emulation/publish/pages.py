"""Self-contained HTML: executed notebooks without code, our own pages from Jinja2 templates, figures.

A page fetches nothing: nbconvert's lab template is used without its require.js, MathJax and Mermaid links,
and plotly.js (the cartesian partial bundle) is embedded once per page. Our templates (`templates/`) are
rendered with autoescape on, so every text from the data is escaped without anyone having to remember it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..views.proposals import STATUS_COLOURS
from ..views.tables import aligned

if TYPE_CHECKING:
    import plotly.graph_objects as go
    from nbconvert import HTMLExporter

HERE = Path(__file__).resolve().parent
PLOTLY_JS = HERE / "assets" / "plotly-cartesian-4.1.1.min.js"
NBCONVERT_TEMPLATES = HERE / "nbconvert"
# the proposal lists' statuses in the colours the score sheet and the explorer give them
STATUS_STYLE = " ".join(
    f".proposals .{status} {{ background: #{colour}; }}" for status, colour in STATUS_COLOURS.items()
)
PAGE_STYLE = (
    """<style>
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #222; }
.emulation { max-width: 1200px; margin: 0 auto; padding: 24px; }
.emulation table { border-collapse: collapse; margin: 8px 0 16px; }
.emulation th, .emulation td { border-bottom: 1px solid #ddd; padding: 4px 10px; text-align: left; }
.emulation .failed { color: #B00020; }
.proposals td.status { font-weight: bold; white-space: nowrap; }
"""
    + STATUS_STYLE
    + """
.jp-RenderedHTMLCommon p, .jp-RenderedHTMLCommon li { max-width: 70em; line-height: 1.5; }
@media print { .js-plotly-plot { page-break-inside: avoid; } }
</style>"""
)


def json_data(serialised: str) -> Markup:
    """A figure's JSON made safe inside <script type="application/json">: no '<' can open or close a tag."""
    return Markup(serialised.replace("<", "\\u003c").replace(">", "\\u003e"))


@lru_cache(maxsize=1)
def templates() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["json_data"] = json_data
    return environment


def render(template: str, **context: object) -> str:
    """One of our templates with `context`; texts are escaped, Markup (tables from pandas) is kept."""
    return templates().get_template(template).render(**context)


def plain_table(frame) -> Markup:
    """Printed cells as an HTML table for our templates, numbers to the right and text to the left (every cell
    escaped)."""
    return Markup(aligned(frame).to_html())


def figure_html(serialised: str, element_id: str, height: int | None = None) -> str:
    """A figure as an HTML fragment drawn by the page's plotly.js (the `figure` macro, for notebook outputs;
    jinja2 types a template module's macros as unknown attributes)."""
    macro = templates().get_template("macros.html.j2").module.figure  # type: ignore[attr-defined]
    return str(macro(element_id, serialised, height))


class Figure:
    """A figure for a notebook output: plotly's mimetype for JupyterLab, HTML for the exported page."""

    def __init__(self, figure: go.Figure, element_id: str):
        self.figure, self.element_id = figure, element_id

    def __repr__(self) -> str:  # stable text/plain, so that a batch run twice writes the same notebook
        return f"Figure({self.element_id})"

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict[str, Any]:
        serialised = self.figure.to_json()  # once: the HTML rendering reuses it
        return {
            "application/vnd.plotly.v1+json": json.loads(serialised),
            "text/html": figure_html(serialised, self.element_id, self.figure.layout.height),
        }


@lru_cache(maxsize=2)
def _exporter(lang: str = "vi") -> HTMLExporter:
    """One exporter per process and language (building it, templates and filters, is most of nbconvert's cost),
    with our offline template: no code, no prompts, nothing fetched from elsewhere; the page declares its
    language (a screen reader reads Vietnamese as Vietnamese)."""
    from nbconvert import HTMLExporter

    return HTMLExporter(
        extra_template_basedirs=[str(NBCONVERT_TEMPLATES)],
        template_name="offline",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        language_code=lang,
    )


@lru_cache(maxsize=1)
def plotly_script() -> Markup:
    return Markup(f"<script>{PLOTLY_JS.read_text(encoding='utf-8')}</script>")


def embed(page: str, charts: bool = True) -> str:
    """The page with the house style in its head, and plotly.js where it draws charts (1.5 MB a page)."""
    return page.replace("</head>", (f"{plotly_script()}\n" if charts else "") + f"{PAGE_STYLE}\n</head>", 1)


def warm_up() -> None:
    """Compile the exporter's and our templates and read the plotly bundle before the first page is needed."""
    import nbformat  # here, not above: importing nbformat costs a kernel ~1.5 s (jsonschema's format grammars)

    notebook_page(nbformat.v4.new_notebook(), "")
    templates().get_template("index.html.j2")


def notebook_page(notebook, title: str, lang: str = "vi") -> str:
    """An executed notebook as a page with no code cells and nothing fetched from elsewhere."""
    body, _ = _exporter(lang).from_notebook_node(notebook, resources={"metadata": {"name": title}})
    return embed(body)
