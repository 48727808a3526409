"""Layout: the README's tree and Quick start stay true; environment.yml lists pyproject's dependencies."""
from __future__ import annotations

import re
import tomllib

import yaml

from conftest import ROOT


def _names(reqs):
    return {re.split(r"[<>=!~ \[]", r, maxsplit=1)[0].strip().lower() for r in reqs if isinstance(r, str)}


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = _names(project["dependencies"]) | _names(project["optional-dependencies"]["test"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip = [p for d in env["dependencies"] if isinstance(d, dict) for p in d.get("pip", [])]
    assert _names(conda + pip) - {"python", "pip"} == wanted


def test_readme_tree_names_every_top_level_folder():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tree = re.search(r"## Layout\n+```\n(.*?)```", readme, re.S).group(1)
    listed = {line.split()[0].rstrip("/") for line in tree.splitlines() if line.strip() and not line.startswith(" ")}
    actual = {p.name for p in ROOT.iterdir() if p.is_dir() and not p.name.startswith(".") and p.name not in ("build",)}
    actual -= {p for p in actual if p.endswith(".egg-info")}
    assert listed == actual


def test_quick_start_holds_exactly_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"^## Quick start\s*$.*?^```[^\n]*\n(.*?)^```", readme, re.S | re.M).group(1)
    cmds = [line for line in block.splitlines() if line.strip() and not line.strip().startswith("#")]
    assert len(cmds) == 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert cmds[1].strip() in ci


def test_no_module_binds_a_top_level_name_twice():
    # the rule modules run to thousands of lines: a pattern given a name already taken (crossref's _SHARE_OF_WHOLE, twice,
    # in the ninth session; growth's _REVIEW_HEADING since round 13) silently replaces the first for every caller
    import ast

    twice = []
    for path in sorted((ROOT / "src" / "analysis").rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                names = []
            for name in names:
                if name in seen:
                    twice.append(f"{path.name}: {name} (lines {seen[name]} and {node.lineno})")
                seen.setdefault(name, node.lineno)
    assert twice == []
