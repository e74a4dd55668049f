"""The full tnp namespace imports and computes with NumPy absent."""


def test_tnp_works_without_numpy(run_without_numpy):
    run_without_numpy(
        """
        import tnp

        result = tnp.linalg.inv(tnp.eye(2))
        assert result.tolist() == [[1.0, 0.0], [0.0, 1.0]], result
        """
    )
