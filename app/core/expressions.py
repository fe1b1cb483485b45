"""The safe expression language of `relevant` and `constraint` (never `eval`).

Grammar (lowest precedence first):

    expr       := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := operand (("=" | "!=" | "<" | "<=" | ">" | ">=") operand)?
    operand    := NUMBER | STRING | "true" | "false" | "null" | "." | NAME | NAME "(" args ")" | "(" expr ")"

Functions: `today()`, `selected(field, 'value')`, `count(field)`. Logic is three-valued: a comparison with an
empty value is unknown (None); `and`/`or`/`not` follow SQL's rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<number>\d+(?:\.\d+)?)
      | (?P<string>'[^']*'|"[^"]*")
      | (?P<op><=|>=|!=|=|<|>)
      | (?P<punct>[(),])
      | (?P<dot>\.(?![\w]))
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
    )""",
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "true", "false", "null"}
_FUNCTIONS = {"today": 0, "selected": 2, "count": 1}


class ExpressionError(ValueError):
    """The expression text does not follow the grammar; `detail` says where."""


@dataclass(frozen=True)
class Literal:
    value: Any


@dataclass(frozen=True)
class Field:
    name: str  # "." is the field's own value


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Any, ...]


@dataclass(frozen=True)
class Compare:
    op: str
    left: Any
    right: Any


@dataclass(frozen=True)
class Logic:
    op: str  # "and" | "or" | "not"
    args: tuple[Any, ...]


@dataclass(frozen=True)
class Expression:
    """A parsed expression: `source` as written, `tree` to evaluate, `field_names` it reads."""

    source: str
    tree: Any
    field_names: frozenset[str]

    def evaluate(self, values: Mapping[str, Any], *, current: Any = None, today: dt.date | None = None) -> Any:
        return _evaluate(self.tree, _Context(values, current, today or dt.date.today()))


def parse(source: str) -> Expression:
    """The tree of `source`, or an `ExpressionError`. Bounded before anything recurses: at most `MAX_LENGTH`
    characters, `MAX_TERMS` operands and `MAX_DEPTH` levels of brackets, calls and `not` (forms also arrive inside
    merged files, so any text must be refused cleanly, never exhaust the stack when parsed or evaluated)."""
    if len(source) > MAX_LENGTH:
        raise ExpressionError(f"longer than {MAX_LENGTH} characters")
    tokens = _tokenize(source)
    parser = _Parser(tokens)
    tree = parser.expression()
    left_over = parser.peek()
    if left_over is not None:
        raise ExpressionError(f"unexpected “{left_over[1]}”")
    return Expression(source, tree, frozenset(_names(tree)))


