#!/usr/bin/env bash
# The checks that need a CUDA device, in one run: the CUDA tests of every test folder,
# the demo on the GPU and the benchmark's CUDA table. Run from the repository root on a
# machine with a GPU and torch, numpy, pytest and hypothesis installed (no wheels built:
# the sources are put on PYTHONPATH). With --full, the whole suite also runs on CUDA.
set -uo pipefail
export PYTHONPATH="packages/tnp-core/src:packages/tnp-linalg/src:packages/tnp-fft/src:packages/tnp-random/src:packages/tnp/src"
out="${OUT:-/tmp}"
python3 -c "import torch; print('torch', torch.__version__, 'cuda', torch.cuda.is_available(), torch.cuda.get_device_name(0) if torch.cuda.is_available() else '')"
status=0
python3 -m pytest -q -p no:cacheprovider -m cuda tests/core tests/tnp tests/linalg tests/fft tests/random 2>&1 | tee "$out/cuda_tests.log" || status=1
python3 demo/heat_diffusion.py 2>&1 | tee "$out/demo.log" || status=1
python3 benchmarks/bench_small_calls.py --quick --device cuda --json "$out/bench.json" 2>&1 | tee "$out/bench.log" || status=1
python3 benchmarks/bench_large.py --quick --device cuda --json "$out/bench_large.json" 2>&1 | tee "$out/bench_large.log" || status=1
if [ "${1:-}" = "--full" ]; then
    # every test folder with tnp's default device set to CUDA
    python3 -m pytest -q -p no:cacheprovider --tnp-device=cuda --hypothesis-seed=0 \
        tests/core tests/tnp tests/linalg tests/fft tests/random 2>&1 | tee "$out/cuda_full.log" || status=1
    grep -E "^(FAILED|ERROR)" "$out/cuda_full.log" > "$out/cuda_full_failures.txt" || true
fi
exit $status
