"""How deeply parsed TOML or JSON nests, without recursion: a hostile file cannot exhaust the stack."""

from __future__ import annotations


def nesting_depth(value: object, limit: int) -> int:
    """How deeply dicts and lists nest in ``value`` (a scalar is 0, a flat table 1).

    Iterative. Stops walking once ``limit`` is passed, so the answer is exact up to ``limit`` and some
    number above it beyond: enough to refuse the file.
    """
    deepest, todo = 0, [(value, 1)]
    while todo:
        item, depth = todo.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, depth)
        if depth > limit:
            break  # deep enough to refuse; no need to walk the rest
        todo.extend((child, depth + 1) for child in children)
    return deepest
