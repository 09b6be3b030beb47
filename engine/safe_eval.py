"""A restricted, bounded evaluator for gateway conditions.

SpiffWorkflow evaluates conditions with plain ``eval``: whoever deploys a BPMN could run code on
the server. Conditions here are parsed with :mod:`ast` and interpreted node by node over a small
allow-list (comparisons, boolean logic, arithmetic, literals, task-data names and a few pure
functions). Nothing is ever passed to ``eval``/``exec``, so there is no attribute access, no
import, no dunder and no call outside the allow-list to escape through.

An allow-list alone still lets one expression exhaust a worker (``'%999999999d' % 1`` builds a
1 GB string, ``str([[[0]*100000]*100000]*100000)`` never ends). So what cannot be bounded is
refused at deployment (string ``%`` formatting, ``**``, repetition ``*`` of a sequence by
anything but a small literal, literals that build more than :data:`MAX_SIZE`, nesting deeper
than :data:`MAX_DEPTH`), and what runs is bounded: every computed value is at most
:data:`MAX_SIZE` characters/elements (counted deeply) and integers at most :data:`MAX_INT_BITS`
bits, checked before a repetition is built, and each evaluation has a step and time budget.
Exceeding a bound is an :class:`EvaluationLimit` error, never a hang.
"""

from __future__ import annotations

import ast
import operator
import time
from collections.abc import Callable, Mapping
from typing import Any

from SpiffWorkflow.bpmn.exceptions import WorkflowTaskException
from SpiffWorkflow.bpmn.script_engine import PythonScriptEngine

MAX_EXPRESSION_LENGTH = 2000
MAX_SIZE = 10_000
"""Characters or elements of any value a condition computes (nested values counted deeply)."""
MAX_INT_BITS = 512
MAX_DEPTH = 30
MAX_STEPS = 10_000
MAX_SECONDS = 0.25

ALLOWED_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "len": len, "int": int, "float": float, "str": str, "bool": bool,
    "abs": abs, "min": min, "max": max, "round": round,
}
CONSTANT_NAMES = {"True": True, "False": False, "None": None}

_COMPARE = {
    ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
    ast.Gt: operator.gt, ast.GtE: operator.ge, ast.Is: operator.is_, ast.IsNot: operator.is_not,
    ast.In: lambda a, b: a in b, ast.NotIn: lambda a, b: a not in b,
}
_BINARY = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
}
_UNARY = {ast.Not: operator.not_, ast.USub: operator.neg, ast.UAdd: operator.pos}
_ALLOWED_NODES = (
    ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.BinOp, ast.Compare,
    ast.IfExp, ast.Constant, ast.Name, ast.Load, ast.List, ast.Tuple, ast.Set, ast.Dict,
    ast.Subscript, ast.Call, *_COMPARE, *_BINARY, *_UNARY,
)
_SEQUENCES = (str, list, tuple, set, frozenset, dict)


class UnsafeExpression(ValueError):
    """The expression uses something outside the allow-list, or something that cannot be
    bounded (or is not valid Python)."""


class EvaluationLimit(UnsafeExpression):
    """An evaluation went over a size, step or time bound (at run time)."""


def check_expression(expression: str) -> ast.Expression:
    """Parse and vet ``expression``; raise :class:`UnsafeExpression` naming what is refused."""
    if len(expression) > MAX_EXPRESSION_LENGTH:
        raise UnsafeExpression(f"expression longer than {MAX_EXPRESSION_LENGTH} characters")
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError as err:
        raise UnsafeExpression(f"not a valid Python expression: {err.msg}") from None
    except (RecursionError, MemoryError):
        raise UnsafeExpression(f"nested deeper than {MAX_DEPTH} levels") from None
    _vet_depth(tree.body, 1)
    for node in ast.walk(tree):
        _vet_node(node)
    return tree


def names_used(tree: ast.Expression) -> set[str]:
    """The task-data names a vetted condition reads (not the functions it calls)."""
    called = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)
            and id(n) not in called and n.id not in CONSTANT_NAMES}


