"""Every benchmark behind issue #23's targets, one after another in one sitting: one run of all the ratios.

Not part of the test suite. Run from the project root on a machine with
nothing else to do (a ratio is only comparable with the others of the same
sitting)::

    LRGUI_BENCH_DATA=../shared/data python benchmarks/bench_all.py --torch-python ../torchvenv/bin/python
    python benchmarks/bench_all.py --quick            # a smoke run of the driver, minutes

Each benchmark runs in its own process, its output kept whole in
``--out`` (one log per benchmark); the machine's description, the load
average before and after each one and its lines about targets are printed,
so the performance page can quote one run of everything with its conditions.
The window's benchmark runs on a virtual screen when ``xvfb-run`` exists.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent


def machine() -> str:
    """The CPU's model, its cores and vector units, the memory: what every ratio is read against."""
    model, flags = "unknown CPU", set()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
            elif line.startswith("flags"):
                flags = set(line.split(":", 1)[1].split())
    except OSError:
        pass
    vector = "AVX-512" if "avx512f" in flags else "AVX2" if "avx2" in flags else "no AVX2"
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{model}, {os.cpu_count()} cores, {vector}, {memory:.0f} GiB; Python {sys.version.split()[0]}"


def steps(args) -> list[tuple[str, list[str], bool]]:
    """(name, command, needs a screen) in the order they run."""
    python = sys.executable
    quick = ["--quick"] if args.quick else []
    torch = ["--torch-python", args.torch_python] if args.torch_python else []
    data = Path(os.environ.get("LRGUI_BENCH_DATA") or ROOT.parent / "shared" / "data")
    loading = ["--caltech", str(data / "caltech101")] if (data / "caltech101").is_dir() else []
    if args.cifar:
        loading += ["--cifar", str(args.cifar)]
    return [
        ("logistic regression (textbook cases, primal and Gram)",
         [python, str(HERE / "bench.py"), "--only", "training", *quick,
          *([] if args.quick else ["--textbook-repeat", "2"])], False),
        ("the network against the tutorial, lean NumPy, scikit-learn and PyTorch",
         [python, str(HERE / "bench_network.py"), "--no-contended", *quick, *torch,
          *([] if args.quick else ["--rounds", "5"])], False),  # five: an epoch's ratios move ±10 % between sittings
        ("loading JPEGs against a plain Pillow loop",
         [python, str(HERE / "bench_loading.py"), *loading,
          *(["--count", "2000", "--rounds", "2"] if args.quick else [])], False),
        ("every training path beside a busy core",
         [python, str(HERE / "bench_busy.py"), *quick, *([] if args.quick else ["--rounds", "5"])], False),
        ("the window's UI thread, quiet", [python, str(HERE / "bench_ui.py"), "--worst", "3"], True),
        ("the window's UI thread, beside a busy core",
         [python, str(HERE / "bench_ui.py"), "--busy", "--worst", "3"], True),
        ("opening: first paint against a bare window",
         [python, str(HERE / "bench_startup.py"), *(["--rounds", "2"] if args.quick else [])], False),
    ]


def on_screen(command: list[str]) -> list[str]:
    """The command on a 1280×800 virtual screen if Xvfb is there, else Qt's offscreen platform."""
    if shutil.which("xvfb-run"):
        return ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *command]
    return command


def summary_lines(text: str) -> list[str]:
    """The lines of a benchmark's output that state a ratio against its target, or a phase's verdict, and the
    primal's two-product floor (what its one-read target is measured against)."""
    keys = ("target", " met", "MISSED", "NOT met", "the two products alone")
    return [line.rstrip() for line in text.splitlines() if any(key in line for key in keys)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="every benchmark's smoke run")
    parser.add_argument("--torch-python", help="a Python with torch installed (PyTorch is a contender of the network)")
    parser.add_argument("--cifar", type=Path, help="a folder of CIFAR-10 JPEGs for the loading benchmark")
    parser.add_argument("--out", type=Path, default=Path("bench-all"), help="folder for each benchmark's whole log")
    parser.add_argument("--skip", action="append", default=[], help="skip the benchmarks whose name has this word")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    environment = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    print(f"{machine()}\nstarted {time.strftime('%Y-%m-%d %H:%M %Z')}, load average {os.getloadavg()[0]:.2f}", flush=True)
    failed = 0
    for number, (name, command, screen) in enumerate(steps(args), 1):
        if any(word in name for word in args.skip):
            continue
        before, started = os.getloadavg()[0], time.perf_counter()
        if screen:
            command = on_screen(command)
            environment_for = dict(environment, QT_QPA_PLATFORM="xcb") if command[0] == "xvfb-run" else environment
        else:
            environment_for = environment
        done = subprocess.run(command, cwd=ROOT, env=environment_for, capture_output=True, text=True)
        output = done.stdout + done.stderr
        script = next(Path(part).stem for part in command if part.endswith(".py"))
        log = args.out / f"{number}-{script}{'-busy' if '--busy' in command else ''}.log"
        log.write_text(output)
        seconds, after = time.perf_counter() - started, os.getloadavg()[0]
        status = "ok" if done.returncode == 0 else f"FAILED (exit {done.returncode})"
        failed += done.returncode != 0
        head = f"[{number}] {name}: {status}, {seconds:.0f} s, load average {before:.2f} → {after:.2f}; log {log}"
        print(head, flush=True)
        lines = summary_lines(output)
        for line in lines:
            print(f"    {line}", flush=True)
    print(f"ended {time.strftime('%Y-%m-%d %H:%M %Z')}, load average {os.getloadavg()[0]:.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
