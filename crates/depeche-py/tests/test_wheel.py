"""The installed package is the abi3 wheel, with its type stubs."""

import os
import zipfile
from pathlib import Path

import pytest

import depeche


def test_imported_from_an_install_not_the_source_tree():
    here = Path(depeche.__file__).resolve()
    assert "site-packages" in here.parts, here
    assert (here.parent / "py.typed").exists()
    assert (here.parent / "__init__.pyi").exists()


@pytest.mark.skipif("DEPECHE_WHEEL" not in os.environ,
                    reason="DEPECHE_WHEEL (the built wheel's path) not set")
def test_wheel_is_abi3_with_stubs():
    wheel = Path(os.environ["DEPECHE_WHEEL"])
    assert "-cp39-abi3-" in wheel.name
    names = zipfile.ZipFile(wheel).namelist()
    assert "depeche/py.typed" in names
    assert "depeche/__init__.pyi" in names
    assert any(n.startswith("depeche/") and n.endswith(".abi3.so")
               for n in names)
