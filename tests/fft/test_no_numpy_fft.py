"""tnp-fft imports and computes with NumPy absent."""

from pathlib import Path

import tnp_core
import tnp_fft

# Where this session found the two packages (site-packages under nox, or the checkout with a
# relative PYTHONPATH, which the child, started in a temporary folder, would not resolve).
_PATHS = sorted({str(Path(m.__file__).resolve().parents[1]) for m in (tnp_core, tnp_fft)})


def test_tnp_fft_works_without_numpy(run_without_numpy):
    run_without_numpy(
        f"""
        import sys
        sys.path[:0] = {_PATHS!r}

        import tnp_core
        import tnp_fft

        result = tnp_fft.fft(tnp_core.ones(4)).tolist()
        assert [complex(v) for v in result] == [4, 0, 0, 0], result
        spectrum = tnp_fft.rfft2(tnp_core.ones((2, 4)))
        assert spectrum.shape == (2, 3), spectrum.shape
        back = tnp_fft.irfft2(spectrum, s=(2, 4))
        assert back.tolist() == [[1.0] * 4] * 2, back
        assert tnp_fft.fftshift(tnp_fft.fftfreq(4)).tolist() == [-0.5, -0.25, 0.0, 0.25]
        """
    )