def _vet_depth(node: ast.AST, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise UnsafeExpression(f"nested deeper than {MAX_DEPTH} levels")
    for child in ast.iter_child_nodes(node):
        _vet_depth(child, depth + 1)


def _vet_node(node: ast.AST) -> None:
    if isinstance(node, ast.Pow):
        raise UnsafeExpression("'**' (power) is not allowed in a condition")
    if not isinstance(node, _ALLOWED_NODES):
        raise UnsafeExpression(f"'{type(node).__name__}' is not allowed in a condition")
    if isinstance(node, ast.Name) and node.id.startswith("_"):
        raise UnsafeExpression(f"name '{node.id}' is not allowed (leading underscore)")
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in ALLOWED_FUNCTIONS:
            raise UnsafeExpression(
                "only these functions may be called: " + ", ".join(sorted(ALLOWED_FUNCTIONS))
            )
        if node.keywords:
            raise UnsafeExpression("keyword arguments are not allowed in a condition")
        if any(isinstance(a, ast.Starred) for a in node.args):
            raise UnsafeExpression("'*' unpacking is not allowed in a condition")
    if isinstance(node, ast.Constant) and isinstance(node.value, bytes):
        raise UnsafeExpression("bytes literals are not allowed")
    if isinstance(node, ast.BinOp):
        _vet_binop(node)
    if isinstance(node, ast.List | ast.Tuple | ast.Set | ast.Dict) and \
            _static_size(node) > MAX_SIZE:
        raise UnsafeExpression(f"a literal larger than {MAX_SIZE} elements")


def _vet_binop(node: ast.BinOp) -> None:
    if isinstance(node.op, ast.Mod) and _builds_sequence(node.left):
        raise UnsafeExpression("string '%' formatting is not allowed in a condition")
    if not isinstance(node.op, ast.Mult):
        return
    for seq, count in ((node.left, node.right), (node.right, node.left)):
        if not _builds_sequence(seq):
            continue
        if not (isinstance(count, ast.Constant) and type(count.value) is int):
            raise UnsafeExpression("repeating a sequence with '*' needs a literal count")
        if _static_size(seq) * max(count.value, 0) > MAX_SIZE:
            raise UnsafeExpression(f"'*' would build a value larger than {MAX_SIZE}")


def _builds_sequence(node: ast.AST) -> bool:
    """Whether ``node`` is (or may be, as str()) a string or container the condition builds."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.List | ast.Tuple | ast.Set | ast.Dict):
        return True
    if isinstance(node, ast.Call):
        return isinstance(node.func, ast.Name) and node.func.id == "str"
    if isinstance(node, ast.BinOp):
        return _builds_sequence(node.left) or _builds_sequence(node.right)
    if isinstance(node, ast.IfExp):
        return _builds_sequence(node.body) or _builds_sequence(node.orelse)
    return False


def _static_size(node: ast.AST) -> int:
    """A deep size estimate of a literal (names and calls count 1; checked again at run time)."""
    if isinstance(node, ast.Constant):
        return len(node.value) if isinstance(node.value, str) else 1
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return len(node.elts) + sum(_static_size(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return len(node.keys) + sum(_static_size(e) for e in (*node.keys, *node.values) if e)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        for seq, count in ((node.left, node.right), (node.right, node.left)):
            if isinstance(count, ast.Constant) and type(count.value) is int:
                return _static_size(seq) * max(count.value, 0)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _static_size(node.left) + _static_size(node.right)
    return 1


def evaluate(expression: str | ast.Expression, data: Mapping[str, Any]) -> Any:
    """Evaluate a vetted expression against ``data`` (the task's data), within the bounds."""
    tree = check_expression(expression) if isinstance(expression, str) else expression
    return _Interpreter(data).visit(tree.body)


def size_of(value: Any, limit: int = MAX_SIZE) -> int:
    """Deep size of ``value`` (characters of strings, elements of containers, nested); stops
    counting once past ``limit`` so measuring never costs more than the bound."""
    if isinstance(value, str):
        return len(value)
    if not isinstance(value, _SEQUENCES):
        return 1
    total, stack = 0, [value]
    while stack and total <= limit:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, dict):
            total += len(item)
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, _SEQUENCES):
            total += len(item)
            stack.extend(item)
        else:
            total += 1
    return total


def _bounded(value: Any) -> Any:
    """``value`` if within the bounds, else :class:`EvaluationLimit`."""
    if isinstance(value, int) and not isinstance(value, bool) \
            and value.bit_length() > MAX_INT_BITS:
        raise EvaluationLimit(f"a number larger than {MAX_INT_BITS} bits")
    if isinstance(value, _SEQUENCES) and size_of(value) > MAX_SIZE:
        raise EvaluationLimit(f"a value larger than {MAX_SIZE} characters/elements")
    return value


def _check_binop(op: ast.operator, left: Any, right: Any) -> None:
    """Refuse before computing what would be too large to compute at all."""
    if isinstance(op, ast.Mod) and isinstance(left, str | bytes):
        raise EvaluationLimit("string '%' formatting is not allowed in a condition")
    if isinstance(op, ast.Mult):
        for seq, count in ((left, right), (right, left)):
            if isinstance(seq, _SEQUENCES) and isinstance(count, int) \
                    and size_of(seq) * count > MAX_SIZE:
                raise EvaluationLimit(f"'*' would build a value larger than {MAX_SIZE}")
    if isinstance(op, ast.Add) and isinstance(left, _SEQUENCES) and isinstance(right, _SEQUENCES):
        if size_of(left) + size_of(right) > MAX_SIZE:
            raise EvaluationLimit(f"'+' would build a value larger than {MAX_SIZE}")