def _tokenize(source: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    while position < len(source):
        if source[position:].strip() == "":
            break
        match = _TOKEN.match(source, position)
        if match is None or match.end() == position:
            raise ExpressionError(f"cannot read “{source[position:].strip()[:10]}”")
        kind = match.lastgroup or ""
        text = match.group(kind)
        if kind == "name" and text in _KEYWORDS:
            kind = "keyword"
        tokens.append((kind, text))
        position = match.end()
    return tokens


# Far beyond any real form (the longest shipped rule has a handful of terms), far below Python's recursion limit:
# a tree at most MAX_DEPTH levels deep is parsed, named and evaluated in a few hundred frames.
MAX_LENGTH = 10_000
MAX_TERMS = 200
MAX_DEPTH = 20


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.position = 0
        self.depth = 0
        self.terms = 0

    def deeper(self, levels: int = 1) -> None:
        """Checked before going one level further (a bracket, a call, a `not`), so recursion stays bounded."""
        self.depth += levels
        if self.depth > MAX_DEPTH:
            raise ExpressionError(f"nested more than {MAX_DEPTH} levels deep")

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise ExpressionError("the expression ends too early")
        self.position += 1
        return token

    def accept(self, text: str) -> bool:
        token = self.peek()
        if token is not None and token[1] == text and token[0] != "string":
            self.position += 1
            return True
        return False

    def expect(self, text: str) -> None:
        if not self.accept(text):
            found = self.peek()
            raise ExpressionError(f"expected “{text}”, found “{found[1] if found else 'the end'}”")

    def expression(self) -> Any:
        self.deeper()
        # "a or b or c …" is one node with many arguments, not a chain as deep as it is long.
        terms = [self.and_expr()]
        while self.accept("or"):
            terms.append(self.and_expr())
        self.depth -= 1
        return terms[0] if len(terms) == 1 else Logic("or", tuple(terms))

    def and_expr(self) -> Any:
        terms = [self.not_expr()]
        while self.accept("and"):
            terms.append(self.not_expr())
        return terms[0] if len(terms) == 1 else Logic("and", tuple(terms))

    def not_expr(self) -> Any:
        negations = 0
        while self.accept("not"):  # a loop, not recursion: "not not not …" cannot exhaust the stack
            negations += 1
        self.deeper(negations)
        node = self.comparison()
        self.depth -= negations
        for _ in range(negations):
            node = Logic("not", (node,))
        return node

    def comparison(self) -> Any:
        left = self.operand()
        token = self.peek()
        if token is not None and token[0] == "op":
            self.take()
            return Compare(token[1], left, self.operand())
        return left

    def operand(self) -> Any:
        self.terms += 1
        if self.terms > MAX_TERMS:
            raise ExpressionError(f"more than {MAX_TERMS} terms")
        kind, text = self.take()
        if kind == "number":
            return Literal(float(text) if "." in text else int(text))
        if kind == "string":
            return Literal(text[1:-1])
        if kind == "keyword" and text in ("true", "false", "null"):
            return Literal({"true": True, "false": False, "null": None}[text])
        if kind == "dot":
            return Field(".")
        if text == "(":
            node = self.expression()
            self.expect(")")
            return node
        if kind == "name":
            if self.accept("("):
                return self.call(text)
            return Field(text)
        raise ExpressionError(f"unexpected “{text}”")

    def call(self, name: str) -> Call:
        if name not in _FUNCTIONS:
            raise ExpressionError(f"unknown function “{name}”")
        args: list[Any] = []
        if not self.accept(")"):
            args.append(self.expression())
            while self.accept(","):
                args.append(self.expression())
            self.expect(")")
        if len(args) != _FUNCTIONS[name]:
            raise ExpressionError(f"“{name}” takes {_FUNCTIONS[name]} argument(s)")
        if name in ("selected", "count") and not isinstance(args[0], Field):
            raise ExpressionError(f"the first argument of “{name}” must be a field")
        return Call(name, tuple(args))


def _names(node: Any) -> set[str]:
    if isinstance(node, Field):
        return set() if node.name == "." else {node.name}
    children: tuple[Any, ...] = ()
    if isinstance(node, Compare):
        children = (node.left, node.right)
    elif isinstance(node, (Logic, Call)):
        children = node.args
    return set().union(*(_names(child) for child in children)) if children else set()


@dataclass(frozen=True)
class _Context:
    values: Mapping[str, Any]
    current: Any
    today: dt.date


def _is_null(node: Any) -> bool:
    return isinstance(node, Literal) and node.value is None


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _comparable(value: Any) -> Any:
    """Dates are stored as ISO text: compare them as dates; numbers as numbers."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def _evaluate(node: Any, context: _Context) -> Any:
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, Field):
        return context.current if node.name == "." else context.values.get(node.name)
    if isinstance(node, Call):
        return _call(node, context)
    if isinstance(node, Compare):
        left, right = _evaluate(node.left, context), _evaluate(node.right, context)
        if node.op in ("=", "!=") and (left is None or right is None):
            # "field = null" asks whether a field is empty: answer it rather than return unknown.
            if _is_null(node.left) or _is_null(node.right):
                same = _empty(left) and _empty(right)
                return same if node.op == "=" else not same
        if _empty(left) or _empty(right):
            return None
        try:
            return _COMPARE[node.op](_comparable(left), _comparable(right))
        except TypeError:
            return None
    if isinstance(node, Logic):
        return _logic(node, context)
    raise ExpressionError(f"cannot evaluate {node!r}")


def _logic(node: Logic, context: _Context) -> Any:
    values = [_evaluate(arg, context) for arg in node.args]
    truths = [None if v is None else bool(v) for v in values]
    if node.op == "not":
        return None if truths[0] is None else not truths[0]
    if node.op == "and":
        if False in truths:
            return False
        return None if None in truths else True
    if True in truths:
        return True
    return None if None in truths else False


def _call(node: Call, context: _Context) -> Any:
    if node.name == "today":
        return context.today
    value = _evaluate(node.args[0], context)
    if node.name == "count":
        return len(value) if isinstance(value, list) else (0 if _empty(value) else 1)
    wanted = _evaluate(node.args[1], context)
    if isinstance(value, list):
        return wanted in value
    return value == wanted
