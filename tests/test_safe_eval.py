"""The restricted condition evaluator: what it computes and what it refuses."""

import pytest

from engine.safe_eval import UnsafeExpression, check_expression, evaluate


@pytest.mark.parametrize("expr, data, expected", [
    ('keputusan == "Ya"', {"keputusan": "Ya"}, True),
    ('keputusan == "Ya"', {"keputusan": "Tidak"}, False),
    ("a > 2 and not b", {"a": 3, "b": False}, True),
    ("x in ['a', 'b'] or y", {"x": "c", "y": 0}, 0),
    ("len(s) >= 3 if s else False", {"s": "abcd"}, True),
    ("d['k'] + 1", {"d": {"k": 1}}, 2),
    ("1 < n <= 5", {"n": 5}, True),
])
def test_evaluates_comparisons_and_logic(expr, data, expected):
    assert evaluate(expr, data) == expected


@pytest.mark.parametrize("expr", [
    "__import__('os').system('id')",
    "open('/etc/passwd').read()",
    "keputusan.__class__",
    "().__class__.__bases__[0].__subclasses__()",
    "[x for x in range(10)]",
    "lambda: 1",
    "eval('1')",
    "getattr(x, 'y')",
    "__builtins__",
    "(yield)",
    "'a' * 10**9",
])
def test_refuses_anything_beyond_the_allow_list(expr):
    with pytest.raises(UnsafeExpression):
        check_expression(expr)
        evaluate(expr, {"x": 1, "keputusan": "Ya"})


def test_unknown_name_is_an_error_not_a_crash():
    with pytest.raises(NameError):
        evaluate("tidak_ada == 1", {})
