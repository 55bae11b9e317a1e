"""The remote link checker: every distinct URL of a run checked once, politely, and cached.

urls.py normalises and splits URLs; safety.py keeps the checker off private networks;
http.py makes the requests (retries, redirects, bodies); checker.py schedules them per host;
cache.py remembers results in SQLite between runs; phase.py joins results to findings.
"""
