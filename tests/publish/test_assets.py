"""The vendored partial plotly.js bundle is the one the installed plotly draws with."""

import hashlib

import plotly.offline

from emulation.publish import pages

# npm plotly.js-cartesian-dist-min@4.1.1
BUNDLE_SHA256 = "79542150855a52c567260e3137095dbe2b744e6d702a5cabe67da246942fba7a"


def test_the_bundle_matches_plotlys_own_plotly_js_version():
    assert pages.PLOTLY_JS.name == f"plotly-cartesian-{plotly.offline.get_plotlyjs_version()}.min.js"
    assert 'version="4.1.1"' in pages.PLOTLY_JS.read_text(encoding="utf-8")[:200_000]


def test_the_bundle_is_the_recorded_file():
    assert hashlib.sha256(pages.PLOTLY_JS.read_bytes()).hexdigest() == BUNDLE_SHA256
