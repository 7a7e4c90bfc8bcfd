from django.apps import AppConfig


class BenchtoolsConfig(AppConfig):
    """Tooling for the benchmarks in bench/ (populate_bench), kept out of the product's apps."""

    name = "benchtools"
    verbose_name = "Benchmark tools"