class _Interpreter:
    def __init__(self, data: Mapping[str, Any]):
        self.data = data
        self.steps = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def visit(self, node: ast.AST) -> Any:
        self.steps += 1
        if self.steps > MAX_STEPS or time.monotonic() > self.deadline:
            raise EvaluationLimit("the condition took too long to evaluate")
        method = getattr(self, "visit_" + type(node).__name__)
        return method(node)

    def visit_Constant(self, node: ast.Constant) -> Any:
        return node.value

    def visit_Name(self, node: ast.Name) -> Any:
        if node.id in CONSTANT_NAMES:
            return CONSTANT_NAMES[node.id]
        if node.id not in self.data:
            raise NameError(f"name '{node.id}' is not defined in the task data")
        return self.data[node.id]

    def visit_BoolOp(self, node: ast.BoolOp) -> Any:
        result: Any = isinstance(node.op, ast.And)
        for value in node.values:
            result = self.visit(value)
            if isinstance(node.op, ast.And) and not result:
                return result
            if isinstance(node.op, ast.Or) and result:
                return result
        return result

    def visit_UnaryOp(self, node: ast.UnaryOp) -> Any:
        return _bounded(_UNARY[type(node.op)](self.visit(node.operand)))

    def visit_BinOp(self, node: ast.BinOp) -> Any:
        left, right = self.visit(node.left), self.visit(node.right)
        _check_binop(node.op, left, right)
        return _bounded(_BINARY[type(node.op)](left, right))

    def visit_Compare(self, node: ast.Compare) -> bool:
        left = self.visit(node.left)
        for op, comparator in zip(node.ops, node.comparators, strict=True):
            right = self.visit(comparator)
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True

    def visit_IfExp(self, node: ast.IfExp) -> Any:
        return self.visit(node.body) if self.visit(node.test) else self.visit(node.orelse)

    def visit_List(self, node: ast.List) -> list:
        return _bounded([self.visit(e) for e in node.elts])

    def visit_Tuple(self, node: ast.Tuple) -> tuple:
        return _bounded(tuple(self.visit(e) for e in node.elts))

    def visit_Set(self, node: ast.Set) -> set:
        return _bounded({self.visit(e) for e in node.elts})

    def visit_Dict(self, node: ast.Dict) -> dict:
        return _bounded({self.visit(k): self.visit(v)
                         for k, v in zip(node.keys, node.values, strict=True)})

    def visit_Subscript(self, node: ast.Subscript) -> Any:
        return self.visit(node.value)[self.visit(node.slice)]

    def visit_Call(self, node: ast.Call) -> Any:
        args = [self.visit(a) for a in node.args]
        if node.func.id == "str" and args and size_of(args[0]) > MAX_SIZE:
            raise EvaluationLimit(f"a value larger than {MAX_SIZE} characters/elements")
        return _bounded(ALLOWED_FUNCTIONS[node.func.id](*args))


class ConditionFailed(WorkflowTaskException):
    """A condition raised at run time: names the expression, the gateway and the reason, so the
    runtime can refuse the step (and record an incident) instead of answering a 500."""

    def __init__(self, expression: str, task: Any, error: Exception):
        self.expression = expression.strip()
        self.gateway = getattr(task.task_spec, "bpmn_id", None) or task.task_spec.name
        self.reason = f"{type(error).__name__}: {error}"
        super().__init__(f"Error evaluating expression '{self.expression}': {self.reason}",
                         task=task, exception=error)


class SafeScriptEngine(PythonScriptEngine):
    """SpiffWorkflow script engine whose conditions go through the restricted evaluator.

    Script tasks are refused at deployment unless an operator allows them; if one does, its
    ``execute`` still runs through SpiffWorkflow's own (unsandboxed) engine by explicit choice.
    """

    def __init__(self, allow_scripts: bool = False):
        super().__init__()
        self.allow_scripts = allow_scripts
        self._cache: dict[str, ast.Expression] = {}

    def validate(self, expression: str) -> None:
        check_expression(expression)

    def evaluate(self, task, expression, external_context=None):  # noqa: D102
        try:
            tree = self._cache.get(expression)
            if tree is None:
                tree = self._cache[expression] = check_expression(expression)
            context = dict(task.data)
            context.update(external_context or {})
            return evaluate(tree, context)
        except Exception as err:  # noqa: BLE001 - reported as a task error naming the expression
            raise ConditionFailed(expression, task, err) from err

    def execute(self, task, script, external_context=None):  # noqa: D102
        if not self.allow_scripts:
            raise WorkflowTaskException("script tasks are disabled on this server", task=task)
        return super().execute(task, script, external_context)
