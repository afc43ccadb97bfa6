"""Without a usable display the app says why in one line (instead of Qt's abort)."""

import subprocess
import sys

from lrgui.gui.display_check import display_problem


def found(name):
    return f"lib{name}.so"


def test_no_display_at_all():
    problem = display_problem({}, find_library=found, platform="linux")
    assert "no display found" in problem and "xvfb-run" in problem


def test_a_display_without_a_server(tmp_path):
    problem = display_problem({"DISPLAY": ":987"}, find_library=found, platform="linux")
    assert "cannot connect to the display :987" in problem


def test_a_missing_xcb_library_is_named(monkeypatch):
    monkeypatch.setattr("os.path.exists", lambda path: True)
    problem = display_problem({"DISPLAY": ":0"}, find_library=lambda n: None if n == "xcb-cursor" else found(n),
                              platform="linux")
    assert "libxcb-cursor0" in problem and "apt-get install libxcb-cursor0" in problem


def test_chosen_platforms_and_other_systems_are_left_to_qt():
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, find_library=found, platform="linux") is None
    assert display_problem({}, find_library=found, platform="darwin") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, find_library=found, platform="linux") is None


def test_the_app_without_a_display_exits_2_with_one_line(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "lrgui"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "no display found" in done.stderr and "Traceback" not in done.stderr
