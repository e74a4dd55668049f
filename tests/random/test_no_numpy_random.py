"""tnp-random imports and computes with NumPy absent."""


def test_tnp_random_works_without_numpy(run_without_numpy):
    run_without_numpy(
        """
        import tnp_random

        result = tnp_random.default_rng(0).random(3).tolist()
        assert len(result) == 3 and all(0.0 <= v < 1.0 for v in result), result
        """
    )
