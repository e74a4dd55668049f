"""tnp-core imports and computes with NumPy absent."""


def test_tnp_core_works_without_numpy(run_without_numpy):
    run_without_numpy(
        """
        import tnp_core

        result = tnp_core.add(tnp_core.ones(3), 1)
        assert result.tolist() == [2.0, 2.0, 2.0], result
        """
    )
