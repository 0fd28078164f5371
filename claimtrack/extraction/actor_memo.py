"""Remember what a speaker phrase resolves to, across documents, when the answer did not depend on the document.

News copy names the same speakers over and over ("the ministry", "Kremlin spokesman Dmitry Peskov"): over the
corpus, four in ten of `resolve_actor`'s calls repeat a phrase seen before. Most resolutions read only the
phrase and the lexicons; some also read the document's person registry ("Kirby" after "John Kirby", a bare role
such as "the Ukrainian president"). The registry is handed to the resolver behind a probe that notes any use of
it: only answers that never touched it are kept, keyed by the phrase and the lexicon variables in force, and
used only with the very actor lexicon and gazetteer they were read from. A kept answer is handed out as a copy,
so that no caller can change the one kept.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from typing import Any

from claimtrack.extraction.gazetteer import LEXICON_VARIABLES, env_value, load_gazetteer
from claimtrack.records import ActorRef

MEMO_SIZE = 512  # phrases kept, the least recently used dropped first (over the corpus, steady passes hit
# about as often as a first one: 33% against 31% of the calls; a larger memo would favour repeated passes)


class RegistryProbe:
    """Stands for a person registry and notes whether anything of it was read."""

    __slots__ = ("_target", "touched")

    def __init__(self, target: Any) -> None:
        self._target = target
        self.touched = False

    def __getattr__(self, name: str) -> Any:
        self.touched = True
        return getattr(self._target, name)


def _copy(actor: ActorRef | None) -> ActorRef | None:
    """A copy that shares nothing mutable with `actor` (its one list, the aliases, copied too)."""
    return None if actor is None else actor.model_copy(update={"aliases": list(actor.aliases)})


Resolver = Callable[[str, Any], "ActorRef | None"]


def memoized_resolution(lexicon: Callable[[], Any], new_registry: Callable[[], Any]) -> Callable[[Resolver], Resolver]:
    """A decorator: `resolve(phrase, persons)` with its registry-independent answers remembered (see the module
    docstring); `lexicon()` gives the actor lexicon in force, `new_registry()` the registry for `persons=None`."""

    def decorate(resolve: Resolver) -> Resolver:
        # key -> (actor lexicon, gazetteer, answer): an answer counts only with the very lexicons it was read from
        memo: OrderedDict[tuple, tuple[Any, Any, ActorRef | None]] = OrderedDict()

        @wraps(resolve)
        def resolve_actor(phrase: str, persons: Any = None) -> ActorRef | None:
            if type(persons) is RegistryProbe:  # a nested call: the outer call decides what is kept
                return resolve(phrase, persons)
            key = (phrase, *map(env_value, LEXICON_VARIABLES))
            lexicon_now, gazetteer = lexicon(), load_gazetteer()
            kept = memo.get(key)
            if kept is not None and kept[0] is lexicon_now and kept[1] is gazetteer:
                memo.move_to_end(key)
                return _copy(kept[2])
            probe = RegistryProbe(new_registry() if persons is None else persons)
            actor = resolve(phrase, probe)
            if not probe.touched:
                memo[key] = (lexicon_now, gazetteer, _copy(actor))
                memo.move_to_end(key)
                if len(memo) > MEMO_SIZE:
                    memo.popitem(last=False)
            return actor

        resolve_actor.memo = memo  # type: ignore[attr-defined]  # for tests
        return resolve_actor

    return decorate
