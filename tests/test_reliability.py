"""Reliability and security: hostile files refused quickly in bounded memory, interrupted and concurrent
work, determinism, inputs never modified, paths that cannot leave the output folder, and the dashboard under
a bounded local load."""

import hashlib
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import (
    accepts,
    cli_held,
    free_port,
    run_cli,
    stop_server,
    tables,
    wait_for,
    write_csv_folder,
    write_workbook,
)

pytestmark = pytest.mark.slow

REFUSAL_MEGABYTES = 250  # peak memory of a refusing process (measured: 105-125 MB, interpreter and pandas included)


# Runs the command line in-process, then reports the peak resident memory of this process's own address space
# (VmHWM: unlike ru_maxrss it does not count the memory of the test process the child was forked from).
MEASURE = """
import sys
from emulation.cli import main
try:
    status = main(sys.argv[1:])
finally:
    peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
    print("PEAK_KB", peak.split()[1], file=sys.stderr)
sys.exit(status)
"""


def measured(*args: str) -> tuple[int, str, float]:
    """Exit status, stderr and peak resident megabytes of `emulation ARGS` in its own process (the timeout
    guards against a hang; how fast a refusal is lives in bench/)."""
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    peak = int(result.stderr.rsplit("PEAK_KB", 1)[1].split()[0]) / 1024
    return result.returncode, result.stderr, peak


def assert_refused_in_bounded_memory(path: Path, words: str) -> None:
    status, stderr, megabytes = measured("validate", str(path))
    assert status == 2 and words in stderr and "Traceback" not in stderr, stderr
    assert megabytes < REFUSAL_MEGABYTES, megabytes  # speed lives in bench/, not in a test


def test_a_text_file_named_xlsx(tmp_path):
    path = tmp_path / "số liệu.xlsx"
    path.write_text("Kỳ,Mã đơn vị\n2020,A\n", encoding="utf-8")
    assert_refused_in_bounded_memory(path, "Không đọc được sổ Excel")


def test_a_zip_bomb(tmp_path):
    path = tmp_path / "bomb.xlsx"
    zero = b"\0" * 2**20
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(600):  # 600 MiB of zeros packs into well under a megabyte
                member.write(zero)
    assert path.stat().st_size < 2**20 * 2
    assert_refused_in_bounded_memory(path, "quá lớn khi giải nén")


def test_an_xml_entity_attack(tmp_path):
    """Billion laughs in a sheet: never expanded; the workbook is read without it or refused."""
    path = write_workbook(tmp_path / "laughs.xlsx", tables())
    laughs = (
        '<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10))
        + "]>"
    )
    rebuilt = tmp_path / "attack.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8")
                text = text.replace("?>", "?>" + laughs, 1).replace("<t>Cụm thử</t>", "<t>&lol9;</t>")
                data = text.encode("utf-8")
            target.writestr(item, data)
    status, stderr, megabytes = measured("validate", str(rebuilt))
    assert status in (0, 2) and "Traceback" not in stderr, stderr
    assert megabytes < REFUSAL_MEGABYTES, megabytes  # speed lives in bench/, not in a test
    import openpyxl

    assert openpyxl.DEFUSEDXML  # what openpyxl reads (templates, our own workbooks) goes through defusedxml


def test_a_file_of_several_hundred_megabytes(tmp_path):
    folder = write_csv_folder(tmp_path / "data", tables())
    with open(folder / "results.csv", "r+b") as file:
        file.truncate(300 * 2**20)  # sparse: no disk is used, but the size is real
    assert_refused_in_bounded_memory(folder, "Tệp quá lớn (300 MB, tối đa 256 MB)")


def test_a_million_columns(tmp_path):
    folder = write_csv_folder(tmp_path / "data", tables())
    (folder / "units.csv").write_text(",".join(f"c{index}" for index in range(1_000_000)) + "\nA\n", encoding="utf-8")
    assert_refused_in_bounded_memory(folder, "Quá nhiều cột (1000000, tối đa 500)")


def test_the_widest_sheet_excel_allows(tmp_path):
    from openpyxl import load_workbook

    path = write_workbook(tmp_path / "wide.xlsx", tables())
    workbook = load_workbook(path)
    workbook["Đơn vị"].cell(row=1, column=16_384).value = "XFD"  # column XFD, the last one Excel has
    workbook.save(path)
    assert_refused_in_bounded_memory(path, "Quá nhiều cột (16384, tối đa 500)")


