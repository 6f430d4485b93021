import sys

import numpy
import rapidfuzz

from index.versions import installed_version


def test_versions_are_read_without_importing_the_library():
    assert installed_version("numpy") == numpy.__version__
    assert installed_version("rapidfuzz") == rapidfuzz.__version__
    assert installed_version("no_such_library_here") == ""


def test_reading_a_version_imports_nothing(tmp_path):
    import subprocess

    script = (
        "import sys; from index.versions import installed_version; "
        "v = installed_version('simplemma'); print(v, 'simplemma' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    version, imported = done.stdout.split()
    assert version[0].isdigit() and imported == "False"
