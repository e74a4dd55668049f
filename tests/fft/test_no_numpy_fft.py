"""tnp-fft imports and computes with NumPy absent."""


def test_tnp_fft_works_without_numpy(run_without_numpy):
    run_without_numpy(
        """
        import tnp_core
        import tnp_fft

        result = tnp_fft.fft(tnp_core.ones(4)).tolist()
        assert [complex(v) for v in result] == [4, 0, 0, 0], result
        """
    )