def hashes(folder: Path) -> dict:
    return {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_inputs_are_never_modified(tmp_path):
    data = tmp_path / "data"
    shutil.copytree("data/sample", data)
    workbook = write_workbook(tmp_path / "book.xlsx", tables())
    before = hashes(data) | {workbook: hashlib.sha256(workbook.read_bytes()).hexdigest()}
    for args in (
        ["validate", str(data)],
        ["scores", str(data), "--period", "2019", "--format", "csv"],
        ["export", str(data), "--period", "2019", "--out", str(tmp_path / "out" / "x.xlsx")],
        ["merge", str(tmp_path / "out" / "m.xlsx"), str(data), str(workbook)],
        ["report", str(data), "--period", "2019", "--cluster", "HG-DL", "--out", str(tmp_path / "out")],
    ):
        assert run_cli(*args).returncode == 0, args
    after = hashes(data) | {workbook: hashlib.sha256(workbook.read_bytes()).hexdigest()}
    assert after == before


def test_csv_and_json_outputs_are_byte_identical(tiny):
    for output in ("csv", "json"):
        runs = {run_cli("attainment", str(tiny), "--period", "2020", "--format", output).stdout for _ in range(2)}
        runs |= {run_cli("scores", str(tiny), "--period", "2020", "--format", output).stdout for _ in range(2)}
        assert len(runs) == 2  # one attainment text and one scores text, each the same on both runs


def test_an_interrupted_export_leaves_nothing_half_written(tmp_path):
    # the hold, not the data's size, makes the moment: a small dataset is as good as a national one
    data = write_csv_folder(tmp_path / "data", tables())
    out, held = tmp_path / "out" / "bảng điểm.xlsx", tmp_path / "held"
    # held once the whole workbook is in its temporary file, before it is flushed and takes its name
    process = cli_held("emulation.files:_flushed", 1, held, "export", str(data), "--period", "2020", "--out", str(out))
    assert wait_for(lambda: held.exists() or process.poll() is not None), "the export never wrote"
    assert held.exists() and list(out.parent.glob("*.part")), process.communicate()
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143 and "Traceback" not in stderr, stderr
    assert not out.exists() and list(out.parent.iterdir()) == []


def test_codes_cannot_lead_files_out_of_the_output_folder(tmp_path):
    data = tables()
    for table in ("clusters", "members"):
        for row in data[table][1:]:
            row[0 if table == "clusters" else 1] = row[0 if table == "clusters" else 1].replace("C1", "../../C1<b>")
    data["indicators"] = [row[:7] + [""] for row in data["indicators"]]
    folder = write_csv_folder(tmp_path / "data", data)
    out = tmp_path / "deep" / "out"
    result = run_cli("report", str(folder), "--period", "2020", "--out", str(out), "--slides")
    assert result.returncode == 0, result.stderr
    outside = [
        path
        for path in tmp_path.rglob("*")
        if path.is_file() and out not in path.parents and (tmp_path / "data") not in path.parents
    ]
    assert outside == []
    assert {path.name for path in (out / "2020").iterdir()} >= {"_.._C1_b_.html", "_.._C1_b_-slides.html", "index.html"}
    page = (out / "2020" / "_.._C1_b_.html").read_text(encoding="utf-8")
    assert "C1<b>" not in page and "../../C1&lt;b&gt;" in page


def test_two_batches_into_one_folder_do_not_corrupt_each_other(tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "emulation", "report", "--period", "2017", "--out", str(out), "--workers", "1"]
    first, second = (subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(2))
    assert first.wait(timeout=300) == 0 and second.wait(timeout=300) == 0
    files = sorted((out / "2017").iterdir())
    assert [path.name for path in files] == [
        "KG-C1.html",
        "KG-C1.ipynb",
        "KG-C2.html",
        "KG-C2.ipynb",
        "KG-C3.html",
        "KG-C3.ipynb",
        "index.html",
    ]
    import nbformat

    for path in files:
        if path.suffix == ".html":
            assert path.read_text(encoding="utf-8").rstrip().endswith("</html>")
        else:
            nbformat.validate(nbformat.read(path, as_version=4))


def test_dashboard_under_a_bounded_local_load():
    """Six page loads on 127.0.0.1 (twice as many as the kernels allowed) against a dashboard allowed 3 live
    kernels that culls after 5 idle seconds: never more than 3 kernels, memory bounded, and all of them culled
    afterwards but the pool's, kept ready for the next view."""
    import urllib.error
    import urllib.request

    import psutil

    from emulation.jupyter.dashboard import POOL_SIZE, voila_command, voila_environment

    port = free_port()
    server = subprocess.Popen(
        voila_command(port, cull_idle=5, cull_interval=1, max_kernels=3),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env=voila_environment(),
    )
    parent = psutil.Process(server.pid)
    most_kernels, most_megabytes, statuses = 0, 0.0, []

    def observe() -> int:
        nonlocal most_kernels, most_megabytes
        kernels, resident = 0, 0
        for process in [parent] + parent.children(recursive=True):
            try:  # a kernel being culled can vanish, or linger as a zombie, between two calls
                kernels += "ipykernel_launcher" in " ".join(process.cmdline())
                resident += process.memory_info().rss
            except psutil.Error:
                continue
        most_kernels, most_megabytes = max(most_kernels, kernels), max(most_megabytes, resident / 2**20)
        return kernels

    try:
        assert wait_for(lambda: accepts(port), 60), "the dashboard did not start"
        for _ in range(6):  # a fixed, bounded number of requests, to this machine only
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=120) as response:
                    response.read()
                    statuses.append(response.status)
            except urllib.error.HTTPError as error:
                statuses.append(error.code)
            observe()
        assert wait_for(lambda: observe() == POOL_SIZE, 60), "idle kernels were not culled"
    finally:
        stop_server(server)
    assert most_kernels <= 3, most_kernels
    assert statuses.count(200) >= 3 and set(statuses) <= {200, 503}, statuses
    assert most_megabytes < 3 * 400 + 300, most_megabytes
