"""Self-contained HTML pages: executed notebooks without code, the index and the province roll-up.

A page fetches nothing: nbconvert's lab template is used without its require.js, MathJax and Mermaid links,
and plotly.js (the cartesian partial bundle) is embedded once per page.
"""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

import nbformat

ASSETS = Path(__file__).resolve().parent / "assets"
PLOTLY_JS = ASSETS / "plotly-cartesian-4.1.1.min.js"
TEMPLATES = Path(__file__).resolve().parent / "nbconvert"
PAGE_STYLE = """<style>
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #222; }
.emulation { max-width: 1200px; margin: 0 auto; padding: 24px; }
.emulation table { border-collapse: collapse; margin: 8px 0 16px; }
.emulation th, .emulation td { border-bottom: 1px solid #ddd; padding: 4px 10px; text-align: left; }
.emulation .failed { color: #B00020; }
.jp-RenderedHTMLCommon td:first-child, .jp-RenderedHTMLCommon th:first-child { text-align: left; }
.jp-RenderedHTMLCommon p, .jp-RenderedHTMLCommon li { max-width: 70em; line-height: 1.5; }
@media print { .js-plotly-plot { page-break-inside: avoid; } }
</style>"""


@lru_cache(maxsize=1)
def _exporter():
    """One exporter per process: building it (templates, filters) is most of nbconvert's cost."""
    from nbconvert import HTMLExporter

    return HTMLExporter(extra_template_basedirs=[str(TEMPLATES)], template_name="offline", exclude_input=True,
                        exclude_input_prompt=True, exclude_output_prompt=True)


@lru_cache(maxsize=1)
def plotly_script() -> str:
    return f"<script>{PLOTLY_JS.read_text(encoding='utf-8')}</script>"


def embed(page: str) -> str:
    """The page with plotly.js and the house style in its head."""
    return page.replace("</head>", f"{plotly_script()}\n{PAGE_STYLE}\n</head>", 1)


def warm_up() -> None:
    """Compile the exporter's templates and read the plotly bundle before the first page is needed."""
    notebook_page(nbformat.v4.new_notebook(), "")


def notebook_page(notebook: nbformat.NotebookNode, title: str) -> str:
    """An executed notebook as a page with no code cells and nothing fetched from elsewhere."""
    body, _ = _exporter().from_notebook_node(notebook, resources={"metadata": {"name": title}})
    return embed(body)


def standalone_page(title: str, body: str, lang: str = "vi") -> str:
    """A page of our own (index, roll-up) around already-escaped HTML."""
    return embed(f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
                 f"<title>{html.escape(title)}</title></head>\n<body><div class=\"emulation\">\n{body}\n</div></body></html>\n")
