"""A restricted evaluator for gateway conditions.

SpiffWorkflow evaluates conditions with plain ``eval``: whoever deploys a BPMN could run code on
the server. Conditions here are parsed with :mod:`ast` and interpreted node by node over a small
allow-list (comparisons, boolean logic, arithmetic, literals, task-data names and a few pure
functions). Nothing is ever passed to ``eval``/``exec``, so there is no attribute access, no
import, no dunder and no call outside the allow-list to escape through.
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable, Mapping
from typing import Any

from SpiffWorkflow.bpmn.exceptions import WorkflowTaskException
from SpiffWorkflow.bpmn.script_engine import PythonScriptEngine

MAX_EXPRESSION_LENGTH = 2000

ALLOWED_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "len": len, "int": int, "float": float, "str": str, "bool": bool,
    "abs": abs, "min": min, "max": max, "round": round,
}

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


class UnsafeExpression(ValueError):
    """The expression uses something outside the allow-list (or is not valid Python)."""


def check_expression(expression: str) -> ast.Expression:
    """Parse and vet ``expression``; raise :class:`UnsafeExpression` naming what is refused."""
    if len(expression) > MAX_EXPRESSION_LENGTH:
        raise UnsafeExpression(f"expression longer than {MAX_EXPRESSION_LENGTH} characters")
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError as err:
        raise UnsafeExpression(f"not a valid Python expression: {err.msg}") from None
    for node in ast.walk(tree):
        _vet_node(node)
    return tree


def _vet_node(node: ast.AST) -> None:
    allowed = (
        ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.BinOp, ast.Compare,
        ast.IfExp, ast.Constant, ast.Name, ast.Load, ast.List, ast.Tuple, ast.Set, ast.Dict,
        ast.Subscript, ast.Call, *_COMPARE, *_BINARY, *_UNARY,
    )
    if not isinstance(node, allowed):
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
    if isinstance(node, ast.Constant) and isinstance(node.value, bytes):
        raise UnsafeExpression("bytes literals are not allowed")


def evaluate(expression: str | ast.Expression, data: Mapping[str, Any]) -> Any:
    """Evaluate a vetted expression against ``data`` (the task's data)."""
    tree = check_expression(expression) if isinstance(expression, str) else expression
    return _Interpreter(data).visit(tree.body)


class _Interpreter:
    def __init__(self, data: Mapping[str, Any]):
        self.data = data

    def visit(self, node: ast.AST) -> Any:
        method = getattr(self, "visit_" + type(node).__name__)
        return method(node)

    def visit_Constant(self, node: ast.Constant) -> Any:
        return node.value

    def visit_Name(self, node: ast.Name) -> Any:
        if node.id in ("True", "False", "None"):
            return {"True": True, "False": False, "None": None}[node.id]
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
        return _UNARY[type(node.op)](self.visit(node.operand))

    def visit_BinOp(self, node: ast.BinOp) -> Any:
        left, right = self.visit(node.left), self.visit(node.right)
        if isinstance(node.op, ast.Mult) and _too_large(left, right):
            raise UnsafeExpression("multiplication result too large")
        return _BINARY[type(node.op)](left, right)

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
        return [self.visit(e) for e in node.elts]

    def visit_Tuple(self, node: ast.Tuple) -> tuple:
        return tuple(self.visit(e) for e in node.elts)

    def visit_Set(self, node: ast.Set) -> set:
        return {self.visit(e) for e in node.elts}

    def visit_Dict(self, node: ast.Dict) -> dict:
        return {self.visit(k): self.visit(v) for k, v in zip(node.keys, node.values, strict=True)}

    def visit_Subscript(self, node: ast.Subscript) -> Any:
        return self.visit(node.value)[self.visit(node.slice)]

    def visit_Call(self, node: ast.Call) -> Any:
        return ALLOWED_FUNCTIONS[node.func.id](*(self.visit(a) for a in node.args))


def _too_large(left: Any, right: Any) -> bool:
    sizes = [len(v) for v in (left, right) if isinstance(v, str | list | tuple)]
    counts = [v for v in (left, right) if isinstance(v, int)]
    return bool(sizes and counts and max(counts) * max(sizes) > 100_000)


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
            raise WorkflowTaskException(
                f"Error evaluating expression '{expression}': {err}", task=task, exception=err
            ) from err

    def execute(self, task, script, external_context=None):  # noqa: D102
        if not self.allow_scripts:
            raise WorkflowTaskException("script tasks are disabled on this server", task=task)
        return super().execute(task, script, external_context)
