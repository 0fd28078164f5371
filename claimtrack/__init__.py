"""claimtrack: a structured event store and query CLI for wartime news claims.

The Python API is `claimtrack.api` (ingest, query, claim, compare ...); the command line is
`claimtrack` (see README). Layers, in data-flow order: `reading` (documents in), `extraction`
(claims from text: pure functions), `storage` (SQLAlchemy: the only code that touches the
database), `cli` (thin commands and renderers).
"""

__version__ = "0.1.0"
