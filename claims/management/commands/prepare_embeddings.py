"""Build the embedding model's int8 ONNX export once, so no request or task pays for it
(make install calls this; factcheck/embeddings.py explains the runtime)."""

import time

from django.core.management.base import BaseCommand

from factcheck import embeddings


class Command(BaseCommand):
    help = "Build the sentence-embedding model's ONNX export under var/models/ (nothing to do with the torch runtime)."

    def handle(self, *args, **options):
        if embeddings.runtime() != "onnx":
            self.stdout.write("FACTCHECK_EMBEDDING_RUNTIME is torch: nothing to build.")
            return
        started = time.monotonic()
        existed = embeddings.onnx_file().exists()
        path = embeddings.prepare_onnx()
        if existed:
            self.stdout.write(f"Embedding model ready: {path}")
        else:
            self.stdout.write(f"Embedding model built in {time.monotonic() - started:.0f} s: {path}")
