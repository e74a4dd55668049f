"""tnp-random imports and computes with NumPy absent."""


def test_tnp_random_works_without_numpy(run_without_numpy):
    run_without_numpy(
        """
        import tnp_random

        result = tnp_random.default_rng(0).random(3).tolist()
        assert len(result) == 3 and all(0.0 <= v < 1.0 for v in result), result
        """
    )


def test_generator_legacy_functions_and_seed_sequence_work_without_numpy(run_without_numpy):
    run_without_numpy(
        """
        import tnp_random

        rng = tnp_random.default_rng(tnp_random.SeedSequence(5))
        assert rng.integers(0, 2**64, 4, dtype="uint64").shape == (4,)
        assert sorted(rng.choice(6, 6, replace=False).tolist()) == list(range(6))
        assert rng.permuted(tnp_random.permutation(6)).shape == (6,)
        items = [1, 2, 3]
        rng.shuffle(items)
        assert sorted(items) == [1, 2, 3]
        assert len(rng.spawn(2)) == 2
        tnp_random.seed(3)
        state = tnp_random.get_state()
        first = tnp_random.randint(0, 10, 5).tolist()
        tnp_random.set_state(state)
        assert tnp_random.randint(0, 10, 5).tolist() == first
        # NumPy's words for this seed
        words = tnp_random.SeedSequence(5).generate_state(2, "uint64").tolist()
        assert words == [12631478326263854183, 4464650224815488352], words
        """
    )
