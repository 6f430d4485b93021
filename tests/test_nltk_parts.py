import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_answering_imports_neither_scipy_nor_blocks_it_for_later(tmp_path):
    # A fresh interpreter: in this one other tests may have imported either already.
    script = (
        "import sys\n"
        "finders = list(sys.meta_path)\n"
        "import index.answers, index.saved\n"
        "assert 'scipy' not in sys.modules, sorted(m for m in sys.modules if 'scipy' in m)\n"
        "assert sys.meta_path == finders and None not in sys.modules.values()\n"
        "from scipy import sparse\n"
        "import scipy.stats\n"
        "print(sparse.csr_matrix((2, 2)).shape)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "(2, 2)"
