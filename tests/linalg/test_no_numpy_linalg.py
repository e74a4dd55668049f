"""tnp-linalg imports and computes with NumPy absent."""


def test_tnp_linalg_works_without_numpy(run_without_numpy):
    run_without_numpy(
        """
        import tnp_core
        import tnp_linalg

        result = tnp_linalg.det(tnp_core.eye(2))
        assert float(result) == 1.0, result
        """
    )
