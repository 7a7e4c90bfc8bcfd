"""The API's rate limit per user: a counter per fixed window, in the cache.

DRF's UserRateThrottle keeps each user's request times as a list in the cache and
pickles it both ways on every request: 376 µs at the default 6000/hour when the hour
is full, and more above it (bench/RESULTS.md, "API"). A counter costs one `incr` (and
one `add` at the start of each window) whatever the rate, and with CACHE_URL on Redis it
counts across every process; on the project's Redis cache (factcheck/cache.py) the counter is
one round trip. The price of a fixed window is that a user may spend one
window's allowance at its end and the next one's at the start of the next.
"""

from __future__ import annotations

from rest_framework.throttling import UserRateThrottle


class UserWindowThrottle(UserRateThrottle):
    """The rate of UserRateThrottle (the "user" scope, API_THROTTLE_RATE), counted per window."""

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        self.now = self.timer()
        window = int(self.now // self.duration)
        key = f"{self.key}:{window}"
        counter = getattr(self.cache, "incr_in_window", None)  # the project's Redis cache
        count = counter(key, self.duration + 1) if counter else self._count(key)
        self._window_ends = (window + 1) * self.duration
        return count <= self.num_requests

    def wait(self):
        return max(1.0, self._window_ends - self.now)

    def _count(self, key) -> int:
        # Any other cache. Every request counts exactly once, even between processes: most find the
        # window's counter there (one incr); the first of a window adds it, and if another process
        # added it in between, add is a no-op and the incr goes through.
        try:
            return self.cache.incr(key)
        except ValueError:
            if self.cache.add(key, 1, self.duration + 1):
                return 1
            try:
                return self.cache.incr(key)
            except ValueError:  # evicted between add and incr: count this request as the first
                self.cache.set(key, 1, self.duration + 1)
                return 1
