"""Django's Redis cache, with one Redis client per connection pool.

Django's RedisCacheClient wraps its pool in a new ``redis.Redis`` for every cache call, and
each one sets up some eighty response callbacks: the API makes three or four cache calls a
request (the token's identity, the throttle), and building those clients cost more CPU than
the calls themselves. A ``redis.Redis`` is safe to share between threads (each command takes
a connection from the pool), so one per pool serves every call; after a fork the pool itself
opens new connections.

It also counts in one command (`incr_in_window`, a Lua script), which the API's rate limit uses on every
request: Django's `incr` asks whether the key exists and then increments it, two round trips.
"""

from __future__ import annotations

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class _ReusedClients(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


# INCR, and EXPIRE when the counter is new: atomic on the server, whatever else runs.
_COUNT_IN_WINDOW = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count
"""


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ReusedClients
        self._window_scripts = {}

    def incr_in_window(self, key, ttl: int, version=None) -> int:
        """Add one to the counter `key` and return it; a new counter starts at 1 and lives `ttl`
        seconds. One command: a Lua script that increments and, on the first count, sets the expiry."""
        key = self.make_and_validate_key(key, version=version)
        client = self._cache.get_client(key, write=True)
        script = self._window_scripts.get(id(client))
        if script is None:
            script = self._window_scripts[id(client)] = client.register_script(_COUNT_IN_WINDOW)
        return script(keys=[key], args=[ttl])
