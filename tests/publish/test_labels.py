"""No label drawn over another, and none cut off, read the way a person sees the charts: every text box of
every chart, in headless Chromium, in the sample's reports (a year-end and a mid-year, both languages), its
slides at 1920×1080, and every kind of figure at the PNG export sizes under both templates."""

from __future__ import annotations

import pytest
from conftest import run_cli

from emulation.data.dataset import open_dataset
from emulation.publish.gallery import SAMPLE_CASES, gallery
from emulation.publish.images import SIZES
from emulation.publish.pages import plotly_script

pytestmark = pytest.mark.slow

# Each visible text of each drawn chart as the four corners of its box on the screen (rotated text too), and
# the chart's own box: hover labels are not drawn until a pointer asks for them.
TEXT_BOXES = """() => [...document.querySelectorAll('.js-plotly-plot')]
  .filter(plot => plot.offsetWidth > 0).map(plot => {
  const texts = [];
  for (const node of plot.querySelectorAll('.main-svg text')) {
    const box = node.getBBox(), at = node.getScreenCTM();
    if (node.closest('.hoverlayer') || !node.textContent.trim() || box.width < 1 || !at ||
        !node.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const corner = (x, y) => [at.a * x + at.c * y + at.e, at.b * x + at.d * y + at.f];
    texts.push({text: node.textContent.trim(), corners: [corner(box.x, box.y), corner(box.x + box.width, box.y),
      corner(box.x + box.width, box.y + box.height), corner(box.x, box.y + box.height)]});
  }
  const r = plot.getBoundingClientRect();
  return {chart: (plot.querySelector('.gtitle') || plot).textContent || plot.id, texts,
          frame: [r.left, r.top, r.right, r.bottom]};
})"""
SLACK = 1.5  # pixels two boxes may share: glyph boxes include some empty space around the letters


def _inset(corners: list, by: float) -> list:
    middle = [sum(point[axis] for point in corners) / 4 for axis in (0, 1)]
    inset = []
    for x, y in corners:
        length = max(1e-9, ((x - middle[0]) ** 2 + (y - middle[1]) ** 2) ** 0.5)
        inset.append((x - by * (x - middle[0]) / length, y - by * (y - middle[1]) / length))
    return inset


def overlap(first: list, second: list) -> bool:
    """Whether two boxes (convex quadrilaterals) overlap by more than SLACK: no side of either separates them."""
    first, second = _inset(first, SLACK), _inset(second, SLACK)
    for shape in (first, second):
        for (x1, y1), (x2, y2) in zip(shape, shape[1:] + shape[:1]):
            normal = (y2 - y1, x1 - x2)
            along = [[normal[0] * x + normal[1] * y for x, y in box] for box in (first, second)]
            if max(along[0]) <= min(along[1]) or max(along[1]) <= min(along[0]):
                return False
    return True


def faults(charts: list[dict]) -> list[str]:
    """'chart: «a» over «b»' for every colliding pair, 'chart: «a» cut off' for every text outside its chart."""
    found = []
    for chart in charts:
        texts, (left, top, right, bottom) = chart["texts"], chart["frame"]
        for number, text in enumerate(texts):
            found += [
                f"{chart['chart']}: «{text['text']}» over «{other['text']}»"
                for other in texts[number + 1 :]
                if overlap(text["corners"], other["corners"])
            ]
            if any(
                x < left - SLACK or x > right + SLACK or y < top - SLACK or y > bottom + SLACK
                for x, y in text["corners"]
            ):
                found.append(f"{chart['chart']}: «{text['text']}» cut off")
    return found


def read_page(browser, url: str, width: int, height: int, slides: bool = False) -> list[dict]:
    """The text boxes of every chart of a page; of a slide deck, slide by slide as the arrow key shows them."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    charts = []
    if slides:
        for _ in range(page.locator(".slide").count()):
            if page.locator(".slide.shown .js-plotly-plot").count():
                page.wait_for_selector(".slide.shown .js-plotly-plot .main-svg")
                charts += page.evaluate(TEXT_BOXES)
            page.keyboard.press("ArrowRight")
    else:
        page.wait_for_function(
            "[...document.querySelectorAll('.plotly-graph-div')].every(chart => "
            "chart.querySelector('.main-svg .infolayer'))"
        )  # every chart drawn
        charts = page.evaluate(TEXT_BOXES)
    page.close()
    return charts


def test_the_overlap_check_itself():
    square = [(0, 0), (10, 0), (10, 10), (0, 10)]
    assert overlap(square, [(5, 5), (15, 5), (15, 15), (5, 15)])
    assert not overlap(square, [(9, 0), (19, 0), (19, 10), (9, 10)])  # one pixel shared: the slack
    diamond = [(13, 9), (17, 13), (13, 17), (9, 13)]  # a rotated box whose bounding box overlaps the square's
    assert not overlap(square, diamond) and overlap(square, [(x - 3, y - 3) for x, y in diamond])


@pytest.mark.parametrize("lang, period, cluster", [("vi", "2019", "HG-DL"), ("en", "2017-H1", "KG-C1")])
def test_report_and_slide_charts_keep_their_labels_apart(tmp_path, browser, lang, period, cluster):
    out = tmp_path / "out"
    for command in ("report", "slides"):
        result = run_cli(command, "--period", period, "--cluster", cluster, "--out", str(out), "--lang", lang)
        assert result.returncode == 0, result.stderr
    report = read_page(browser, (out / period / f"{cluster}.html").as_uri(), 1280, 900)
    deck = read_page(browser, (out / period / f"{cluster}-slides.html").as_uri(), 1920, 1080, slides=True)
    assert len(report) >= 20 and len(deck) >= 15
    assert faults(report + deck) == []


@pytest.mark.parametrize("size", ["word", "slides"])
def test_every_kind_of_figure_keeps_its_labels_apart_at_the_export_sizes(tmp_path, browser, size):
    dataset, (width, height, _) = open_dataset(), SIZES[size]
    parts, kinds = [], set()
    for lang in ("vi", "en"):
        for template in ("default", "projector"):
            for period, cluster in SAMPLE_CASES:
                for name, figure in gallery(dataset, period, cluster, lang, template):
                    kinds.add(name)
                    figure.update_layout(width=width, height=height)
                    parts.append(figure.to_html(full_html=False, include_plotlyjs=False))
    page = tmp_path / "figures.html"
    page.write_text(
        f"<!doctype html><meta charset='utf-8'><body>{plotly_script()}{''.join(parts)}</body>", encoding="utf-8"
    )
    charts = read_page(browser, page.as_uri(), width + 40, height)
    assert len(charts) == len(parts) and {"heatmap", "indicator", "guide_sunburst", "self_points"} <= kinds
    assert faults(charts) == []
