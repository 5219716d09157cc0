"""The committed generated form modules must match forms/*.ui."""

from __future__ import annotations

import pytest

from delegation_planner.ui import forms_build

FORMS = sorted(forms_build.FORMS.glob("*.ui"))


@pytest.mark.parametrize("ui_file", FORMS, ids=[f.name for f in FORMS])
def test_generated_form_is_fresh(ui_file):
    target = forms_build.target_for(ui_file)
    assert target.exists(), f"{target.name} is missing: run `make forms`"
    assert target.read_text(encoding="utf-8") == forms_build.compile_form(ui_file), (
        f"{target.name} is stale: run `make forms` after editing {ui_file.name}"
    )


def test_every_generated_module_has_a_form():
    sources = {f.stem for f in FORMS}
    generated = {p.stem.removeprefix("ui_") for p in forms_build.GENERATED.glob("ui_*.py")}
    assert generated <= sources, f"generated modules without a form: {generated - sources}"
