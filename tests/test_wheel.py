"""The built wheel works with no source tree: installed into a fresh virtual environment, run from a
temporary folder, it finds its sample, notebooks, templates and assets inside itself."""

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv holding only the wheel; the dependencies come from this environment through a .pth
    file (and their Jupyter data files, nbconvert's templates, through JUPYTER_PATH in `run`), so that nothing
    is downloaded; the editable install of the checkout is not visible there."""
    scratch = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(scratch / "dist")],
        check=True,
        timeout=600,
        cwd=scratch,
    )
    environment = scratch / "env"
    subprocess.run([sys.executable, "-m", "venv", str(environment)], check=True, timeout=120)
    python = environment / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(site) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    wheel = next((scratch / "dist").glob("emulation-*.whl"))
    subprocess.run([python, "-m", "pip", "install", "--no-deps", "-q", str(wheel)], check=True, timeout=300)
    return environment


def run(environment: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(environment / "bin" / args[0]), *args[1:]],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
        env={
            "PATH": f"{environment / 'bin'}:/usr/bin:/bin",
            "HOME": str(cwd),
            "JUPYTER_PATH": str(Path(sys.prefix) / "share" / "jupyter"),
        },
    )


def test_the_wheel_runs_from_any_folder(installed, tmp_path):
    where = run(installed, "python", "-c", "import emulation; print(emulation.__file__)", cwd=tmp_path)
    assert str(installed) in where.stdout and str(ROOT) not in where.stdout
    validated = run(installed, "emulation", "validate", cwd=tmp_path)
    assert validated.returncode == 0, validated.stderr
    assert "Dữ liệu hợp lệ: 8 cụm, 50 đơn vị" in validated.stdout
    guide = run(installed, "emulation", "criteria", "--period", "2025", "--format", "csv", cwd=tmp_path)
    assert guide.returncode == 0 and guide.stdout.count("\nAG-X1,") == 0 and guide.stdout.count(",AG-X1,") == 6 * 19
    assert run(installed, "emulation", "template", "blank.xlsx", cwd=tmp_path).returncode == 0
    assert (tmp_path / "blank.xlsx").stat().st_size > 0
    report = run(
        installed, "emulation", "report", "--period", "2019", "--cluster", "HG-DL", "--workers", "1", cwd=tmp_path
    )
    assert report.returncode == 0, report.stderr
    page = (tmp_path / "reports" / "2019" / "HG-DL.html").read_text(encoding="utf-8")
    assert "Plotly.newPlot" in page and 'src="http' not in page
    assert (tmp_path / "reports" / "2019" / "index.html").exists()
    dossier = run(installed, "emulation", "dossier", "--year", "2025", cwd=tmp_path)  # the .docx templates ship inside
    assert dossier.returncode == 0, dossier.stderr
    assert (tmp_path / "dossiers" / "2025" / "Tờ trình - An Giang.docx").stat().st_size > 0
    explorer = run(
        installed,
        "python",
        "-c",
        "from emulation import Explorer; e = Explorer(); print(e.dataset.periods[-1])",
        cwd=tmp_path,
    )
    assert explorer.stdout.strip().splitlines()[-1] == "2025", explorer.stderr
    dashboard = run(
        installed,
        "python",
        "-c",
        "from emulation.jupyter import dashboard as d; import os; "
        "print(d.NOTEBOOK.is_file(), os.path.isdir(d.TEMPLATES / 'voila' / 'templates' / 'offline'))",
        cwd=tmp_path,
    )
    assert dashboard.stdout.split() == ["True", "True"], dashboard.stderr
