"""The embedding runtimes: ONNX Runtime's int8 export stands in for torch, and a text's vector
depends on that text alone."""

import numpy as np
import pytest
from django.test import override_settings

from factcheck import embeddings

SENTENCES = [
    "The harbour authority said 412 trawlers were registered in the port last winter.",
    "A ban on pesticides near schools will take effect in March.",
    "Bus fares in the valley rose by a third after the subsidy was cut.",
    "Short.",
]


@pytest.fixture
def runtime():
    def use(name):
        embeddings._encoder.cache_clear()
        return override_settings(FACTCHECK_EMBEDDING_RUNTIME=name)

    yield use
    embeddings._encoder.cache_clear()


def test_a_text_gets_the_same_vector_alone_and_among_others(runtime):
    with runtime("onnx"):
        together = embeddings.embed(SENTENCES)
        alone = np.stack([embeddings.embed_one(text) for text in SENTENCES])
    assert together.shape == (len(SENTENCES), embeddings.DIMENSIONS) and together.dtype == np.float32
    np.testing.assert_allclose(together, alone, atol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


def test_the_onnx_runtime_gives_nearly_torchs_vectors_and_the_same_neighbours(runtime):
    with runtime("torch"):
        reference = embeddings.embed(SENTENCES)
    with runtime("onnx"):
        quantised = embeddings.embed(SENTENCES)
    assert (reference * quantised).sum(axis=1).min() > 0.97
    # Each sentence's nearest other sentence does not change.
    nearest = [
        (m - 2 * np.eye(len(SENTENCES))).argmax(axis=1) for m in (quantised @ quantised.T, reference @ reference.T)
    ]
    assert (nearest[0] == nearest[1]).all()


def test_the_export_is_built_once_and_reused(tmp_path):
    with override_settings(VAR_DIR=tmp_path):
        built = embeddings.prepare_onnx()
        assert built.parent == tmp_path / "models" and built.stat().st_size > 10_000_000
        stamp = built.stat().st_mtime_ns
        assert embeddings.prepare_onnx() == built and built.stat().st_mtime_ns == stamp
        assert not [p for p in built.parent.iterdir() if p.suffix == ".tmp"]


def test_an_unknown_runtime_is_a_clear_configuration_error(runtime):
    from django.core.exceptions import ImproperlyConfigured

    with runtime("tensorflow"), pytest.raises(ImproperlyConfigured, match="onnx, torch"):
        embeddings.embed_one("anything")
