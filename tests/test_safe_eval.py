"""The restricted condition evaluator: what it computes and what it refuses."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from engine import safe_eval
from engine.db import make_engine, make_session_factory, transaction
from engine.deployment import deploy
from engine.errors import DeploymentError
from engine.models import ProcessDefinition
from engine.safe_eval import (
    EvaluationLimit,
    UnsafeExpression,
    check_expression,
    evaluate,
    names_used,
)


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


# -- bounds: what cannot be bounded is refused at deployment, what runs is bounded -------------

UNBOUNDED = {
    "string_formatting": "len('%999999999d' % 1) > 0",
    "nested_repetition": "str([[[0]*100000]*100000]*100000) != ''",
    "repetition_by_a_name": "len('a' * jumlah) > 3",
    "large_literal_repetition": "len([0] * 100000) > 3",
    "power": "2 ** 100000 > jumlah",
    "huge_literal_exponent": "jumlah > 10 ** 10 ** 10",
    "deep_nesting": "[" * 40 + "jumlah" + "]" * 40 + " != 1",
    "large_literal": "jumlah in [" + ", ".join(["[1, 2, 3, 4, 5, 6, 7, 8, 9]"] * 130) + "]",
}


@pytest.mark.parametrize("kind", sorted(UNBOUNDED))
def test_unbounded_conditions_are_refused_before_running(kind):
    with pytest.raises(UnsafeExpression):
        check_expression(UNBOUNDED[kind])


@pytest.mark.parametrize("expr, data, why", [
    ("len(fmt % 1) > 0", {"fmt": "%999999999d"}, "formatting"),
    ("len(a * b) > 0", {"a": "x", "b": 10**9}, "larger than"),
    ("len(b * a) > 0", {"a": ["x"], "b": 10**9}, "larger than"),
    ("len(a + a) > 0", {"a": "x" * 6000}, "larger than"),
    ("int(n) * int(n) * int(n) * int(n) > 0", {"n": "9" * 300}, "bits"),
    ("len(str(d)) > 0", {"d": [["x" * 100] * 100] * 100}, "larger than"),
])
def test_running_values_are_bounded(expr, data, why):
    check_expression(expr)  # passes the static checks: the names' types are unknown then
    with pytest.raises(EvaluationLimit, match=why):
        evaluate(expr, data)


def test_the_step_budget_stops_an_evaluation(monkeypatch):
    monkeypatch.setattr(safe_eval, "MAX_STEPS", 5)
    with pytest.raises(EvaluationLimit, match="too long"):
        evaluate("a + a + a + a + a > 0", {"a": 1})
    assert evaluate("a > 0", {"a": 1}) is True


def test_bounded_evaluator_still_computes_realistic_conditions():
    data = {"keputusan": "Ya", "jumlah": 12, "alasan": "dokumen kurang", "nilai": 1_500_000.5,
            "daftar": ["a", "b"]}
    assert evaluate('keputusan == "Ya" and jumlah >= 10 and nilai < 2000000', data) is True
    assert evaluate("len(alasan) > 5 and 'b' in daftar and ('x' * 3) == 'xxx'", data) is True
    assert evaluate("jumlah % 2 == 0 and abs(-jumlah) == 12 and max(jumlah, 3) == 12", data)
    assert evaluate("str(jumlah) + '!' == '12!'", data) is True


def test_names_used_are_the_data_names_only():
    tree = check_expression('len(alasan) > 3 and keputusan == "Ya" or not True')
    assert names_used(tree) == {"alasan", "keputusan"}


# -- at deployment: each refusal names the flow, its line and what is wrong --------------------

FIXTURE = Path(__file__).parent / "fixtures" / "spj_loop.bpmn"
GOOD = FIXTURE.read_text()
YA = 'keputusan == "Ya"'
YA_LINE = next(n for n, line in enumerate(GOOD.splitlines(), 1) if YA in line)


def _deploy(url: str, text: str):
    with transaction(make_session_factory(make_engine(url)), write=True) as db:
        return deploy(db, [("uji.bpmn", text.encode(), "uji")])


def _stored(url: str) -> int:
    with transaction(make_session_factory(make_engine(url))) as db:
        return db.scalar(select(func.count()).select_from(ProcessDefinition))


@pytest.mark.parametrize("kind", sorted(UNBOUNDED))
def test_deployment_refuses_unbounded_conditions_naming_the_flow(db_url, kind):
    condition = UNBOUNDED[kind].replace("&", "&amp;").replace("<", "&lt;")
    with pytest.raises(DeploymentError) as refused:
        _deploy(db_url, GOOD.replace(YA, condition))
    [problem] = refused.value.details["problems"]
    assert problem["element"] == "bpmn:sequenceFlow 'f_ya'" and problem["line"] == YA_LINE
    assert f"uji.bpmn:{YA_LINE} [bpmn:sequenceFlow 'f_ya']" in refused.value.message
    assert _stored(db_url) == 0


def test_deployment_refuses_a_condition_naming_an_unknown_variable(db_url):
    with pytest.raises(DeploymentError) as refused:
        _deploy(db_url, GOOD.replace(YA, f"{YA} and prioritas &gt; 1"))
    [problem] = refused.value.details["problems"]
    assert problem["element"] == "bpmn:sequenceFlow 'f_ya'" and problem["line"] == YA_LINE
    assert "unknown name 'prioritas'" in problem["message"]
    assert _stored(db_url) == 0


def test_declared_start_variables_and_earlier_form_fields_are_known(db_url):
    declared = GOOD.replace(YA, f"{YA} and prioritas &gt; 1 and jumlah &gt; 0").replace(
        '<bpmn:startEvent id="mulai" name="Mulai">',
        '<bpmn:startEvent id="mulai" name="Mulai"><bpmn:extensionElements><camunda:properties>'
        '<camunda:property name="startVariables" value="prioritas, sumber"/>'
        '</camunda:properties></bpmn:extensionElements>')
    assert _deploy(db_url, declared).created == [("fixture_spj", 1)]
